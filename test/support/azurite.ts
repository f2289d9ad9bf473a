/**
 * Azurite's Blob service (the `azurite` package) as a child process on 127.0.0.1, in memory, for
 * the tests that need Azure Blob Storage. Not a test file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const AZURITE_BLOB = join(__dirname, '..', '..', 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
/** Azurite's well-known development account (public, documented; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
}

/** Starts Azurite on `port` (0 = a free one) and resolves once it listens. */
export function startAzurite(port = 0, timeoutMs = 20_000): Promise<Azurite> {
  const child: ChildProcess = spawn(
    process.execPath,
    [AZURITE_BLOB, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--silent', '--loose'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      // Keep draining its output so a full pipe can never block it.
      child.stdout?.resume();
      const actual = Number(listening[1]);
      resolve({
        port: actual,
        connectionString: azuriteConnectionString(actual),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (code ${code}) before listening: ${output}`));
    });
  });
}
