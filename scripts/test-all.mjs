#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — typecheck, unit and component tests in Chromium
 * (web-test-runner), the production build, end-to-end journeys and hostile pages (Playwright
 * against dist/scalev.js and the mock API on another origin), and the budget benchmarks. Each
 * stage prints its own table; the last line sums the tests up as `N passed, N failed`.
 *
 * The benchmarks measure, they do not test: their tables print in full and the summary says how
 * many budgets are met and broken, but a broken budget is not a failed test (an issue whose budget
 * is broken stays open). `npm run bench` alone exits non-zero when a budget is broken.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureCssPackages } from './css-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = (pkg, file) => `${root}node_modules/${pkg}/${file}`;

const chromium = ensureChromium();
process.env.CHROME_PATH = chromium;

const stages = [
  { name: 'typecheck', cmd: [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck-node', cmd: [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'unit', cmd: [node, bin('@web/test-runner', 'dist/bin.js')], counts: /unit: (\d+) passed, (\d+) failed/ },
  { name: 'build', cmd: [node, 'scripts/build.mjs'] },
  { name: 'frameworks', cmd: [node, 'test/frameworks/run.mjs'], counts: /frameworks: (\d+) passed, (\d+) failed/, optional: 'test/frameworks/run.mjs' },
  { name: 'storybook', cmd: [node, bin('storybook', 'dist/bin/dispatcher.js'), 'build', '-o', 'storybook-static', '--quiet'] },
  { name: 'e2e', cmd: [node, 'test/e2e/run.mjs'], counts: /e2e: (\d+) passed, (\d+) failed/, optional: 'test/e2e/run.mjs' },
  { name: 'bench', cmd: [node, 'scripts/bench.mjs'], counts: /bench: (\d+) passed, (\d+) failed/, optional: 'scripts/bench.mjs', report: true },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
const reports = [];

for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  if (stage.optional && !existsSync(`${root}${stage.optional}`)) continue;
  if (stage.name === 'e2e') ensureCssPackages();
  process.stdout.write(`\n━━ ${stage.name} ━━\n`);
  const started = Date.now();
  const { code, output } = await run(stage.cmd);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const match = stage.counts ? [...output.matchAll(new RegExp(stage.counts, 'g'))].pop() : null;
  if (stage.report) {
    const line = match
      ? `${match[1]} budget(s) met, ${match[2]} broken`
      : `no figures (exit ${code})`;
    summary.push(`${stage.name.padEnd(15)} ${match && code === 0 ? 'met ' : 'OVER'}  ${line}  (${seconds} s)`);
    reports.push(`budgets: ${line}`);
    // A benchmark that could not run at all is a broken tool, not a broken budget.
    if (!match) failed += 1;
  } else if (match) {
    const p = Number(match[1]);
    const f = Number(match[2]);
    passed += p;
    failed += f;
    // A runner that crashed after counting still fails the stage.
    if (code !== 0 && f === 0) failed += 1;
    summary.push(`${stage.name.padEnd(15)} ${code === 0 && f === 0 ? 'ok  ' : 'FAIL'}  ${p} passed, ${f} failed  (${seconds} s)`);
  } else {
    if (code === 0) passed += 1;
    else failed += 1;
    summary.push(`${stage.name.padEnd(15)} ${code === 0 ? 'ok  ' : 'FAIL'}  (${seconds} s)`);
  }
}

process.stdout.write(`\n━━ summary ━━\n${summary.join('\n')}\n\n${reports.map((r) => `${r}\n`).join('')}${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

function run([cmd, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
