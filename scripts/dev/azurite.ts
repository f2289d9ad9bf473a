/**
 * Azurite's Blob service (the `azurite` package, a development dependency) as a child process on
 * 127.0.0.1: the local stand-in for Azure Blob Storage used by `npm run dev:azure`, the
 * packaged-artefact check and the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

const AZURITE_BLOB = join(PROJECT_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
/** Azurite's well-known development account (public, documented; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** Azurite's own default Blob port, which the well-known connection strings assume. */
export const AZURITE_DEFAULT_PORT = 10_000;

/**
 * The flags every start uses. --disableTelemetry: Azurite otherwise reports usage to Microsoft
 * (a call home from every developer's machine and CI). --skipApiVersionCheck: @azure/storage-blob
 * may be newer than this Azurite. --loose: ignore headers Azurite does not implement.
 */
export const AZURITE_FLAGS = ['--disableTelemetry', '--skipApiVersionCheck', '--loose', '--silent'] as const;

export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** 0 = a free one. */
  readonly port?: number;
  /** A folder for Azurite's data, kept between runs; undefined = in memory, gone when it stops. */
  readonly location?: string;
  readonly timeoutMs?: number;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
}

/** Starts Azurite and resolves once it listens; rejects with its output if it exits first. */
export function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const { port = 0, location, timeoutMs = 20_000 } = options;
  const persistence = location === undefined ? ['--inMemoryPersistence'] : ['--location', location];
  const child: ChildProcess = spawn(
    process.execPath,
    [AZURITE_BLOB, '--blobHost', '127.0.0.1', '--blobPort', String(port), ...persistence, ...AZURITE_FLAGS],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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
      reject(new Error(`Azurite exited (code ${code}) before listening: ${output.trim()}`));
    });
  });
}
