/**
 * Builds only the drop-in bundle (`dist/scalev.js` + chunks) with the project's Vite config, into
 * `outDir`. The full `npm run build` also emits `dist/lib` and the manifest; the end-to-end runs and
 * the benchmarks need only the drop-in, so they build it themselves when it is missing.
 */
import { build } from 'vite';
import { ROOT } from './static-server.mjs';

/**
 * @param {string} outDir absolute path
 * @param {string} [root] the project to build (default this one), with a trailing slash
 */
export async function buildDropIn(outDir, root = ROOT) {
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node test/e2e/lib/build-dropin.mjs <outDir> [projectRoot]');
  await buildDropIn(outDir, process.argv[3] ? `${process.argv[3].replace(/\/+$/, '')}/` : ROOT);
  process.stdout.write(`drop-in built into ${outDir}\n`);
}
