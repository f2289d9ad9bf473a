import { AuthenticationError } from 'botframework-connector';

/** jsonwebtoken's errors for a bad signature, an expired or not-yet-valid token. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * Whether a turn failed because the request's token was refused. botframework-connector throws
 * its AuthenticationError for most bad tokens, but lets jsonwebtoken's own errors through for a
 * token whose signature does not verify — those are refusals of the token too (401), not
 * failures of the bot.
 */
export function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof AuthenticationError || (error instanceof Error && JWT_ERRORS.has(error.name));
}
