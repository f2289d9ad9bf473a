import type { Request, Response } from 'restify';
import type { DocumentStorage } from '../../app/storage/documentStorage';
import { errorKind } from '../../logger';
import { probeStorage } from '../../adapters/storage/createStorage';
import type { RouteModule } from './routeModule';

export interface ReadinessOptions {
  /** Entries of the knowledge base in use (0 = nothing to answer from). */
  readonly knowledgeEntries: number;
  readonly storage: Pick<DocumentStorage, 'read'>;
  /** A storage slower than this counts as unreachable. */
  readonly probeTimeoutMs?: number;
}

/**
 * GET /readyz: 200 when this instance can answer — the knowledge base is loaded and the state
 * storage answers a read — else 503, with each check's result. A load balancer sends traffic
 * only to ready instances; /healthz only says the process is up. A change of readiness is logged
 * once, not on every probe.
 */
export function readinessRoute({ knowledgeEntries, storage, probeTimeoutMs = 2_000 }: ReadinessOptions): RouteModule {
  return {
    name: 'readiness',
    register({ server, logger }) {
      let lastReady: boolean | undefined;
      server.get('/readyz', async (_req: Request, res: Response) => {
        const knowledge = knowledgeEntries > 0 ? 'ok' : 'empty';
        let storageCheck = 'ok';
        let failure = '';
        try {
          await probeStorage(storage, probeTimeoutMs);
        } catch (error) {
          storageCheck = 'unreachable';
          failure = errorKind(error);
        }
        const ready = knowledge === 'ok' && storageCheck === 'ok';
        if (ready !== lastReady) {
          if (ready) logger.info('ready', { knowledgeEntries });
          else logger.warn('not ready', { knowledge, storage: storageCheck, kind: failure || undefined });
          lastReady = ready;
        }
        res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: { knowledge, storage: storageCheck } });
      });
    },
  };
}
