/**
 * Hostile pages: what real merchant sites do to an embed. A strict CSP, global CSS from real
 * frameworks (installed from npm), the script pasted twice (and once more, late), elements' code
 * that cannot load at first, two stores on one page, and twenty buy boxes at once.
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import { measureWidgets } from '../lib/page-probes.mjs';
import {
  apiIdle,
  apiQuiet,
  apiRequests,
  cartBadge,
  cartLineNames,
  chooseFirstOptions,
  clickAdd,
  duplicateReads,
  openCartDrawer,
  part,
  waitForBadge,
  waitForCards,
} from '../lib/kit.mjs';
import { packageDir } from '../lib/static-server.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const FRAMEWORKS = [
  { name: 'Bootstrap 5', page: 'css-bootstrap.html', pkg: 'bootstrap', file: 'dist/css/bootstrap.min.css' },
  { name: 'Tailwind preflight', page: 'css-tailwind.html', pkg: 'tailwindcss', file: 'preflight.css' },
  { name: 'WordPress block library', page: 'css-wordpress.html', pkg: '@wordpress/block-library', file: 'build-style/style.css' },
];

/** Lets a page settle: no request in flight for a moment, fonts ready, two frames painted. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 8000 }).catch(() => {});
  await page.evaluate(async () => {
    await document.fonts?.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function cspViolations(t, page) {
  const probes = await t.probes(page);
  const fromConsole = t.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m));
  return [...probes.csp.map((v) => `${v.directive} blocked ${v.blocked || v.sample || '(inline)'}${v.source ? ` at ${v.source.split('/').pop()}:${v.line}` : ''}`), ...fromConsole];
}

/** Puts one product in the page's cart through its first `<scalev-product>`. */
async function addFromProduct(page, scope = 'scalev-product') {
  await page.locator(`${scope} ${part('add-button')}`).first().waitFor({ timeout: 10000 });
  await chooseFirstOptions(page, scope);
  await clickAdd(page, scope);
}

export function register(run) {
  const scenario = (name, fn, options) => run.scenario('hostile', name, fn, { timeout: 60000, ...options });

  scenario('strict CSP (default-src/script-src/style-src self, connect-src API): zero violations', async (t) => {
    await t.startMock();
    const page = await t.newPage();
    let response;
    await t.step('load the CSP page', async () => {
      response = await page.goto(t.pageUrl('e2e/csp-strict.html'), { waitUntil: 'domcontentloaded' });
      const policy = response.headers()['content-security-policy'] ?? '';
      check(/script-src 'self'/.test(policy) && policy.includes(`connect-src ${t.mock.url}`), `page was not served with the strict policy (got "${policy}")`);
    });
    await t.step('catalogue, buy box and login render', async () => {
      await waitForCards(page, 1);
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await page.locator('header scalev-login input[name=email]').waitFor();
    });
    await t.step('add to cart from the buy box', async () => {
      await addFromProduct(page);
      await waitForBadge(page, 1);
    });
    await t.step('open the catalogue detail dialog and the cart drawer', async () => {
      await page.locator(`scalev-catalog ${part('card-choose-button')}, scalev-catalog ${part('card-add-button')}`).first().waitFor();
      const choose = page.locator(`scalev-catalog ${part('card-choose-button')}`).first();
      if (await choose.count()) {
        await choose.click();
        await page.locator(`scalev-catalog ${part('dialog')}`).waitFor({ state: 'visible' });
        await page.locator(`scalev-catalog ${part('dialog-close')}`).click();
      }
      await openCartDrawer(page);
      check((await cartLineNames(page)).length === 1, 'cart drawer should list the added line');
    });
    await t.step('no violation was reported', async () => {
      await settle(page);
      const violations = await cspViolations(t, page);
      check(violations.length === 0, `${violations.length} CSP violation(s): ${violations.slice(0, 4).join(' | ')}`);
      const notDefined = await page.evaluate(() =>
        ['scalev-catalog', 'scalev-product', 'scalev-cart', 'scalev-login', 'scalev-account'].filter((tag) => !customElements.get(tag)),
      );
      t.note(`0 violations${notDefined.length ? `; not on this build: ${notDefined.join(', ')}` : ''}`);
    });
  });

  for (const fw of FRAMEWORKS) {
    scenario(`global CSS of ${fw.name} (npm ${fw.pkg}) leaves every widget's layout intact`, async (t) => {
      const cssFile = join(packageDir(fw.pkg), fw.file);
      check(existsSync(cssFile), `${fw.pkg} is not installed (node_modules/${fw.pkg}/${fw.file} missing)`);
      await t.startMock();
      const prepare = async (path, fontFrom) => {
        const page = await t.newPage();
        await page.goto(t.pageUrl(`e2e/${path}`), { waitUntil: 'domcontentloaded' });
        if (fontFrom) {
          // The widgets inherit the host's font on purpose; give the plain page the same one so
          // only the framework's other rules can make a difference.
          await page.addStyleTag({ content: `body { font-family: ${fontFrom.family}; font-size: ${fontFrom.size}; }` });
        }
        await waitForCards(page, 8);
        await addFromProduct(page);
        await until(async () => (await page.locator(`[data-widget=cart] ${part('line')}`).count()) === 1, 'inline cart should show the added line');
        await settle(page);
        // Debounced re-quotes (checkout totals) land after the network looks idle: wait until the
        // layout holds still for a moment.
        let previous = '';
        for (let i = 0; i < 10; i++) {
          const now = JSON.stringify(await page.evaluate(measureWidgets));
          if (now === previous) break;
          previous = now;
          await apiQuiet(page, 250);
        }
        return page;
      };
      let framework;
      let font;
      await t.step(`render the widgets under ${fw.name}`, async () => {
        framework = await prepare(fw.page);
        font = await framework.evaluate(() => ({ family: getComputedStyle(document.body).fontFamily, size: getComputedStyle(document.body).fontSize }));
        const sheets = await framework.evaluate(() => [...document.styleSheets].filter((s) => s.href?.includes('/node_modules/')).map((s) => s.cssRules.length));
        check(sheets.length > 0 && sheets.every((n) => n > 0), `${fw.name} stylesheet did not load`);
      });
      let baseline;
      await t.step('render the same widgets on a plain page', async () => {
        baseline = await prepare('css-baseline.html', font);
      });
      await t.step('compare every part', async () => {
        const a = await baseline.evaluate(measureWidgets);
        const b = await framework.evaluate(measureWidgets);
        const problems = [];
        let compared = 0;
        for (const [widget, base] of Object.entries(a)) {
          const other = b[widget];
          if (!base.defined) {
            problems.push(`<${base.tag}> is not defined on this build`);
            continue;
          }
          if (Math.abs(base.width - other.width) > 2) problems.push(`${widget}: host width ${base.width.toFixed(0)} → ${other.width.toFixed(0)}`);
          if (other.overflowX > 1) problems.push(`${widget}: content overflows its box by ${other.overflowX}px`);
          const byKey = new Map(other.parts.map((p) => [p.key, p]));
          for (const p of base.parts) {
            const q = byKey.get(p.key);
            if (!q) {
              problems.push(`${widget}: part ${p.key} missing`);
              continue;
            }
            compared++;
            const tol = (v) => Math.max(3, Math.abs(v) * 0.03);
            const diffs = [];
            if (Math.abs(p.w - q.w) > tol(p.w)) diffs.push(`width ${p.w.toFixed(0)}→${q.w.toFixed(0)}`);
            if (Math.abs(p.h - q.h) > tol(p.h)) diffs.push(`height ${p.h.toFixed(0)}→${q.h.toFixed(0)}`);
            if (Math.abs(p.x - q.x) > tol(base.width)) diffs.push(`x ${p.x.toFixed(0)}→${q.x.toFixed(0)}`);
            if (Math.abs(p.y - q.y) > tol(base.height)) diffs.push(`y ${p.y.toFixed(0)}→${q.y.toFixed(0)}`);
            for (const prop of ['display', 'boxSizing', 'visibility', 'position', 'fontSize', 'lineHeight']) {
              if (p[prop] !== q[prop]) diffs.push(`${prop} ${p[prop]}→${q[prop]}`);
            }
            if (diffs.length) problems.push(`${widget} ${p.key}: ${diffs.join(', ')}`);
          }
        }
        check(problems.length === 0, `${problems.length} difference(s): ${problems.slice(0, 5).join(' | ')}`);
        t.note(`${compared} parts in ${Object.keys(a).length} widgets identical within 3px/3%`);
      });
    });
  }

  scenario('script loaded twice (and a third time late): no error, one registry, one request per fact', async (t) => {
    await t.startMock();
    const page = await t.newPage();
    await t.step('load the page with the embed pasted twice', async () => {
      await t.open('e2e/double-load.html', {}, page);
      await page.waitForLoadState('load');
      await waitForCards(page, 1);
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
    });
    await t.step('the late third copy loads without effect', async () => {
      await until(
        () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('scalev.js?block=late'))),
        'the late copy of the script should have been fetched',
      );
      await settle(page);
    });
    await t.step('add to cart works once', async () => {
      await addFromProduct(page);
      await waitForBadge(page, 1);
      await openCartDrawer(page);
      check((await cartLineNames(page)).length === 1, 'one line expected in the cart');
    });
    await t.step('no error, no duplicate request', async () => {
      check(t.pageErrors.length === 0, `uncaught error: ${t.pageErrors[0]}`);
      const kitErrors = t.consoleErrors.filter((m) => /scalev|already been (used|defined)|NotSupportedError/i.test(m));
      check(kitErrors.length === 0, `console errors: ${kitErrors.slice(0, 3).join(' | ')}`);
      const items = await apiRequests(t.mock, '/public/items', 'GET');
      const dupes = duplicateReads(await t.mock.requests());
      check(dupes.length === 0, `duplicate requests: ${dupes.join(', ')}`);
      t.note(`${(await t.mock.requests()).length} API requests, /public/items × ${items.length}`);
    });
  });

  scenario("elements' code unreachable at first (offline blip, site redeployed): each element comes on the next try, no reload", async (t) => {
    await t.startMock();
    const page = await t.newPage();
    const refused = new Set();
    await page.route(/\/dist\/chunks\/define-[^/]+\.js$/, (route) => {
      const url = route.request().url();
      if (refused.has(url)) return route.continue();
      refused.add(url);
      return route.abort('internetdisconnected');
    });
    await t.step("the page opens while every element's code fails to load", async () => {
      await t.open('e2e/product.html', { slug: 'kopi-arabika-gayo' }, page);
      await until(() => refused.size >= 2, 'the product and cart code should have been asked for', 10000);
      const defined = await page.evaluate(() => ['scalev-product', 'scalev-cart'].filter((tag) => customElements.get(tag)));
      check(defined.length === 0, `nothing should be defined yet, found ${defined.join(', ')}`);
    });
    await t.step('both elements come by themselves and work', async () => {
      await addFromProduct(page);
      await waitForBadge(page, 1);
      t.note(`${refused.size} element chunk(s) refused once, then loaded`);
    });
  });

  scenario('every chunk refused once: each widget says the connection failed, its retry brings it back, the add completes', async (t) => {
    await t.startMock();
    const page = await t.newPage();
    const refused = new Set();
    await page.route(/\/dist\/chunks\/[^/]+\.js$/, (route) => {
      const url = route.request().url();
      if (refused.has(url)) return route.continue();
      refused.add(url);
      return route.abort('internetdisconnected');
    });
    const offline = 'Tidak dapat terhubung ke toko. Periksa koneksi internet Anda lalu coba lagi.';
    await t.step('both widgets say the connection failed and offer a retry', async () => {
      await t.open('e2e/product.html', { slug: 'kopi-arabika-gayo' }, page);
      for (const tag of ['scalev-product', 'scalev-cart']) {
        const alert = page.locator(`${tag} [role=alert]`);
        await alert.waitFor({ timeout: 15000 });
        const words = (await alert.innerText()).trim();
        check(words.startsWith(offline), `${tag} should say the connection failed, said "${words}"`);
      }
    });
    await t.step('their retry buttons bring them back and the add completes', async () => {
      await page.locator(`scalev-product ${part('retry-button')}`).click();
      await page.locator(`scalev-cart ${part('retry-button')}`).click();
      await addFromProduct(page);
      await waitForBadge(page, 1);
      await openCartDrawer(page);
      const lines = await cartLineNames(page);
      check(lines.length === 1, `one line expected in the cart, found ${lines.length}`);
      t.note(`${refused.size} chunk(s) refused once`);
    });
  });

  scenario('two <scalev-store>s for two stores: separate carts, tokens and sessions', async (t) => {
    const a = await t.startMock({ storeId: 'store_toko_a', storefrontKey: 'sfpk_toko_a' });
    const b = await t.startMock({ storeId: 'store_toko_b', storefrontKey: 'sfpk_toko_b' });
    const page = await t.newPage();
    const sent = [];
    page.on('request', (request) => {
      const headers = request.headers();
      sent.push({ url: request.url(), guest: headers['x-scalev-guest-token'] ?? null, auth: headers['authorization'] ?? null, key: headers['x-scalev-storefront-api-key'] ?? null });
    });
    const A = '#store-a';
    const B = '#store-b';
    await t.step('load both stores', async () => {
      await t.open('e2e/two-stores.html', { api: a.url, store: a.storeId, key: a.storefrontKey, api2: b.url, store2: b.storeId, key2: b.storefrontKey }, page);
      await page.locator(`${A} scalev-product ${part('add-button')}`).waitFor();
      await page.locator(`${B} scalev-product ${part('add-button')}`).waitFor();
    });
    await t.step('add in store A: only cart A changes', async () => {
      await addFromProduct(page, `${A} scalev-product`);
      await until(async () => (await page.locator(`${A} scalev-cart ${part('line')}`).count()) === 1, 'cart A should have one line');
      // Whatever the add set off (cart reloads, broadcasts) has run its course.
      await apiIdle(page);
      check((await page.locator(`${B} scalev-cart ${part('line')}`).count()) === 0, 'cart B must stay empty');
    });
    await t.step('add in store B: cart B gets its own line', async () => {
      await addFromProduct(page, `${B} scalev-product`);
      await until(async () => (await page.locator(`${B} scalev-cart ${part('line')}`).count()) === 1, 'cart B should have one line');
      check((await page.locator(`${A} scalev-cart ${part('line')}`).count()) === 1, 'cart A must still have exactly one line');
      const nameA = (await cartLineNames(page, `${A} scalev-cart`))[0] ?? '';
      const nameB = (await cartLineNames(page, `${B} scalev-cart`))[0] ?? '';
      check(/Arabika Gayo/i.test(nameA) && /Toraja/i.test(nameB), `carts show the wrong products: A "${nameA}", B "${nameB}"`);
    });
    await t.step('sign in to store A only', async () => {
      const login = page.locator(`${A} scalev-login`);
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await login.getByText(/Budi/i).count()) > 0, 'store A login should show the signed-in customer');
      await apiIdle(page);
      check((await page.locator(`${B} scalev-login`).getByText(/Budi/i).count()) === 0, 'store B must stay signed out');
      check((await page.locator(`${B} scalev-login input[name=email]`).count()) === 1, 'store B should still offer its sign-in form');
    });
    await t.step('tokens stay with their own store and origin', async () => {
      const tokensA = new Set((await a.mock.db.guestCarts.keys()));
      const tokensB = new Set((await b.mock.db.guestCarts.keys()));
      check(tokensA.size === 1 && tokensB.size === 1, `expected one guest cart per store (A ${tokensA.size}, B ${tokensB.size})`);
      const [tokenA] = tokensA;
      const [tokenB] = tokensB;
      check(tokenA !== tokenB, 'both stores got the same guest token');
      const leaks = [];
      for (const r of sent) {
        const origin = new URL(r.url).origin;
        if (r.guest === tokenA && origin !== a.origin) leaks.push(`A's guest token sent to ${r.url}`);
        if (r.guest === tokenB && origin !== b.origin) leaks.push(`B's guest token sent to ${r.url}`);
        if (r.auth && origin !== a.origin) leaks.push(`a bearer token sent to ${r.url}`);
        if (r.key === a.storefrontKey && origin !== a.origin) leaks.push(`A's key sent to ${r.url}`);
        if (r.key === b.storefrontKey && origin !== b.origin) leaks.push(`B's key sent to ${r.url}`);
        if (origin === a.origin && r.url.includes('/v3/stores/') && !r.url.includes(`/stores/${a.storeId}/`)) leaks.push(`A's API asked for another store: ${r.url}`);
      }
      check(leaks.length === 0, leaks.slice(0, 3).join(' | '));
      const storage = await page.evaluate(() => Object.keys(localStorage));
      const foreign = storage.filter((k) => /guest|token|session/i.test(k) && !k.includes('store_toko_a') && !k.includes('store_toko_b'));
      check(foreign.length === 0, `token keys not namespaced by store: ${foreign.join(', ')}`);
      const customerB = (await b.requests()).filter((r) => r.headers.authorization);
      check(customerB.length === 0, `store B received ${customerB.length} request(s) with a bearer token`);
      t.note(`guest tokens differ; ${storage.length} storage keys, all namespaced per store`);
    });
  });

  scenario('20 <scalev-product> widgets on one page: no duplicate request', async (t) => {
    await t.startMock();
    const page = await t.newPage();
    await t.step('load 20 buy boxes over 10 products', async () => {
      await t.open('e2e/many-products.html', {}, page);
      await until(async () => (await page.locator(`scalev-product ${part('add-button')}`).count()) === 20, 'all 20 buy boxes should render', 15000);
      await settle(page);
    });
    await t.step('every fact was asked for once', async () => {
      const requests = await t.mock.requests();
      const dupes = duplicateReads(requests);
      const products = requests.filter((r) => r.path.includes('/public/products/'));
      check(products.length === 10, `expected 10 product requests for 10 distinct slugs, got ${products.length}`);
      check(dupes.length === 0, `duplicate requests: ${dupes.slice(0, 6).join(', ')}`);
      const cart = requests.filter((r) => r.path.includes('/public/cart'));
      check(cart.length === 0, `no cart request expected without a guest token (got ${cart.length})`);
      t.note(`${requests.length} API requests for 20 widgets: ${summarize(requests)}`);
    });
    await t.step('adding from two widgets of the same product shares one cart', async () => {
      const first = page.locator('scalev-product').nth(0);
      const twin = page.locator('scalev-product').nth(10);
      for (const box of [first, twin]) {
        const groups = box.locator(part('option-group'));
        for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input[type=radio]:not([disabled])').first().check();
        await box.locator(part('add-button')).click();
      }
      await waitForBadge(page, 2);
      check((await cartBadge(page)) === 2, 'cart badge should count both adds');
    });
  });
}

function summarize(requests) {
  const groups = new Map();
  for (const r of requests) {
    const key = `${r.method} ${r.path.replace(/^\/v3\/stores\/[^/]+/, '').replace(/\/(products|variants)\/[^/]+/, '/$1/{id}')}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([k, n]) => `${k} ×${n}`).join(', ');
}

export { CheckFailed };
