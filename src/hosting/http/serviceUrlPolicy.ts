const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '[::1]']);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Where a turn may post its replies in local anonymous mode. Any request is accepted there, so
 * any serviceUrl would make the bot POST to an address of the sender's choosing: an open relay.
 * Replies go only to this machine (the Emulator, local tests) or to a listed prefix: the same
 * scheme, host and port, and a path that is the listed one or below it.
 */
export class ServiceUrlPolicy {
  constructor(private readonly prefixes: readonly string[]) {}

  allows(serviceUrl: string): boolean {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (isLoopback(url.hostname)) return true;
    const target = `${url.origin}${url.pathname}`;
    return this.prefixes.some((prefix) => target === prefix || target.startsWith(`${prefix}/`));
  }
}
