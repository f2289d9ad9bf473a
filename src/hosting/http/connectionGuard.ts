import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** Connections open at once from one client address; 0 = no cap (behind a proxy, whose address every connection has). */
  readonly perAddress: number;
  /** How long a connection may take to send a request's headers, from when it opens or its last response ends. */
  readonly headersTimeoutMs: number;
  /** How long a request may take to send its body, from its headers. */
  readonly bodyTimeoutMs: number;
}

/**
 * Each connection has a deadline for its headers and each request one for its body, timed
 * exactly, and one address may hold only `perAddress` connections: slow or silent clients
 * otherwise hold connections for Node's defaults (60 s / 300 s). Why: docs/architecture.md#connection-deadlines-connectionguardts
 */
export class ConnectionGuard {
  private readonly open = new Map<string, number>();
  private readonly headerTimers = new WeakMap<Socket, NodeJS.Timeout>();

  constructor(private readonly limits: ConnectionLimits) {}

  /** Connections open from `address` right now. */
  openFrom(address: string): number {
    return this.open.get(address) ?? 0;
  }

  install(server: HttpServer): void {
    // Node's own limits stay as a backstop, closer to what chat needs than its defaults.
    server.headersTimeout = this.limits.headersTimeoutMs + 1_000;
    server.requestTimeout = this.limits.headersTimeoutMs + this.limits.bodyTimeoutMs + 1_000;
    server.on('connection', (socket: Socket) => this.accept(socket));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.request(req, res));
  }

  private accept(socket: Socket): void {
    const address = socket.remoteAddress ?? 'unknown';
    const count = this.openFrom(address);
    if (this.limits.perAddress > 0 && count >= this.limits.perAddress) {
      socket.destroy();
      return;
    }
    this.open.set(address, count + 1);
    socket.once('close', () => {
      const left = this.openFrom(address) - 1;
      if (left > 0) this.open.set(address, left);
      else this.open.delete(address);
      this.clearHeaderTimer(socket);
    });
    this.startHeaderTimer(socket);
  }

  private request(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    this.clearHeaderTimer(socket);
    // The next request on a kept-alive connection has its own deadline for its headers.
    res.once('finish', () => {
      if (!socket.destroyed) this.startHeaderTimer(socket);
    });
    if (!hasBody(req)) return;
    const timer = setTimeout(() => {
      if (req.complete) return;
      // The body reader waiting for it answers this error with 408 through restify's own error
      // handling; without a reader (nothing answers), the connection just closes.
      if (!res.headersSent && req.listenerCount('error') > 0) {
        res.setHeader('connection', 'close');
        res.once('finish', () => socket.destroy());
        req.emit(
          'error',
          Object.assign(new Error('the request body did not arrive in time'), { name: 'RequestTimeoutError', statusCode: 408 }),
        );
      } else {
        socket.destroy();
      }
    }, this.limits.bodyTimeoutMs);
    timer.unref();
    const done = () => clearTimeout(timer);
    req.once('end', done);
    res.once('close', done);
  }

  private startHeaderTimer(socket: Socket): void {
    this.clearHeaderTimer(socket);
    const timer = setTimeout(() => socket.destroy(), this.limits.headersTimeoutMs);
    timer.unref();
    this.headerTimers.set(socket, timer);
  }

  private clearHeaderTimer(socket: Socket): void {
    const timer = this.headerTimers.get(socket);
    if (timer) clearTimeout(timer);
    this.headerTimers.delete(socket);
  }
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
