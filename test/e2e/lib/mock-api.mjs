/**
 * The mock Scalev API over real HTTP on `127.0.0.1:<free port>`, one instance per scenario, driven
 * through its control routes under `/__mock/` exactly as any developer's page could drive it.
 * Faults, options, recorded requests and order state all go through those routes.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './static-server.mjs';

let runtime = null;
/**
 * Loads `src/mock/server.ts` (TypeScript) by bundling it once with esbuild into a temporary ES
 * module: Node 20 cannot import TypeScript, and the runs must not depend on a build of the mock.
 */
async function loadRuntime() {
  runtime ??= (async () => {
    const { build } = await import('esbuild');
    const dir = await mkdtemp(join(tmpdir(), 'scalev-mock-'));
    const outfile = join(dir, 'mock-server.mjs');
    try {
      await build({
        entryPoints: [join(ROOT, 'src/mock/server.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        logLevel: 'silent',
      });
    } catch (error) {
      throw new Error(`mock API could not be built from src/mock/server.ts: ${String(error.message).split('\n').slice(0, 3).join(' ')}`);
    }
    return import(pathToFileURL(outfile).href);
  })();
  return runtime;
}

/**
 * @param {Record<string, unknown>} options MockOptions (storeId, storefrontKey, latencyMs, itemCount, imageBase, …)
 */
export async function startMockApi(options = {}) {
  const { startMockServer } = await loadRuntime();
  const server = await startMockServer({ port: 0, host: '127.0.0.1', ...options });
  const url = String(server.url).replace(/\/+$/, '');
  const control = async (method, path, body) => {
    const response = await fetch(`${url}/__mock/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`mock control ${method} /__mock/${path} → ${response.status} ${text.slice(0, 200)}`);
    try {
      return text ? JSON.parse(text) : null;
    } catch {
      return text;
    }
  };

  return {
    url,
    origin: new URL(url).origin,
    storeId: options.storeId ?? 'store_demo_nusantara',
    storefrontKey: options.storefrontKey ?? 'sfpk_demo_nusantara_public',
    server,
    /** The mock itself, in this process: `db` for seeding odd data, `requests`, `faults`. */
    mock: server.mock,
    /** Back to the seed (state, requests, faults); options are kept. */
    reset: () => control('POST', 'reset'),
    /** Changes live options (latencyMs, otpRequired, …). */
    setOptions: (partial) => control('POST', 'options', partial),
    /** Adds a fault rule (`FaultRule`); `times: Infinity` is sent as a large number. */
    addFault: (rule) => control('POST', 'faults', { ...rule, times: rule.times === Infinity ? 1e9 : rule.times }),
    clearFaults: () => control('DELETE', 'faults'),
    /** Every request that reached the API (CORS preflights excluded). */
    requests: async () => {
      const answer = await control('GET', 'requests');
      return Array.isArray(answer) ? answer : (answer?.requests ?? []);
    },
    clearRequests: () => control('DELETE', 'requests'),
    markPaid: (slug) => control('POST', `orders/${encodeURIComponent(slug)}/paid`),
    state: () => control('GET', 'state'),
    control,
    close: () => server.close(),
  };
}
