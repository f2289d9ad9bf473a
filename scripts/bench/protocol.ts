/** Messages between the HTTP benchmark and its server processes (scripts/bench/serverHost.ts), over IPC. */

export type ServerKind = 'bot' | 'echo';

/** Child → parent. `problems` counts the server's warn/error log lines by level and message. */
export type HostMessage =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'closed'; readonly problems: Readonly<Record<string, number>> };

/** Parent → child. */
export type ParentMessage = { readonly type: 'close' };
