import type { Request, Response } from 'restify';

/**
 * Which web pages may use the chat: the bot's own page (its Origin names the host the request
 * was sent to) and the origins listed in ALLOWED_ORIGINS. Only browsers send Origin and only they
 * enforce CORS, so this decides what other websites can do in their visitors' browsers; it is
 * not authentication (anything outside a browser can send any Origin).
 */
export class OriginPolicy {
  private readonly listed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.listed = new Set(allowedOrigins.map((o) => o.toLowerCase()));
  }

  /** The origins listed in ALLOWED_ORIGINS (not the bot's own page, which is always allowed). */
  get listedOrigins(): readonly string[] {
    return [...this.listed];
  }

  allows(req: Request): boolean {
    const origin = req.header('origin');
    if (!origin) return false;
    if (this.listed.has(origin.toLowerCase())) return true;
    return isSameHost(origin, req.header('host'));
  }

  /** CORS headers on a response to an allowed cross-origin page; nothing for others. */
  applyCors(req: Request, res: Response): void {
    const origin = req.header('origin');
    if (!origin || !this.allows(req)) return;
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
  }

  /**
   * Answers a CORS preflight: 204 with what Web Chat's Direct Line client sends (Authorization,
   * JSON, its x-ms-bot-agent and the X-Requested-With its ajax library adds) for an allowed
   * origin, 403 otherwise.
   */
  preflight(req: Request, res: Response): void {
    if (!this.allows(req)) {
      res.send(403, { error: 'this origin is not allowed to use the chat (ALLOWED_ORIGINS)' });
      return;
    }
    this.applyCors(req, res);
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with');
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  }
}

function isSameHost(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
