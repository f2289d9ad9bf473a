/** The questions both benchmarks send: every question of the eval sets (test/eval), es/en/fr. */
import { LANGUAGES, type Lang } from '../../src/core/language/languages';
import { loadEvalSet } from '../evaluation';
import { cycle } from './cycle';

export interface Question {
  readonly lang: Lang;
  readonly text: string;
}

export function loadQuestions(): Question[] {
  return LANGUAGES.flatMap((lang) => loadEvalSet(lang).map((c) => ({ lang, text: c.q })));
}

export function countByLang(questions: readonly Question[]): string {
  return LANGUAGES.map((lang) => `${lang} ${questions.filter((q) => q.lang === lang).length}`).join(', ');
}

/**
 * The n-th request body: a message activity answered in the HTTP response (`expectReplies`),
 * cycling through the questions and through `conversations` conversation ids (or in conversation
 * `conversationIndex` when given).
 */
export function messageActivity(
  n: number,
  questions: readonly Question[],
  conversations: number,
  conversationIndex = n % conversations,
): string {
  const question = cycle(questions, n, 'messageActivity(): the questions');
  const conversation = `bench-conversation-${conversationIndex}`;
  return JSON.stringify({
    type: 'message',
    id: `bench-activity-${n}`,
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    locale: question.lang,
    from: { id: `bench-user-${conversationIndex}`, name: 'bench user' },
    recipient: { id: 'mieux-bot', name: 'MIEUX+ bot' },
    conversation: { id: conversation },
    text: question.text,
  });
}
