/** Messages between the HTTP benchmark and its server processes (scripts/bench/serverHost.ts), over IPC. */

/** `minimal`: a reference bot with understanding and state only (minimalBot.ts), in `bare` mode. */
export type ServerKind = 'bot' | 'echo' | 'minimal';

/**
 * `bare`: the server alone (no rate limits, logs counted, not written) — `npm run bench`.
 * `production`: the composition root's server as it runs in production (startServer: bounded
 * in-memory state, rate limits, pino at info, /readyz); the echo bot gets the same server
 * options — `npm run bench:load`. `env` is added to the configuration of both.
 */
export interface HostOptions {
  readonly mode: 'bare' | 'production';
  readonly env?: Readonly<Record<string, string>>;
  /** Node.js flags for the server process, as `npm start` gives them (--max-old-space-size). */
  readonly nodeArgs?: readonly string[];
}

/** The server process's memory, after a full garbage collection. */
export interface MemorySample {
  readonly rss: number;
  readonly heapUsed: number;
}

/**
 * Child → parent. `problems` counts the server's warn/error log lines by level and message;
 * `cpuMicrosPerTurn` is the server process's CPU time (user + system) per request it served,
 * a figure that does not depend on how fast the load generator is.
 */
export type HostMessage =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'closed'; readonly report: HostReport }
  | { readonly type: 'memory'; readonly sample: MemorySample };

export interface HostReport {
  readonly problems: Readonly<Record<string, number>>;
  readonly cpuMicrosPerTurn: number;
}

/** Parent → child. */
export type ParentMessage = { readonly type: 'close' } | { readonly type: 'memory' };
