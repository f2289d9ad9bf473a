import type { DocumentStorage } from '../storage/documentStorage';
import { addVotes, type FeedbackCounts, type FeedbackVote, type QuestionRecord } from '../../core/curation/curationRecords';
import { updateConditionally } from '../storage/conditionalUpdate';

const PREFIX = 'curation';
const RING_KEY = `${PREFIX}/questions/ring`;
const FEEDBACK_KEY = `${PREFIX}/feedback`;
const slotKey = (slot: number): string => `${PREFIX}/questions/slot/${slot}`;
/** Keys read or deleted per storage call, so Blob Storage is not sent a thousand requests at once. */
const BATCH = 100;

interface RingDocument {
  /** How many records were ever appended: the next record goes to slot `next % capacity`. */
  readonly next: number;
  readonly capacity: number;
}

interface Slot {
  /** The record's position in the order of appending. */
  readonly seq: number;
  readonly record: QuestionRecord;
}

interface FeedbackDocument {
  readonly entries: Readonly<Record<string, FeedbackCounts>>;
}

/** Records and their place in the order they were appended, oldest first. */
export interface StoredQuestion extends QuestionRecord {
  readonly seq: number;
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * What the curator's loop keeps in the bot's storage: the last `capacity` unanswered questions
 * as a ring of slots, and helpful / not helpful counts per entry in one document. Instances claim
 * slots with eTag-conditional writes, so none overwrites another's. How: docs/architecture.md#the-curators-records-curationstorets
 */
export class CurationStore {
  private initialised: Promise<void> | undefined;

  constructor(
    private readonly storage: DocumentStorage,
    readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('CurationStore: capacity must be a positive whole number');
  }

  /**
   * Creates the ring and feedback documents if they are missing. Storage has no create-only
   * write, so a missing document is written unconditionally: done first, with empty documents,
   * two instances doing it at once overwrite nothing but each other's empty document, and every
   * later change is conditional. Called before the first write; a failure is retried next time.
   */
  initialise(): Promise<void> {
    this.initialised ??= this.createMissing().catch((error: unknown) => {
      this.initialised = undefined;
      throw error;
    });
    return this.initialised;
  }

  private async createMissing(): Promise<void> {
    const found = await this.storage.read([RING_KEY, FEEDBACK_KEY]);
    const missing: Record<string, RingDocument | FeedbackDocument> = {};
    if (!found[RING_KEY]) missing[RING_KEY] = { next: 0, capacity: this.capacity };
    if (!found[FEEDBACK_KEY]) missing[FEEDBACK_KEY] = { entries: {} };
    if (Object.keys(missing).length > 0) await this.storage.write(missing);
  }

  async appendQuestions(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.initialise();
    // More records than slots: only the newest would survive anyway.
    const kept = records.slice(-this.capacity);
    const { before } = await updateConditionally<RingDocument>(
      this.storage,
      RING_KEY,
      (ring) => ({ next: (ring?.next ?? 0) + kept.length, capacity: this.capacity }),
      { what: 'CurationStore.appendQuestions()' },
    );
    const first = before?.next ?? 0;
    const changes: Record<string, Slot> = {};
    kept.forEach((record, i) => {
      changes[slotKey((first + i) % this.capacity)] = { seq: first + i, record };
    });
    // Unconditional: the slots were claimed above. A slot whose old record is still being
    // written by a slower instance a whole ring earlier is the only overlap, and one of the two wins.
    for (const batch of batches(Object.entries(changes))) await this.storage.write(Object.fromEntries(batch));
    if (before && before.capacity > this.capacity) await this.deleteSlots(this.capacity, before.capacity);
  }

  /** Every record held, oldest first. */
  async readQuestions(): Promise<StoredQuestion[]> {
    const ring = (await this.storage.read([RING_KEY]))[RING_KEY] as RingDocument | undefined;
    if (!ring) return [];
    const slots = Math.min(ring.next, ring.capacity);
    const keys = Array.from({ length: slots }, (_, i) => slotKey(i));
    const out: StoredQuestion[] = [];
    for (const batch of batches(keys)) {
      const found = await this.storage.read(batch);
      for (const key of batch) {
        const slot = found[key] as Slot | undefined;
        // A slot claimed but not yet written, or left from a larger ring, is not a record.
        if (slot?.record && slot.seq >= ring.next - ring.capacity) out.push({ ...slot.record, seq: slot.seq });
      }
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  async addFeedback(votes: readonly FeedbackVote[]): Promise<void> {
    if (votes.length === 0) return;
    await this.initialise();
    await updateConditionally<FeedbackDocument>(this.storage, FEEDBACK_KEY, (doc) => ({ entries: addVotes(doc?.entries ?? {}, votes) }), {
      what: 'CurationStore.addFeedback()',
    });
  }

  async readFeedback(): Promise<Record<string, FeedbackCounts>> {
    const doc = (await this.storage.read([FEEDBACK_KEY]))[FEEDBACK_KEY] as FeedbackDocument | undefined;
    return { ...(doc?.entries ?? {}) };
  }

  /** Deletes every record and every vote (npm run kb:review -- --delete). Returns how many records there were. */
  async deleteAll(): Promise<number> {
    const ring = (await this.storage.read([RING_KEY]))[RING_KEY] as RingDocument | undefined;
    const held = ring ? Math.min(ring.next, ring.capacity) : 0;
    await this.deleteSlots(0, Math.max(ring?.capacity ?? 0, this.capacity));
    await this.storage.delete([RING_KEY, FEEDBACK_KEY]);
    this.initialised = undefined;
    return held;
  }

  private async deleteSlots(from: number, to: number): Promise<void> {
    const keys = Array.from({ length: Math.max(0, to - from) }, (_, i) => slotKey(from + i));
    for (const batch of batches(keys)) await this.storage.delete(batch);
  }
}
