import { ConversationAnalysisClient, type ConversationalTask } from '@azure/ai-language-conversations';
import { AzureKeyCredential } from '@azure/core-auth';
import type { CluConfig } from '../../config';
import { CluUnavailableError } from '../../errors';

/**
 * The analysis API version the bot speaks. The SDK's own default (2022-05-15-preview) is a
 * retired preview; 2023-04-01 is the GA version with the same request and response shape.
 */
export const CLU_API_VERSION = '2023-04-01';

/** What CLU made of one message. */
export interface CluPrediction {
  /** The intent with the highest score, as CLU names it ('None' when nothing fits). */
  readonly topIntent: string | undefined;
  /** Every intent CLU scored, best first. */
  readonly intents: readonly { readonly intent: string; readonly confidence: number }[];
}

function failureOf(error: unknown): CluUnavailableError {
  if (error instanceof CluUnavailableError) return error;
  if (!(error instanceof Error)) return new CluUnavailableError('network');
  if (error.name === 'AbortError') return new CluUnavailableError('timeout');
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'PARSE_ERROR') return new CluUnavailableError('invalid-response', status);
  if (status === 401 || status === 403) return new CluUnavailableError('unauthorized', status);
  if (status === 429) return new CluUnavailableError('throttled', status);
  if (status !== undefined) return new CluUnavailableError('http-error', status);
  return new CluUnavailableError('network');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks the documented response shape: the SDK passes whatever JSON arrives. */
function predictionOf(response: unknown): CluPrediction {
  const invalid = new CluUnavailableError('invalid-response', 200);
  if (!isRecord(response) || response.kind !== 'ConversationResult' || !isRecord(response.result)) throw invalid;
  const prediction = response.result.prediction;
  if (!isRecord(prediction) || prediction.projectKind !== 'Conversation' || !Array.isArray(prediction.intents)) throw invalid;
  const intents: { intent: string; confidence: number }[] = [];
  for (const item of prediction.intents as unknown[]) {
    // The SDK renames the wire's `confidenceScore` to `confidence`.
    if (!isRecord(item) || typeof item.category !== 'string' || typeof item.confidence !== 'number' || !Number.isFinite(item.confidence))
      throw invalid;
    intents.push({ intent: item.category, confidence: item.confidence });
  }
  intents.sort((a, b) => b.confidence - a.confidence);
  const topIntent = typeof prediction.topIntent === 'string' ? prediction.topIntent : undefined;
  return { topIntent, intents };
}

/**
 * Asks a deployed CLU conversation project for the intent of one message, within a time
 * budget. Fails with a CluUnavailableError; the caller decides what to do instead.
 */
export class CluIntentClient {
  private readonly client: ConversationAnalysisClient;

  constructor(private readonly config: Pick<CluConfig, 'endpoint' | 'apiKey' | 'projectName' | 'deploymentName'>) {
    this.client = new ConversationAnalysisClient(config.endpoint, new AzureKeyCredential(config.apiKey), {
      apiVersion: CLU_API_VERSION,
      // A retry cannot fit in a budget of a second or two; the local recognizer is the retry.
      retryOptions: { maxRetries: 0 },
      // Configuration only lets http through for a loopback stand-in (src/config/clu.ts).
      allowInsecureConnection: config.endpoint.startsWith('http:'),
    });
  }

  /**
   * @param language CLU's code for the message's language, when it is known from the text.
   * @param timeoutMs the whole call, connection included; the request is aborted past it.
   */
  async predict(text: string, language: string | undefined, timeoutMs: number): Promise<CluPrediction> {
    const task: ConversationalTask = {
      kind: 'Conversation',
      analysisInput: { conversationItem: { id: '1', participantId: 'user', text, ...(language ? { language } : {}) } },
      parameters: { projectName: this.config.projectName, deploymentName: this.config.deploymentName, stringIndexType: 'TextElement_V8' },
    };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The race guarantees the budget even if a layer below were to ignore the abort signal.
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CluUnavailableError('timeout'));
      }, timeoutMs);
    });
    try {
      const response = await Promise.race([this.client.analyzeConversation(task, { abortSignal: controller.signal }), expired]);
      return predictionOf(response);
    } catch (error) {
      throw failureOf(error);
    } finally {
      clearTimeout(timer);
    }
  }
}
