import { RECORDED_KINDS, type RecordedKind } from '../src/core/curation/curationRecords';
import type { QuestionGroup, Vectorise } from '../src/core/curation/review';
import { reviewData, type Review } from '../src/core/insights/reviewData';
import type { KnowledgeBase } from '../src/core/knowledge/types';
import type { CurationStore } from '../src/app/curation/curationStore';
import { readReviewSource } from '../src/app/insights/reviewSource';

export type { Review } from '../src/core/insights/reviewData';

export interface ReviewOptions {
  readonly threshold?: number;
}

/**
 * What `npm run kb:review` shows, from the records in the store: computed by reviewData, the
 * module the insights page uses too, so the command and the page never disagree.
 */
export async function buildReview(store: CurationStore, vectorise: Vectorise, options: ReviewOptions = {}): Promise<Review> {
  return reviewData(await readReviewSource(store), vectorise, options.threshold === undefined ? {} : { threshold: options.threshold });
}

const minute = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
const percent = (share: number): string => `${Math.round(share * 100)}%`;

function entryLabel(kb: KnowledgeBase, entryId: string): string {
  const entry = kb.entries.get(entryId);
  return entry ? `${entryId} ("${entry.text.en.title}")` : `${entryId} (no longer in the knowledge base)`;
}

const KIND_LABELS: Readonly<Record<RecordedKind, string>> = {
  notFound: 'not found',
  clarify: '"did you mean"',
  closeCall: 'close call',
  rephrased: 'asked again',
  downvoted: '👎',
};

function formatGroups(groups: readonly QuestionGroup[], limit: number, lines: string[]): void {
  for (const g of groups.slice(0, limit)) {
    const kinds = RECORDED_KINDS.filter((k) => g.kinds[k])
      .map((k) => `${KIND_LABELS[k]} ${g.kinds[k]}`)
      .join(', ');
    lines.push(`  ${String(g.size).padStart(4)}× [${g.lang}] ${JSON.stringify(g.representative)}  (${kinds}; last ${minute(g.lastAt)})`);
    if (g.examples.length > 0) lines.push(`         also: ${g.examples.map((e) => JSON.stringify(e)).join(', ')}`);
    if (g.answered.length > 0) lines.push(`         answered with: ${g.answered.map((a) => `${a.entryId} ×${a.count}`).join(', ')}`);
    if (g.candidates.length > 0)
      lines.push(`         closest entries: ${g.candidates.map((c) => `${c.entryId} ${c.score.toFixed(2)}`).join(', ')}`);
  }
  if (groups.length > limit) lines.push(`  … and ${groups.length - limit} smaller groups (--limit ${groups.length} shows all)`);
}

/** The review as text for a terminal: what to add first, what may be answered wrongly, then what to fix first. */
export function formatReview(review: Review, kb: KnowledgeBase, limit = 50): string {
  const lines: string[] = [];
  const span = review.firstAt && review.lastAt ? `, ${minute(review.firstAt)} → ${minute(review.lastAt)} UTC` : '';
  lines.push(`Recorded questions: ${review.questions} (the newest ${review.capacity} are kept)${span}`, '');
  lines.push('Unanswered questions:');
  if (review.groups.length === 0) lines.push('  none recorded yet');
  else lines.push(`Grouped by similarity (cosine ≥ ${review.threshold}), most asked first — candidates for new entries or phrasings:`);
  formatGroups(review.groups, limit, lines);

  lines.push(
    '',
    'Answers that may have been wrong (a close call, asked again in other words, or voted not helpful) — check the entry answered:',
  );
  if (review.doubtful.length === 0) lines.push('  none recorded yet');
  formatGroups(review.doubtful, limit, lines);

  lines.push('', 'Entries by negative feedback — answers to fix first:');
  if (review.feedback.length === 0) lines.push('  no votes yet');
  for (const f of review.feedback.slice(0, limit)) {
    const byLang = Object.entries(f.downByLang)
      .filter(([, n]) => n > 0)
      .map(([lang, n]) => `${lang} ${n}`)
      .join(', ');
    lines.push(
      `  👎 ${String(f.down).padStart(3)}  👍 ${String(f.up).padStart(3)}  ${percent(f.downShare).padStart(4)} not helpful  ${entryLabel(kb, f.entryId)}${byLang ? `  [👎 ${byLang}]` : ''}`,
    );
  }
  if (review.feedback.length > limit) lines.push(`  … and ${review.feedback.length - limit} more entries`);
  return lines.join('\n');
}
