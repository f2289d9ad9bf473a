import type { CluConfig } from '../../config';
import type { KnowledgeBase } from '../../core/knowledge/types';
import { LocalRecognizer } from '../../core/understanding/localRecognizer';
import type { Recognizer } from '../../core/understanding/recognizer';
import type { Logger } from '../../logger';
import { CluIntentClient } from './cluClient';
import { CluRecognizer } from './cluRecognizer';

/** Local understanding always; Azure CLU in front of it when it is configured. */
export function createRecognizer(kb: KnowledgeBase, clu: CluConfig | undefined, logger: Logger): Recognizer {
  const local = new LocalRecognizer(kb);
  if (!clu) return local;
  logger.info('understanding: Azure CLU first, local recognizer as fallback', {
    project: clu.projectName,
    deployment: clu.deploymentName,
    timeoutMs: clu.timeoutMs,
    minConfidence: clu.minConfidence,
  });
  return new CluRecognizer({
    kb,
    local,
    client: new CluIntentClient(clu),
    logger,
    timeoutMs: clu.timeoutMs,
    minConfidence: clu.minConfidence,
  });
}
