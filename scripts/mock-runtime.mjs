/**
 * Starts the mock Scalev API in-process: bundles `src/mock/server.ts` with esbuild (platform node,
 * ESM) into `node_modules/.cache/scalev-mock/server.mjs`, imports it and starts the HTTP server.
 * Used by `npm run mock`, the demo, the end-to-end tests and the benchmarks.
 *
 *   import { startMock } from './mock-runtime.mjs';
 *   const mock = await startMock({ port: 0, latencyMs: 100 });   // { url, mock, close() }
 */
import { build } from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'src/mock/server.ts');
const OUT_DIR = path.join(ROOT, 'node_modules/.cache/scalev-mock');
const OUT_FILE = path.join(OUT_DIR, 'server.mjs');

let moduleLoading = null;

/** Bundles (once per process) and imports the server module. */
export function loadMockServerModule() {
  moduleLoading ??= (async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'warning',
      tsconfig: path.join(ROOT, 'tsconfig.json'),
    });
    await fs.mkdir(OUT_DIR, { recursive: true });
    // Write beside the target and rename: several processes may start a mock at once.
    const temp = `${OUT_FILE}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temp, result.outputFiles[0].contents);
    await fs.rename(temp, OUT_FILE);
    return import(`${pathToFileURL(OUT_FILE).href}?v=${Date.now()}`);
  })();
  return moduleLoading;
}

/**
 * Starts the mock API over HTTP. Takes `MockServerOptions`: `port` (default 8787, 0 = any free port),
 * `host` (default 127.0.0.1), `log`, and every `MockOptions` field.
 * @returns {Promise<{ url: string, mock: import('../src/mock/types.js').MockScalev, close(): Promise<void> }>}
 */
export async function startMock(options = {}) {
  const { startMockServer } = await loadMockServerModule();
  return startMockServer(options);
}
