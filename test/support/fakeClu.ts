/**
 * A local stand-in for Azure CLU's runtime: it speaks the documented wire format of
 * `POST {endpoint}/language/:analyze-conversations?api-version=…` on 127.0.0.1, records each
 * request, and answers however a test tells it to (a prediction, an error status, invalid
 * JSON, or nothing for a while).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CluRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body (undefined when it was not JSON). */
  readonly body: unknown;
}

export interface CluReply {
  readonly status: number;
  /** Sent as is. */
  readonly body: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

export type CluResponder = (request: CluRequest) => CluReply;

/** The documented 200 response of a conversation project. */
export function prediction(topIntent: string, intents: readonly [string, number][]): CluReply {
  return {
    status: 200,
    body: JSON.stringify({
      kind: 'ConversationResult',
      result: {
        query: 'ignored by the bot',
        prediction: {
          topIntent,
          projectKind: 'Conversation',
          intents: intents.map(([category, confidenceScore]) => ({ category, confidenceScore })),
          entities: [],
        },
      },
    }),
  };
}

/** The documented error body, with the service's error code. */
export function serviceError(status: number, code: string): CluReply {
  return { status, body: JSON.stringify({ error: { code, message: `stand-in ${code}` } }) };
}

export interface FakeClu {
  readonly endpoint: string;
  readonly requests: CluRequest[];
  respond: CluResponder;
  close(): Promise<void>;
}

export async function startFakeClu(respond: CluResponder): Promise<FakeClu> {
  const requests: CluRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const fake = { requests, respond };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      } catch {
        body = undefined;
      }
      const request: CluRequest = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(request);
      const reply = fake.respond(request);
      const answer = (): void => {
        // The client may have given up (its time budget) and closed the connection.
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body);
      };
      if (!reply.delayMs) {
        answer();
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
