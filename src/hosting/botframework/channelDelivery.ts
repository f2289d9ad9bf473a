import { ChannelTimeoutError } from '../../errors';

/**
 * Replies posted to a channel's serviceUrl: a failure to deliver one is told apart from every
 * other error of a turn (a storage failure, a bug), and no delivery may wait for ever.
 */

/** The parts of @azure/core-rest-pipeline this uses (a transitive dependency: not imported). */
interface PipelineRequest {
  abortSignal?: AbortSignal | undefined;
}
interface PipelinePolicy {
  readonly name: string;
  sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown>;
}
interface Pipeline {
  addPolicy(policy: PipelinePolicy, options?: { afterPhase?: 'Serialize' }): void;
  getOrderedPolicies(): { readonly name: string }[];
}

export const CHANNEL_DEADLINE_POLICY = 'channelDeadlinePolicy';

/**
 * One deadline for a whole send, its retries included: botframework-connector's pipeline has
 * no request timeout at all, so a serviceUrl that accepts the connection and never answers held
 * the turn (and its conversation) for ever. Placed before the retry policies, the deadline's
 * abort stops a retry loop too.
 */
export function channelDeadlinePolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: CHANNEL_DEADLINE_POLICY,
    async sendRequest(request, next) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const given = request.abortSignal;
      request.abortSignal = given ? AbortSignal.any([given, deadline]) : deadline;
      try {
        return await next(request);
      } catch (error) {
        if (deadline.aborted && !given?.aborted) throw new ChannelTimeoutError(timeoutMs);
        throw error;
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

/** Adds the deadline to a ConnectorClient's pipeline, once (see installThrottlingRetry for why through a private field). */
export function installChannelDeadline(connectorClient: unknown, timeoutMs: number): void {
  const pipeline = pipelineOf(connectorClient);
  if (!pipeline)
    throw new Error(
      'installChannelDeadline(): the ConnectorClient has no HTTP pipeline at .client.pipeline (botframework-connector changed?)',
    );
  if (pipeline.getOrderedPolicies().some((p) => p.name === CHANNEL_DEADLINE_POLICY)) return;
  pipeline.addPolicy(channelDeadlinePolicy(timeoutMs), { afterPhase: 'Serialize' });
}
