/** Messages between the HTTP benchmark and its server processes (scripts/bench/serverHost.ts), over IPC. */

export type ServerKind = 'bot' | 'echo';

/**
 * Child → parent. `problems` counts the server's warn/error log lines by level and message;
 * `cpuMicrosPerTurn` is the server process's CPU time (user + system) per request it served,
 * a figure that does not depend on how fast the load generator is.
 */
export type HostMessage =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'closed'; readonly report: HostReport };

export interface HostReport {
  readonly problems: Readonly<Record<string, number>>;
  readonly cpuMicrosPerTurn: number;
}

/** Parent → child. */
export type ParentMessage = { readonly type: 'close' };
