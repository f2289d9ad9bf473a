import { ConfigError } from '../errors';
import { integer, text, type Env } from './env';

export type StorageSettings =
  | { readonly kind: 'memory'; readonly ttlMinutes: number; readonly maxItems: number }
  | {
      readonly kind: 'blobs';
      readonly connectionString: string;
      readonly container: string;
      /** A conversation's state not written for this long is deleted (BlobStateExpiry). */
      readonly stateTtlHours: number;
    };

/** Azure's rule for container names. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Azure Blob Storage when a connection string is set (several instances); else this process's memory, bounded. */
export function storageSettings(env: Env): StorageSettings {
  const connectionString = text(env, 'AZURE_STORAGE_CONNECTION_STRING', '');
  const container = text(env, 'AZURE_STORAGE_CONTAINER', 'mieux-bot-state');
  const ttlMinutes = integer(env, 'MEMORY_STATE_TTL_MINUTES', 60, 1, 7 * 24 * 60);
  const maxItems = integer(env, 'MEMORY_STATE_MAX_ITEMS', 50_000, 100, 10_000_000);
  const stateTtlHours = integer(env, 'AZURE_STORAGE_STATE_TTL_HOURS', 24, 1, 24 * 365);
  if (!CONTAINER_NAME.test(container))
    throw new ConfigError('AZURE_STORAGE_CONTAINER', `must be 3 to 63 lowercase letters, digits and single hyphens, got '${container}'`);
  if (!connectionString) return { kind: 'memory', ttlMinutes, maxItems };
  // The value is a secret: the message names what is wrong, never the value.
  if (!/(?:^|;)\s*(?:AccountName|BlobEndpoint|UseDevelopmentStorage|SharedAccessSignature)\s*=/i.test(connectionString))
    throw new ConfigError(
      'AZURE_STORAGE_CONNECTION_STRING',
      'must be an Azure Storage connection string (AccountName=…;AccountKey=…; or BlobEndpoint=…)',
    );
  return { kind: 'blobs', connectionString, container, stateTtlHours };
}
