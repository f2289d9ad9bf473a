import { loadConfig } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { curationStoreFor } from '../src/app/curation/createCuration';
import { createStorage } from '../src/adapters/storage/createStorage';
import { buildReview, formatReview } from './review';

/**
 * npm run kb:review [-- --threshold 0.5] [--limit 50] [--delete]
 * The curator's loop: the questions the bot could not answer, grouped by similarity, and the
 * entries people found not helpful, read from the bot's storage (Azure Blob Storage).
 * --delete removes every recorded question and vote.
 */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const known = new Set(['--threshold', '--limit', '--delete']);
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !['--threshold', '--limit'].includes(args[i - 1] ?? ''));
  if (unknown.length > 0) fail(`kb:review: unknown option ${unknown[0]} (use --threshold 0…1, --limit N, --delete)`);
  const thresholdText = option(args, '--threshold');
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
    fail(`kb:review: --threshold must be a number above 0 and at most 1, got '${thresholdText}'`);
  const limitText = option(args, '--limit');
  const limit = limitText === undefined ? 50 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) fail(`kb:review: --limit must be a whole number from 1, got '${limitText}'`);

  const config = loadConfig();
  if (config.storage.kind !== 'blobs') {
    fail(
      'kb:review reads what the bot recorded in Azure Blob Storage, and AZURE_STORAGE_CONNECTION_STRING is not set.\n' +
        'Without it the bot keeps its records in its own memory, which ends with the process: there is nothing here to read.\n' +
        'Run kb:review with the same AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER as the bot.',
      1,
    );
  }
  const store = curationStoreFor(config, createStorage(config.storage));
  if (args.includes('--delete')) {
    const deleted = await store.deleteAll();
    console.log(`deleted ${deleted} recorded questions and every feedback vote (container ${config.storage.container})`);
    return;
  }
  const kb = loadKnowledge(config.knowledgeDir);
  const recognizer = new LocalRecognizer(kb);
  const review = await buildReview(store, (text, lang) => recognizer.termVector(text, lang), threshold === undefined ? {} : { threshold });
  console.log(formatReview(review, kb, limit));
}

main().catch((error: unknown) => {
  // A configuration error is written for people; a storage error is named by its kind.
  console.error(`kb:review: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
