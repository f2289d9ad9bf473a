import type { KnowledgeBase } from '../../core/knowledge/types';
import type { LocalRecognizer } from '../../core/understanding/localRecognizer';
import { MAX_UNDERSTOOD_CHARS } from '../../core/understanding/localRecognizer';
import type { Recognition, RecognitionKind, RecognizeRequest, Recognizer } from '../../core/understanding/recognizer';
import type { ScoredEntry } from '../../core/understanding/retrievalIndex';
import type { Logger } from '../../logger';
import { CluUnavailableError, type CluFailureReason } from '../../errors';
import type { CluIntentClient, CluPrediction } from './cluClient';
import { CluIntentMap } from './cluIntents';
import { CLU_LANGUAGE } from './cluProject';

/** The local results CLU may overrule: questions about MIEUX+. Small talk, personal cases and the rest stay local. */
const CLU_DECIDES: ReadonlySet<RecognitionKind> = new Set<RecognitionKind>(['answer', 'clarify', 'notFound']);

export interface CluRecognizerOptions {
  readonly kb: KnowledgeBase;
  readonly local: LocalRecognizer;
  readonly client: CluIntentClient;
  readonly logger: Logger;
  /** How long a turn waits for CLU. */
  readonly timeoutMs: number;
  /** CLU's top intent below this is not trusted. */
  readonly minConfidence: number;
}

/**
 * CLU first, the local recognizer as the fallback: language, small talk and personal cases are
 * decided locally; CLU's entry is used only when it is confident enough. CLU never fails a turn:
 * any failure gives the local result, logged once per kind. Details: docs/architecture.md#clu-first-local-fallback-clurecognizerts
 */
export class CluRecognizer implements Recognizer {
  readonly name = 'clu';
  private readonly intents: CluIntentMap;
  private readonly reported = new Set<string>();

  constructor(private readonly options: CluRecognizerOptions) {
    this.intents = CluIntentMap.fromKnowledge(options.kb);
  }

  async recognize(request: RecognizeRequest): Promise<Recognition> {
    const local: Recognition = { ...this.options.local.recognizeSync(request), answeredBy: 'local' };
    if (!CLU_DECIDES.has(local.kind) || this.isButton(request.text, local)) return local;

    const prediction = await this.ask(request.text, local);
    if (!prediction) return local;
    const { topIntent } = prediction;
    const entryId = topIntent === undefined ? undefined : this.intents.entryFor(topIntent);
    const confidence = prediction.intents.find((i) => i.intent === topIntent)?.confidence ?? 0;
    if (entryId === undefined || confidence < this.options.minConfidence) {
      this.options.logger.debug('clu not confident, answering locally', {
        intentKnown: entryId !== undefined,
        confidence: round(confidence),
      });
      return local;
    }

    const candidates = this.candidates(prediction);
    const base = { lang: local.lang, langFromText: local.langFromText, candidates, answeredBy: 'clu' };
    return entryId === this.options.kb.conversation.personalCaseEntry
      ? { ...base, kind: 'personalCase', entryId }
      : { ...base, kind: 'answer', entryId };
  }

  /** A button sends its entry's title back: the local exact match needs no round trip. */
  private isButton(text: string, local: Recognition): boolean {
    if (local.kind !== 'answer') return false;
    return this.options.kb.entries.get(local.entryId)?.text[local.lang].title === text.trim();
  }

  private async ask(text: string, local: Recognition): Promise<CluPrediction | undefined> {
    const language = local.langFromText ? CLU_LANGUAGE[local.lang] : undefined;
    const started = Date.now();
    try {
      const prediction = await this.options.client.predict(text.slice(0, MAX_UNDERSTOOD_CHARS), language, this.options.timeoutMs);
      if (this.reported.size > 0) {
        this.options.logger.info('clu answering again', { after: [...this.reported].join(',') });
        this.reported.clear();
      }
      return prediction;
    } catch (error) {
      const failure = error instanceof CluUnavailableError ? error : new CluUnavailableError('network');
      this.report(failure.reason, failure.status, Date.now() - started);
      return undefined;
    }
  }

  private report(reason: CluFailureReason, status: number | undefined, ms: number): void {
    const key = status === undefined ? reason : `${reason}:${status}`;
    if (this.reported.has(key)) {
      this.options.logger.debug('clu unavailable, answering locally', { reason, status, ms });
      return;
    }
    this.reported.add(key);
    this.options.logger.warn('clu unavailable, answering with the local recognizer (logged once until CLU answers again)', {
      reason,
      status,
      ms,
    });
  }

  /** CLU's scores for entries, best first, in the shape the rest of the bot knows. */
  private candidates(prediction: CluPrediction): ScoredEntry[] {
    const scored: ScoredEntry[] = [];
    for (const { intent, confidence } of prediction.intents) {
      const entryId = this.intents.entryFor(intent);
      if (entryId !== undefined) scored.push({ entryId, score: confidence });
    }
    return scored.slice(0, 5);
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
