#!/usr/bin/env node
/**
 * `npm run e2e`: end-to-end journeys, hostile pages, the fault matrix, the security corpus and the
 * accessibility runs, in Debian's Chromium (playwright-core) against the built `dist/scalev.js`
 * served from `http://localhost:<port>` and the mock API on `http://127.0.0.1:<port>` — two
 * origins, as a real embed.
 *
 *   node test/e2e/run.mjs                      every suite
 *   node test/e2e/run.mjs hostile faults       some suites
 *   node test/e2e/run.mjs --grep=QRIS|proof    scenarios whose name contains one of the texts
 *   E2E_CONCURRENCY=4 SCALEV_DIST=/tmp/dist    parallel pages; another build
 *   E2E_POOL=0                                 a new browser context for every scenario (no recycling)
 *   E2E_VERBOSE=1                              each scenario's step times
 *
 * Prints one table per suite (and the fault grid, the accessibility table) and ends with
 * `e2e: N passed, N failed`. Exits non-zero when anything failed.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { E2ERun } from './lib/harness.mjs';
import { ROOT } from './lib/static-server.mjs';

const SUITES = ['journeys', 'hostile', 'faults', 'security', 'keyboard'];

const args = process.argv.slice(2);
const grep = args.find((a) => a.startsWith('--grep='))?.slice('--grep='.length).toLowerCase() ?? null;
const chosen = args.filter((a) => !a.startsWith('--'));
for (const name of chosen) if (!SUITES.includes(name)) throw new Error(`unknown suite "${name}" (suites: ${SUITES.join(', ')})`);
const suites = chosen.length ? chosen : SUITES;

const distDir = resolve(process.env.SCALEV_DIST ?? join(ROOT, 'dist'));
process.env.SCALEV_DIST = distDir;
if (!existsSync(join(distDir, 'scalev.js'))) {
  process.stdout.write(`${distDir}/scalev.js is missing: building the drop-in first\n`);
  const { buildDropIn } = await import('./lib/build-dropin.mjs');
  await buildDropIn(distDir);
}

// A page per core and one more: scenarios spend much of their time waiting (timeouts, debounces).
// The framework CSS of the hostile pages: the project fetches WordPress's block-library styles as a
// tarball (scripts/css-packages.mjs); make sure they are there when this runs on its own.
if (suites.includes('hostile')) {
  try {
    const { ensureCssPackages } = await import('../../scripts/css-packages.mjs');
    ensureCssPackages();
  } catch (error) {
    process.stdout.write(`framework CSS packages not prepared (${error.message.split('\n')[0]}): the hostile CSS scenarios will say which is missing\n`);
  }
}

const concurrency = Number(process.env.E2E_CONCURRENCY) || Math.max(2, Math.min(4, cpus().length + 1));
const run = new E2ERun({
  concurrency,
  // `--grep=a|b` keeps scenarios whose suite and name contain any of the texts.
  filter: grep ? (s) => grep.split('|').some((text) => `${s.suite} ${s.name}`.toLowerCase().includes(text)) : null,
  pooling: process.env.E2E_POOL !== '0',
});
for (const name of suites) {
  const suite = await import(`./suites/${name}.mjs`);
  suite.register(run);
}

const started = Date.now();
let counts = { passed: 0, failed: 1 };
try {
  await run.start();
  process.stdout.write(`e2e: ${run.scenarios.filter((s) => !run.filter || run.filter(s)).length} scenarios, ${concurrency} at a time; pages on ${run.app.origin}, dist ${distDir}\n`);
  await run.runAll();
  counts = run.report();
} finally {
  await run.stop();
}
process.stdout.write(`\ne2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(`e2e: ${counts.passed} passed, ${counts.failed} failed\n`);
process.exit(counts.failed === 0 ? 0 : 1);
