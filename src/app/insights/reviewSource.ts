import type { ReviewSource } from '../../core/insights/reviewData';
import type { CurationStore } from '../curation/curationStore';

/** What the curation store holds, as reviewData reads it: for `npm run kb:review` and the insights page alike. */
export async function readReviewSource(store: CurationStore): Promise<ReviewSource> {
  const [questions, feedback] = await Promise.all([store.readQuestions(), store.readFeedback()]);
  return { questions, feedback, capacity: store.capacity };
}
