/**
 * The end-to-end harness: one Chromium, one static server for the merchant pages, a fresh mock
 * API (own port, own state) for every scenario, scenarios run a few at a time, and plain-text
 * tables at the end. Every scenario ends PASS or FAIL with a reason; nothing is skipped silently.
 *
 * Browser contexts are pooled: a scenario's first page is a recycled one (a new context costs a
 * renderer process and a cold cache, about a second on a busy 2-core machine). Between scenarios
 * the page is emptied: its origin's storage and cookies cleared, init scripts and listeners the
 * scenario added removed. A scenario that failed throws its context away instead, so nothing a
 * failure left behind can reach the next one. Pages a scenario opens beyond its first get fresh
 * contexts, as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { startMockApi } from './mock-api.mjs';
import { INIT_SCRIPT, deepText, scanDom } from './page-probes.mjs';
import { printTable } from './table.mjs';

export { printTable };

const require = createRequire(import.meta.url);
let axeSource = null;
function axeScript() {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Standard store configuration of the mock's seeded demo store. */
export const DEMO_STORE = { storeId: 'store_demo_nusantara', storefrontKey: 'sfpk_demo_nusantara_public' };

export class CheckFailed extends Error {}

/** Fails the scenario with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

/** Polls `predicate` (async allowed) until truthy or `timeoutMs`; returns its value or throws `message`. */
export async function until(predicate, message, timeoutMs = 8000, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await predicate();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? ` (${last.message.split('\n')[0]})` : '';
      throw new CheckFailed(`${message}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function oneLine(text, max = 220) {
  const line = String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * What a scenario gets. A fresh context (own storage, own cache), one page in it, and mock APIs
 * started on demand; everything is closed after the scenario, pass or fail.
 */
export class ScenarioContext {
  constructor(run, scenario) {
    this.run = run;
    this.scenario = scenario;
    this.app = run.app;
    this.browser = run.browser;
    this.steps = [];
    this.notes = [];
    this.a11y = [];
    this.pageErrors = [];
    this.consoleErrors = [];
    this.mocks = [];
    this.contexts = [];
    this.currentStep = 'start';
    /** Run axe after every `step` (journeys), reported in the accessibility table. */
    this.axeEverySteps = Boolean(scenario.options.axe);
  }

  /** Starts a mock API with its own port and state (the first one is also `this.mock`). */
  async startMock(options = {}) {
    const mock = await startMockApi({ imageBase: `${this.app.origin}/img`, ...options });
    this.mocks.push(mock);
    this.mock ??= mock;
    return mock;
  }

  /** A new isolated browser context with the page probes installed. */
  async newContext(options = {}) {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    await context.addInitScript(INIT_SCRIPT);
    this.contexts.push(context);
    return context;
  }

  /**
   * A page watched for uncaught errors and console errors: the scenario's first page comes from
   * the pool (unless context options are given), later ones get new contexts.
   */
  async newPage(contextOptions) {
    let page;
    let context;
    if (!contextOptions && !this.slot && !this.page && this.run.pooling) {
      this.slot = await this.run.acquireSlot();
      ({ page, context } = this.slot);
    } else {
      context = await this.newContext(contextOptions);
      page = await context.newPage();
    }
    page.setDefaultTimeout(this.scenario.options.actionTimeout ?? 8000);
    page.on('pageerror', (error) => this.pageErrors.push(oneLine(error.message)));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(oneLine(message.text()));
    });
    this.page ??= page;
    this.context ??= context;
    return page;
  }

  /**
   * URL of a test page with its template parameters. `api` defaults to the first mock's URL,
   * `store`/`key` to the demo store.
   */
  pageUrl(path, params = {}) {
    const search = new URLSearchParams({
      api: this.mock?.url ?? '',
      store: DEMO_STORE.storeId,
      key: DEMO_STORE.storefrontKey,
      ...params,
    });
    // An account sub-route keeps its `/` as the kit writes it (`?account=orders/12`): the kit reads
    // the parameter raw, so `%2F` would be one segment.
    const query = search.toString().replace(/(^|&)(account=)([^&]*)/, (_, lead, key, value) => `${lead}${key}${value.replace(/%2F/gi, '/')}`);
    return `${this.app.origin}/${path}?${query}`;
  }

  /** Opens a test page (in `page`, default the scenario's page). */
  async open(path, params = {}, page = this.page) {
    await page.goto(this.pageUrl(path, params), { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** A named step; with `axe` on, accessibility is checked once it is done. */
  async step(name, fn, { axe = this.axeEverySteps, page = this.page } = {}) {
    this.currentStep = name;
    const started = Date.now();
    await fn();
    this.steps.push({ name, ms: Date.now() - started });
    if (axe) await this.checkAxe(name, page);
  }

  /** Runs axe-core over the page (open shadow roots included) and records the result. */
  async checkAxe(stepName, page = this.page) {
    try {
      const violations = await this.axe(page);
      this.a11y.push({
        step: stepName,
        violations: violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ') ?? ''}`),
      });
    } catch (error) {
      this.a11y.push({ step: stepName, violations: [`axe could not run: ${oneLine(error.message, 120)}`] });
    }
  }

  async axe(page = this.page) {
    // Evaluated through the driver, so the page's CSP cannot refuse the script.
    const hasAxe = await page.evaluate('typeof window.axe === "object"');
    if (!hasAxe) await page.evaluate(axeScript());
    return page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
    });
  }

  /** What the probes saw: XSS hits, CSP violations, fetch credential modes. */
  probes(page = this.page) {
    return page.evaluate(() => window.__e2e);
  }

  scanDom(page = this.page) {
    return page.evaluate(scanDom);
  }

  deepText(page = this.page) {
    return page.evaluate(deepText);
  }

  note(text) {
    this.notes.push(oneLine(text, 160));
  }

  async dispose(passed) {
    if (this.slot) await this.run.releaseSlot(this.slot, passed);
    await Promise.allSettled(this.contexts.map((c) => c.close()));
    await Promise.allSettled(this.mocks.map((m) => m.close()));
  }
}

/**
 * Collects scenarios, runs them through a small pool, and prints one table per suite plus the
 * accessibility table. Returns the counts.
 */
export class E2ERun {
  constructor({ concurrency = 3, filter = null, pooling = true } = {}) {
    this.concurrency = concurrency;
    this.filter = filter;
    /** Recycle browser contexts between scenarios (`E2E_POOL=0` turns it off to compare). */
    this.pooling = pooling;
    this.idleSlots = [];
    this.slotsCreated = 0;
    this.slotsRecycled = 0;
    this.scenarios = [];
    this.results = [];
    this.extraTables = [];
  }

  /**
   * Registers a scenario. `options.axe` runs axe after each step; `options.timeout` (ms) bounds it;
   * `options.table` names extra columns a scenario fills through `t.row`.
   */
  scenario(suite, name, fn, options = {}) {
    this.scenarios.push({ suite, name, fn, options });
  }

  /** Adds a table printed with the others (e.g. the fault matrix grid). */
  table(title, headers, rowsFn) {
    this.extraTables.push({ title, headers, rowsFn });
  }

  async start() {
    // The built chunks do not change during a run: a recycled page keeps them (and their compiled
    // code) in its cache instead of fetching and compiling them again for every scenario.
    this.app = await startStaticServer({ cacheDist: true });
    this.browser = await launchBrowser();
  }

  async stop() {
    await Promise.allSettled(this.idleSlots.map((slot) => slot.context.close()));
    await this.browser?.close().catch(() => {});
    await this.app?.close();
  }

  /** A context with one page, from the pool or new. */
  async acquireSlot() {
    const idle = this.idleSlots.pop();
    if (idle) {
      this.slotsRecycled++;
      return idle;
    }
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    const slot = { context, page, cdp: null, baseline: new Map(), disposables: [] };
    for (const name of page.eventNames()) slot.baseline.set(name, new Set(page.listeners(name)));
    // Init scripts a scenario adds (e.g. a seeded cart token) are undone when it ends.
    const addInitScript = page.addInitScript.bind(page);
    page.addInitScript = async (...args) => {
      const disposable = await addInitScript(...args);
      slot.disposables.push(disposable);
      return disposable;
    };
    this.slotsCreated++;
    return slot;
  }

  /**
   * Empties a page for the next scenario: blank document, no storage or cookies on the pages'
   * origin, no init script, request route or listener the scenario added. A failed scenario's
   * context is closed.
   */
  async releaseSlot(slot, passed) {
    try {
      if (!passed || slot.page.isClosed()) throw new Error('not reused');
      await Promise.all(slot.disposables.splice(0).map((d) => d.dispose()));
      await slot.page.unrouteAll({ behavior: 'wait' });
      await slot.context.unrouteAll({ behavior: 'wait' });
      for (const name of slot.page.eventNames()) {
        const keep = slot.baseline.get(name) ?? new Set();
        for (const listener of slot.page.listeners(name)) if (!keep.has(listener)) slot.page.removeListener(name, listener);
      }
      await slot.page.goto('about:blank');
      slot.cdp ??= await slot.context.newCDPSession(slot.page);
      await slot.cdp.send('Storage.clearDataForOrigin', { origin: this.app.origin, storageTypes: 'all' });
      await slot.context.clearCookies();
      slot.page.setDefaultTimeout(30000);
      this.idleSlots.push(slot);
    } catch {
      await slot.context.close().catch(() => {});
    }
  }

  async runOne(scenario) {
    const t = new ScenarioContext(this, scenario);
    const started = Date.now();
    const timeout = scenario.options.timeout ?? 60000;
    let error = null;
    let timer;
    try {
      await Promise.race([
        scenario.fn(t),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new CheckFailed(`timed out after ${timeout / 1000} s`)), timeout);
        }),
      ]);
      if (!scenario.options.allowPageErrors && t.pageErrors.length) {
        throw new CheckFailed(`uncaught error in page: ${t.pageErrors[0]}`);
      }
    } catch (caught) {
      error = caught;
    } finally {
      clearTimeout(timer);
    }
    const disposing = Date.now();
    await t.dispose(!error);
    t.disposeMs = Date.now() - disposing;
    const ms = Date.now() - started;
    const detail = error
      ? `[${t.currentStep}] ${oneLine(error instanceof CheckFailed ? error.message : `${error.name}: ${error.message}`)}`
      : t.notes.join('; ');
    const result = { suite: scenario.suite, name: scenario.name, passed: !error, ms, detail, steps: t.steps, a11y: t.a11y, t };
    const a11yFailed = t.a11y.filter((a) => a.violations.length);
    if (process.env.E2E_VERBOSE) {
      const stepMs = t.steps.reduce((sum, st) => sum + st.ms, 0);
      process.stdout.write(
        `        steps: ${t.steps.map((st) => `${st.name} ${(st.ms / 1000).toFixed(1)}s`).join(' · ')} | outside steps ${((ms - stepMs - t.disposeMs) / 1000).toFixed(1)}s, cleanup ${(t.disposeMs / 1000).toFixed(1)}s\n`,
      );
    }
    process.stdout.write(
      `${result.passed ? '  ok  ' : '  FAIL'} ${scenario.suite} › ${scenario.name} (${(ms / 1000).toFixed(1)} s)${result.passed ? '' : ` — ${detail}`}${a11yFailed.length ? ` — axe: ${a11yFailed.length} step(s) with violations` : ''}\n`,
    );
    return result;
  }

  async runAll() {
    const selected = this.scenarios.filter((s) => !this.filter || this.filter(s));
    const queue = [...selected];
    const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
      while (queue.length) {
        const next = queue.shift();
        this.results.push(await this.runOne(next));
      }
    });
    await Promise.all(workers);
    // Report in registration order, whatever order they finished in.
    const order = new Map(selected.map((s, i) => [s, i]));
    this.results.sort(
      (a, b) =>
        order.get(selected.find((s) => s.suite === a.suite && s.name === a.name)) -
        order.get(selected.find((s) => s.suite === b.suite && s.name === b.name)),
    );
    return this.results;
  }

  /** Prints every table; returns `{ passed, failed }` counted over scenarios and axe steps. */
  report() {
    let passed = 0;
    let failed = 0;
    const suites = [...new Set(this.results.map((r) => r.suite))];
    for (const suite of suites) {
      const rows = this.results
        .filter((r) => r.suite === suite)
        .map((r, i) => [i + 1, r.name, r.passed ? 'PASS' : 'FAIL', `${(r.ms / 1000).toFixed(1)} s`, r.detail]);
      printTable(`── ${suite} ──`, ['#', 'scenario', 'result', 'time', 'detail'], rows);
    }
    for (const r of this.results) r.passed ? passed++ : failed++;

    for (const extra of this.extraTables) {
      const rows = extra.rowsFn(this.results);
      if (rows.length) printTable(extra.title, extra.headers, rows);
    }

    // Where the time went: per suite, the scenarios' own time and the slowest one.
    const timing = suites.map((suite) => {
      const mine = this.results.filter((r) => r.suite === suite);
      const total = mine.reduce((sum, r) => sum + r.ms, 0);
      const slowest = mine.reduce((a, b) => (b.ms > a.ms ? b : a), mine[0]);
      return [suite, mine.length, `${(total / 1000).toFixed(1)} s`, `${(total / mine.length / 1000).toFixed(1)} s`, `${(slowest.ms / 1000).toFixed(1)} s ${oneLine(slowest.name, 70)}`];
    });
    printTable(
      `── time per suite (scenario time, ${this.concurrency} at a time; browser contexts: ${this.slotsCreated} created, ${this.slotsRecycled} reused) ──`,
      ['suite', 'scenarios', 'total', 'mean', 'slowest'],
      timing,
    );

    const a11yRows = [];
    for (const r of this.results) {
      for (const a of r.a11y) {
        a11yRows.push([`${r.name} › ${a.step}`, a.violations.length ? 'FAIL' : 'PASS', a.violations.join('; ') || '0 violations']);
        a.violations.length ? failed++ : passed++;
      }
    }
    if (a11yRows.length) {
      printTable('── accessibility: axe after every journey step ──', ['journey › step', 'result', 'violations'], a11yRows.map((r) => [r[0], r[1], oneLine(r[2], 200)]));
    }
    return { passed, failed };
  }
}
