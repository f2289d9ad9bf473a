/**
 * Bounded retries when a channel throttles the bot's replies (HTTP 429), as Teams asks of bots:
 * Retry-After honoured up to `maxWaitMs`, else exponential back-off with ±20% jitter, at most
 * `maxAttempts` requests, then the send fails and the channel gets 502. It sits inside
 * @azure/core-rest-pipeline's default retry policy, which waits however long Retry-After says.
 * Why: docs/architecture.md#send-throttling-sendthrottlingts
 */

/** The parts of @azure/core-rest-pipeline this uses (a transitive dependency: not imported). */
interface ResponseHeaders {
  get(name: string): string | undefined;
  delete(name: string): void;
}
interface PipelineResponse {
  readonly status: number;
  readonly headers: ResponseHeaders;
}
interface PipelineRequest {
  readonly abortSignal?: unknown;
}
interface PipelinePolicy {
  readonly name: string;
  sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<PipelineResponse>): Promise<PipelineResponse>;
}
interface Pipeline {
  addPolicy(policy: PipelinePolicy, options: { phase: 'Retry'; afterPolicies: string[] }): void;
  getOrderedPolicies(): { readonly name: string }[];
}

export interface ThrottlingRetryOptions {
  /** Requests in all, the first included. */
  readonly maxAttempts: number;
  /** The longest wait before one retry; a channel asking for longer is not retried. */
  readonly maxWaitMs: number;
  /** The first back-off when the channel gives no Retry-After. */
  readonly baseBackoffMs: number;
  /** [0, 1); for the jitter. */
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/**
 * Four requests and waits of at most 5 s: with Teams' own limits (7 messages a second per
 * conversation) one short wait is normally enough, and a turn ends within about 15 s even when
 * the channel keeps refusing.
 */
export const THROTTLING_RETRY: ThrottlingRetryOptions = { maxAttempts: 4, maxWaitMs: 5_000, baseBackoffMs: 1_000 };

export const THROTTLING_RETRY_POLICY = 'channelThrottlingRetryPolicy';
const DEFAULT_RETRY_POLICY = 'defaultRetryPolicy';
const RETRY_AFTER_HEADERS = ['retry-after-ms', 'x-ms-retry-after-ms', 'retry-after'] as const;

/** The wait a response asks for, in ms, if it says. */
export function retryAfterMs(headers: ResponseHeaders, now: number = Date.now()): number | undefined {
  for (const header of RETRY_AFTER_HEADERS) {
    const value = headers.get(header)?.trim();
    if (!value) continue;
    if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * (header === 'retry-after' ? 1_000 : 1);
    // An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone would also take "-3" as a year.
    if (header === 'retry-after' && /[a-z]/i.test(value)) {
      const date = Date.parse(value);
      if (Number.isFinite(date)) return Math.max(0, date - now);
    }
  }
  return undefined;
}

function defaultSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function throttlingRetryPolicy(options: ThrottlingRetryOptions = THROTTLING_RETRY): PipelinePolicy {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const backoff = (attempt: number) => Math.min(options.maxWaitMs, options.baseBackoffMs * 2 ** (attempt - 1) * (0.8 + 0.4 * random()));
  return {
    name: THROTTLING_RETRY_POLICY,
    async sendRequest(request, next) {
      for (let attempt = 1; ; attempt += 1) {
        const response = await next(request);
        if (response.status !== 429) return response;
        const wait = retryAfterMs(response.headers) ?? backoff(attempt);
        if (attempt >= options.maxAttempts || wait > options.maxWaitMs) {
          for (const header of RETRY_AFTER_HEADERS) response.headers.delete(header);
          return response;
        }
        const signal = request.abortSignal instanceof AbortSignal ? request.abortSignal : undefined;
        await sleep(wait, signal);
      }
    },
  };
}

function pipelineOf(connectorClient: unknown): Pipeline | undefined {
  // ServiceClientContext keeps its @azure/core-client ServiceClient in a private `client` field.
  const client: unknown = (connectorClient as { client?: unknown } | null)?.client;
  const pipeline: unknown = (client as { pipeline?: unknown } | undefined)?.pipeline;
  const candidate = pipeline as Partial<Pipeline> | undefined;
  return typeof candidate?.addPolicy === 'function' && typeof candidate.getOrderedPolicies === 'function'
    ? (candidate as Pipeline)
    : undefined;
}

/**
 * Adds the policy to a ConnectorClient's pipeline, once. botframework-connector offers no option
 * for it (it replaces `requestPolicyFactories` with its own), so this reaches the pipeline
 * through the client's private field; a botbuilder version that moves it fails here, loudly,
 * and in the tests, instead of silently losing the bound.
 */
export function installThrottlingRetry(connectorClient: unknown, options: ThrottlingRetryOptions = THROTTLING_RETRY): void {
  const pipeline = pipelineOf(connectorClient);
  if (!pipeline)
    throw new Error(
      'installThrottlingRetry(): the ConnectorClient has no HTTP pipeline at .client.pipeline (botframework-connector changed?)',
    );
  const names = pipeline.getOrderedPolicies().map((p) => p.name);
  if (names.includes(THROTTLING_RETRY_POLICY)) return;
  if (!names.includes(DEFAULT_RETRY_POLICY))
    throw new Error(`installThrottlingRetry(): the ConnectorClient's pipeline has no ${DEFAULT_RETRY_POLICY}`);
  pipeline.addPolicy(throttlingRetryPolicy(options), { phase: 'Retry', afterPolicies: [DEFAULT_RETRY_POLICY] });
}
