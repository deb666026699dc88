#!/usr/bin/env node
/**
 * Framework check: the elements inside a React 19 app and a Vue 3 app, as npm users embed them.
 *
 *  1. types: `tsc` over the apps (`.apps/`), compiled against the built package (`dist/lib`, the
 *     generated `dist/jsx.d.ts`) through the package's own `exports`; `react/typed-usage.tsx` holds
 *     what the JSX typings must accept and reject (`@ts-expect-error`).
 *  2. build: each app bundled with Vite's JS API (offline) into a temporary folder;
 *  3. run: each app (and the React and Vue guides' snippets, `test/docs/pages`) opened in Chromium (playwright-core) and its checks run in the page: properties
 *     set by the framework reach the elements, events reach the framework's handlers, re-renders
 *     with new props update the same elements, handlers are swapped, unmount cleans up.
 *
 * Needs `npm run build` first (it builds when `dist/lib` or `dist/jsx.d.ts` is missing). Prints a
 * table and `frameworks: N passed, N failed`. `--real-react-types <node_modules dir>` type-checks
 * against a real `@types/react` / `@types/react-dom` there instead of the bundled stand-in.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../e2e/lib/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = join(ROOT, 'test/frameworks/.apps');
const APP_ENTRIES = {
  react: join(APPS, 'react/app.tsx'),
  vue: join(APPS, 'vue/app.ts'),
  // The React and Vue guides' snippets (test/docs/pages), run unchanged.
  'react-guide': join(APPS, 'docs/react-guide.jsx'),
  'vue-guide': join(APPS, 'docs/vue-guide.js'),
};

const results = [];
const record = (group, name, ok, note = '') => results.push({ group, name, ok, note });

function argument(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist/lib/index.js')) && existsSync(join(ROOT, 'dist/jsx.d.ts'))) return;
  process.stdout.write('dist/lib or dist/jsx.d.ts is missing: running scripts/build.mjs first\n');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

function typeCheck(workDir) {
  let project = join(APPS, 'tsconfig.json');
  const realTypes = argument('--real-react-types');
  if (realTypes) {
    project = join(workDir, 'tsconfig.real-react.json');
    writeFileSync(
      project,
      JSON.stringify({
        extends: join(APPS, 'tsconfig.json'),
        compilerOptions: {
          paths: {
            react: [join(realTypes, '@types/react/index.d.ts')],
            'react/jsx-runtime': [join(realTypes, '@types/react/jsx-runtime.d.ts')],
            'react-dom': [join(realTypes, '@types/react-dom/index.d.ts')],
            'react-dom/client': [join(realTypes, '@types/react-dom/client.d.ts')],
          },
        },
      }),
    );
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: ROOT, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`.trim();
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  record(
    'types',
    `JSX typings: props typed, unknown props and wrong values rejected, event details typed${realTypes ? ' (real @types/react)' : ''}`,
    run.status === 0,
    run.status === 0 ? '' : errors.slice(0, 12).join('\n') || output.slice(0, 2000),
  );
}

async function buildApps(outDir) {
  for (const [name, entry] of Object.entries(APP_ENTRIES)) {
    try {
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        define: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
        build: {
          outDir,
          emptyOutDir: false,
          minify: false,
          sourcemap: false,
          target: 'es2022',
          reportCompressedSize: false,
          lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
        },
      });
      writeFileSync(
        join(outDir, `${name}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="./${name}.js"></script></body></html>\n`,
      );
      record('build', `${name} app bundled with Vite (offline)`, true);
    } catch (error) {
      record('build', `${name} app bundled with Vite (offline)`, false, String(error?.message ?? error).slice(0, 2000));
    }
  }
}

function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runInBrowser(outDir) {
  const server = await serve(outDir);
  const { port } = server.address();
  const browser = await launchBrowser();
  try {
    for (const name of Object.keys(APP_ENTRIES)) {
      if (!existsSync(join(outDir, `${name}.js`))) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(`http://127.0.0.1:${port}/${name}.html`);
        await page.waitForFunction(() => typeof window.__runFrameworkChecks === 'function', null, { timeout: 15000 });
        const checks = await page.evaluate(() => window.__runFrameworkChecks());
        for (const check of checks) record(name, check.name, check.ok, check.error ?? '');
        record(name, `${name}: no uncaught errors in the page`, pageErrors.length === 0, pageErrors.join('\n'));
      } catch (error) {
        record(name, `${name} app ran in Chromium`, false, `${error?.message ?? error}\n${pageErrors.join('\n')}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function printTable() {
  const width = Math.max(...results.map((r) => r.name.length), 10);
  const groupWidth = Math.max(...results.map((r) => r.group.length), 5);
  process.stdout.write(`\n── frameworks: React 19 and Vue 3 apps, JSX typings ──\n`);
  for (const r of results) {
    process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.group.padEnd(groupWidth)} ${r.name.padEnd(width)}\n`);
    if (!r.ok && r.note) process.stdout.write(`${r.note.replace(/^/gm, '        ')}\n`);
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'scalev-frameworks-'));
try {
  ensureBuilt();
  typeCheck(workDir);
  await buildApps(workDir);
  await runInBrowser(workDir);
} catch (error) {
  record('run', 'framework check finished', false, String(error?.stack ?? error));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
printTable();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
process.stdout.write(`\nframeworks: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
