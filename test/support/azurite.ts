/**
 * Azurite's Blob service, in memory on 127.0.0.1, for the tests that need Azure Blob Storage: the
 * same launcher as `npm run dev:azure` (scripts/dev/azurite.ts). Not a test file.
 */
import { azuriteConnectionString, startAzurite as start, type Azurite } from '../../scripts/dev/azurite';

export { azuriteConnectionString, type Azurite };

/** Starts Azurite on `port` (0 = a free one) and resolves once it listens. */
export function startAzurite(port = 0, timeoutMs = 20_000): Promise<Azurite> {
  return start({ port, timeoutMs });
}
