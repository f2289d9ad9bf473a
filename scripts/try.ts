import { loadConfig } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { outcome } from './evaluation';

/**
 * npm run kb:try -- [--locale en] "question" ["another question" …]
 * Shows what the bot makes of a question: language, the terms it searched (unknown ones end in
 * "?"), what it does, and the best candidates with their scores. For curators tuning phrasings.
 */
const args = process.argv.slice(2);
const localeFlag = args.indexOf('--locale');
const locale = localeFlag >= 0 ? args.splice(localeFlag, 2)[1] : undefined;
const recognizer = new LocalRecognizer(loadKnowledge(loadConfig().knowledgeDir));
if (args.length === 0) console.log('usage: npm run kb:try -- [--locale en] "question" …');
for (const text of args) {
  const { recognition, terms, parts } = recognizer.explain({ text, locale, context: {} });
  const candidates = recognition.candidates
    .slice(0, 3)
    .map((c) => `${c.entryId} ${c.score.toFixed(3)}`)
    .join(', ');
  const also = recognition.kind === 'answer' && recognition.also ? ` + ${recognition.also.join(' + ')}` : '';
  const asked = parts.length > 1 || parts[0] !== terms.join(' ') ? `\n  questions: ${parts.map((p) => JSON.stringify(p)).join(' | ')}` : '';
  console.log(
    `${text}\n  [${recognition.lang}] terms: ${terms.join(' ') || '(none)'}${asked}\n  → ${outcome(recognition)}${also}${candidates ? `   (${candidates})` : ''}`,
  );
}
