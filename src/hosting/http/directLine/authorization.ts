import type { Request, Response } from 'restify';
import type { Conversation, ConversationStore } from './conversationStore';
import type { DirectLineTokens, TokenClaims } from './tokens';

export function bearer(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec((req.header('authorization') ?? '').trim())?.[1];
}

type SendError = (res: Response, status: number, message: string) => void;

/**
 * The one authorisation step of the embedded Direct Line: the request's bearer token, checked,
 * and — on a conversation's own address — for that conversation. Answers 401 or 403 itself and
 * returns undefined when the request may not go on.
 */
export class DirectLineAuthorization {
  constructor(
    private readonly tokens: DirectLineTokens,
    private readonly store: ConversationStore,
    private readonly sendError: SendError,
  ) {}

  claims(req: Request, res: Response, conversationId?: string): TokenClaims | undefined {
    const token = bearer(req);
    if (!token) {
      res.header('WWW-Authenticate', 'Bearer');
      this.sendError(res, 401, 'a Direct Line token is required (Authorization: Bearer <token>)');
      return undefined;
    }
    const check = this.tokens.verify(token);
    if (!check.ok) {
      this.sendError(res, 403, check.reason === 'expired' ? 'the token has expired' : 'the token is not valid');
      return undefined;
    }
    if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
      this.sendError(res, 403, 'the token is not valid for this conversation');
      return undefined;
    }
    return check.claims;
  }

  /** The open conversation the request's address names, with its token's claims; 404 once it has ended. */
  conversation(req: Request, res: Response): { conversation: Conversation; claims: TokenClaims } | undefined {
    const id: unknown = (req.params as Record<string, unknown> | undefined)?.conversationId;
    const claims = this.claims(req, res, typeof id === 'string' ? id : '');
    if (!claims) return undefined;
    const conversation = this.store.get(claims.conversationId);
    if (!conversation) {
      this.sendError(res, 404, 'the conversation has ended or expired');
      return undefined;
    }
    return { conversation, claims };
  }
}
