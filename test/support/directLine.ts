/**
 * A Direct Line 3.0 client for the tests, speaking the REST calls Web Chat's client
 * (botframework-directlinejs) makes when polling, over Node's fetch.
 */
import type { Activity } from 'botbuilder';
import { startServer } from '../../src/index';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { BotServer } from '../../src/hosting/http/server';
import type { WebsiteAssets } from '../../src/hosting/http/webChat/websiteRoutes';
import { parseJson, requestFrom } from './http';

export interface DlResult<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly json: T;
  readonly text: string;
}

export interface DlRequest {
  readonly method?: 'GET' | 'POST' | 'OPTIONS';
  readonly token?: string;
  readonly origin?: string;
  /** JSON-encoded unless `raw` is given. */
  readonly body?: unknown;
  readonly raw?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  /** Sent from this loopback address (127.0.0.2, …) instead of 127.0.0.1: another client. */
  readonly localAddress?: string;
}

export async function dl<T = unknown>(url: string, request: DlRequest = {}): Promise<DlResult<T>> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
  if (request.origin !== undefined) headers.origin = request.origin;
  const payload = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (payload !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
  if (request.localAddress !== undefined) {
    const raw = await requestFrom(request.localAddress, url, {
      method: request.method ?? (payload === undefined ? 'GET' : 'POST'),
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(raw.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
    return { status: raw.status, headers: responseHeaders, json: parseJson(raw.text) as T, text: raw.text };
  }
  const response = await fetch(url, {
    method: request.method ?? (payload === undefined ? 'GET' : 'POST'),
    headers,
    ...(payload === undefined ? {} : { body: payload }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: parseJson(text) as T, text };
}

export interface TokenAnswer {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly domain: string;
  readonly webSocket: boolean;
}

export interface ActivitySet {
  readonly activities: (Partial<Activity> & { id: string })[];
  readonly watermark: string;
}

/** A conversation on the embedded Direct Line, driven as Web Chat drives it. */
export class DirectLineConversation {
  watermark = '';

  constructor(
    readonly base: string,
    readonly conversationId: string,
    readonly token: string,
  ) {}

  get url(): string {
    return `${this.base}/v3/directline/conversations/${this.conversationId}`;
  }

  /** Requests go from this loopback address, when given (see requestFrom). */
  localAddress: string | undefined;

  post(activity: Record<string, unknown>, token = this.token): Promise<DlResult<{ id?: string; error?: string }>> {
    return dl(`${this.url}/activities`, { token, body: activity, ...this.from() });
  }

  private from(): { localAddress?: string } {
    return this.localAddress === undefined ? {} : { localAddress: this.localAddress };
  }

  say(text: string, locale?: string): Promise<DlResult<{ id?: string; error?: string }>> {
    return this.post({
      type: 'message',
      text,
      ...(locale ? { locale } : {}),
      from: { id: 'ignored' },
      channelData: { clientActivityID: `c-${text.length}-${Date.now()}` },
    });
  }

  get(watermark = this.watermark, token = this.token): Promise<DlResult<ActivitySet>> {
    return dl<ActivitySet>(`${this.url}/activities${watermark === undefined ? '' : `?watermark=${watermark}`}`, { token, ...this.from() });
  }

  /** The activities after the current watermark, moving it on. */
  async next(): Promise<ActivitySet['activities']> {
    const result = await this.get();
    if (result.status !== 200) throw new Error(`GET activities answered ${result.status}: ${result.text}`);
    this.watermark = result.json.watermark;
    return result.json.activities;
  }
}

/** Gets a token from /api/directline/token as the bot's own page would, and starts the conversation. */
export async function openConversation(
  base: string,
  locale?: string,
  localAddress?: string,
): Promise<{ conversation: DirectLineConversation; started: DlResult<{ conversationId: string; token: string; expires_in: number }> }> {
  const from = localAddress === undefined ? {} : { localAddress };
  const token = await dl<TokenAnswer>(`${base}/api/directline/token`, { method: 'POST', origin: base, ...from });
  if (token.status !== 200) throw new Error(`token endpoint answered ${token.status}: ${token.text}`);
  const started = await dl<{ conversationId: string; token: string; expires_in: number }>(`${base}/v3/directline/conversations`, {
    token: token.json.token,
    body: { user: {}, ...(locale ? { locale } : {}) },
    ...from,
  });
  const conversation = new DirectLineConversation(base, token.json.conversationId, token.json.token);
  conversation.localAddress = localAddress;
  return { conversation, started };
}

export interface RunningBot {
  readonly server: BotServer;
  readonly base: string;
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The real composition root on a random loopback port. */
export async function startBot(env: Record<string, string> = {}, website: Partial<WebsiteAssets> = {}): Promise<RunningBot> {
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env }, null);
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const { server, port } = await startServer(config, logger, website);
  return { server, base: `http://127.0.0.1:${port}`, logs, close: () => server.close(1000) };
}

/** Polls until the conversation has activities from the bot after the watermark; returns those. */
export async function botReplies(conversation: DirectLineConversation, timeoutMs = 5_000): Promise<ActivitySet['activities']> {
  const seen: ActivitySet['activities'] = [];
  const fromBot = () => seen.filter((a) => a.from?.role === 'bot');
  const deadline = Date.now() + timeoutMs;
  while (fromBot().length === 0) {
    if (Date.now() > deadline) throw new Error(`no reply from the bot within ${timeoutMs} ms`);
    seen.push(...(await conversation.next()));
    if (fromBot().length === 0) await new Promise((r) => setTimeout(r, 50));
  }
  return fromBot();
}
