/**
 * The bot's own errors, one family: told apart with `instanceof`, never by name. The name is set
 * from the class, so log lines (errorKind) keep naming the kind of each.
 */
export class MieuxError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An error whose message is written for the people who run the bot: shown as it is, without a stack. */
export class UserFacingError extends MieuxError {}

/** A setting in the environment (or .env) is missing or wrong; the message names the variable. */
export class ConfigError extends UserFacingError {
  constructor(variable: string, problem: string) {
    super(`config: ${variable} ${problem}`);
  }
}

/** The knowledge base cannot be used as it is; each problem names its file and entry. */
export class KnowledgeError extends UserFacingError {
  constructor(readonly problems: readonly string[]) {
    super(`KnowledgeBase.load(): ${problems.length} problem(s) in the knowledge base:\n  - ${problems.join('\n  - ')}`);
  }
}

/** branding/ cannot be used as it is; each problem names its field. */
export class BrandingError extends UserFacingError {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Branding.load(): ${problems.length} problem(s) in ${file}:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The knowledge base cannot be exported to Azure CLU (npm run clu:export). */
export class CluExportError extends UserFacingError {
  constructor(problems: readonly string[]) {
    super(`clu:export: the knowledge base cannot be exported to CLU:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A string of the bot's string table is missing a translation, or its placeholders differ between languages. */
export class StringTableError extends UserFacingError {}

/**
 * The turn's state could not be written: nothing of the turn took effect, its replies were not
 * sent, and its afterCommit work will not run. What the person is told then is the truth.
 */
export class StateCommitError extends MieuxError {
  constructor(reason: string, cause?: unknown) {
    super(`runCommittedTurn(): the turn's state could not be committed: ${reason}`, { cause });
  }
}

/** A reply the channel did not take: refused, unreachable, or not answering within the deadline. */
export class ChannelDeliveryError extends MieuxError {
  constructor(cause: unknown) {
    super('BotAdapter: the channel did not take the reply', { cause });
  }
}

/** The channel did not answer within the deadline. */
export class ChannelTimeoutError extends MieuxError {
  constructor(ms: number) {
    super(`channel deadline: the channel did not answer within ${ms} ms`);
  }
}

/** The request's credentials were refused (401), as opposed to not checkable right now (503). */
export class AuthenticationRefused extends MieuxError {
  constructor(cause: unknown) {
    super('Bot Framework authentication: the request was not authenticated', { cause });
  }
}

/** Thrown on a write whose eTag is not the stored one; the text is the one botbuilder's storages use. */
export class ETagConflictError extends MieuxError {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/**
 * Why Azure CLU gave no usable answer. A reason is a fixed word, never the service's message,
 * which can echo the request (the person's text).
 */
export type CluFailureReason = 'timeout' | 'unauthorized' | 'throttled' | 'http-error' | 'network' | 'invalid-response';

export class CluUnavailableError extends MieuxError {
  constructor(
    readonly reason: CluFailureReason,
    /** The HTTP status, when the service answered. */
    readonly status?: number,
  ) {
    super(`CluRecognizer: CLU unavailable: ${reason}${status === undefined ? '' : ` (HTTP ${status})`}`);
  }
}

/** Azure's Direct Line did not issue a token. */
export class DirectLineError extends MieuxError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A request's activity is not one the bot takes; the message says what is wrong, for a 400. */
export class InvalidActivityError extends MieuxError {}
