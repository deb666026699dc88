#!/usr/bin/env node
/**
 * `npm run bench`: the budgets of the element issues, measured on the real build.
 *
 *  1. gzip sizes per entry and element from the chunk graph of `dist/`;
 *  2. what pages really fetch in Chromium (scripts summed by gzip size; chunks that must not load);
 *  3. API requests a page makes on first load;
 *  4. render and update times as ratios to a plain hand-written DOM baseline fed the same JSON in
 *     the same run (median of several runs), the cart badge frame budget, the location search pace;
 *  5. memory after mounting and removing each element 200 times.
 *
 * Prints one table per group and ends with `bench: N passed, N failed`; exits non-zero when any
 * budget is broken or could not be measured. `SCALEV_DIST` points it at another build.
 * Arguments select groups: `node scripts/bench.mjs sizes pages requests timing memory`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeBudgets } from '../bench/lib/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = resolve(process.env.SCALEV_DIST ?? join(root, 'dist'));
process.env.SCALEV_DIST = distDir;
const groups = process.argv.slice(2);
const wants = (name) => groups.length === 0 || groups.includes(name);

const started = Date.now();
let passed = 0;
let failed = 0;
const count = (table) => {
  table.print();
  passed += table.passed;
  failed += table.failed;
};

if (!existsSync(join(distDir, 'scalev.js'))) {
  process.stdout.write(`${distDir}/scalev.js is missing: building the drop-in first\n`);
  const { buildDropIn } = await import('../test/e2e/lib/build-dropin.mjs');
  await buildDropIn(distDir);
}

let graph = null;
if (wants('sizes') || groups.length === 0) {
  const sizes = sizeBudgets(distDir);
  graph = sizes.graph;
  sizes.files.print();
  count(sizes.table);
}

const browserGroups = ['pages', 'requests', 'timing', 'memory'].filter(wants);
if (browserGroups.length) {
  const { runBrowserBenchmarks } = await import('../bench/lib/browser-bench.mjs');
  const tables = await runBrowserBenchmarks({ distDir, groups: browserGroups, graph });
  for (const table of tables) count(table);
}

process.stdout.write(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)} s (kB = 1000 bytes, gzip level 9)\n`);
process.stdout.write(`bench: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
