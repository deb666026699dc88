import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';

const chromium = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

/**
 * Writes a plain `unit: N passed, N failed` line at exit, where CI logs read it (TOOLCHAIN gotcha 5:
 * the runner's own counts live inside its progress bar).
 */
function plainSummaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (tests) => {
    for (const t of tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
  };
  const walk = (suite) => {
    if (!suite) return;
    count(suite.tests);
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no tests but counts as a failure.
        if (!session.passed && !(session.testResults?.tests?.length || session.testResults?.suites?.length)) failed++;
      }
      process.once('exit', () => {
        fs.writeSync(1, `\nunit: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}

/**
 * The Chrome launcher keeps stopped test pages (navigated to about:blank) and hands them to later
 * test files. A page handed out twice ran two files at once, and the first to finish navigated the
 * other's page to about:blank ("Tests were interrupted because the page navigated to about:blank").
 * Here a stopped page is closed instead, so every test file gets a page (and browser context) of
 * its own, as `createPage` intends.
 */
function freshPageLauncher(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stopSession(sessionId);
    if (page) {
      launcher.inactivePages = launcher.inactivePages.filter((p) => p !== page);
      await page.puppeteerPage.close().catch(() => undefined);
    }
    return result;
  };
  return launcher;
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  concurrency: 2,
  // Generous per-test limit: CI machines are shared and slow; a hung test still fails.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browsers: [
    freshPageLauncher(
      chromeLauncher({
        // Each test page gets its own browser context (storage, tab channels and locks are not shared
        // with test files running at the same time) and its own focused window: a background tab
        // would have no animation frames and throttled timers.
        async createPage({ browser }) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage({ type: 'window' });
          await page.emulateFocusedPage(true);
          page.once('close', () => void context.close().catch(() => undefined));
          return page;
        },
        launchOptions: {
          executablePath: chromium,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // Test pages run side by side; a page that counts as hidden must not have its timers and
            // animation frames throttled.
            '--disable-background-timer-throttling',
            '--disable-renderer-backgrounding',
            '--disable-backgrounding-occluded-windows',
          ],
        },
      }),
    ),
  ],
  // A test page that sets the cookie `unavailable-module` (a path prefix) gets 503 for those
  // modules: how the kit copes when one of its chunks cannot load (site redeployed, buyer offline).
  // Each test page has its own browser context, so its cookie reaches no other page.
  middleware: [
    (context, next) => {
      const unavailable = decodeURIComponent(context.cookies.get('unavailable-module') ?? '');
      if (unavailable && context.path.startsWith(unavailable)) {
        context.status = 503;
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({
      define: { __SCALEV_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) },
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()],
};
