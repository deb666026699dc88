/**
 * Security: the XSS corpus (`test/e2e/xss-payloads.js`, 127 payloads) placed in every merchant- or
 * buyer-supplied text the kit renders — product names, descriptions, rich descriptions, option
 * names and values, bundle and bundle-line names, category names, courier names and delivery
 * estimates, payment-method labels and descriptions, order lines, subscription and variant names,
 * addresses, course content, buyer's checkout input, API error messages (4xx, 429 text, 422 field
 * errors) — executes nothing and leaves no
 * handler, script, frame or `javascript:` URL in the page; the built bundle has no `eval`, no
 * `new Function`, no `credentials: 'include'`; and no fetch leaves with credentials. Pages here
 * have NO CSP, so it is the kit, not a policy, that keeps the payloads inert.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XSS_PAYLOADS } from '../xss-payloads.js';
import { check, until } from '../lib/harness.mjs';
import { BUYER } from './journeys.mjs';
import { cartLineNames, fetchesSettled, fillCheckout, openCartDrawer, part, seedCustomer, seedGuestCart, waitForBadge, waitForCards } from '../lib/kit.mjs';

const PER_PRODUCT = 6;

/** Seeds one product per six payloads: name, description, rich description, option name, two option values. */
function seedHostileCatalog(mock) {
  const slugs = [];
  for (let i = 0, n = 0; i < XSS_PAYLOADS.length; i += PER_PRODUCT, n++) {
    const p = (k) => XSS_PAYLOADS[(i + k) % XSS_PAYLOADS.length];
    const slug = `xss-produk-${n}`;
    mock.mock.db.addProduct({
      slug,
      name: p(0),
      description: p(1),
      rich_description: p(2),
      is_multiple: true,
      option1_name: p(3),
      variants: [
        { option1_value: p(4), price: 15000 + n, available_qty: 50 },
        { option1_value: p(5), price: 16000 + n, available_qty: 50 },
      ],
    });
    slugs.push(slug);
  }
  return slugs;
}

/**
 * Lets whatever an injected element would do happen before judging: every image, media and
 * frame inside the page and its shadow roots finished loading (or failing: `onerror` fires then),
 * and two frames passed (autofocus, animation starts).
 */
async function settleInjections(page) {
  await page
    .waitForFunction(
      () => {
        const pending = [];
        const visit = (root) => {
          for (const el of root.querySelectorAll('img, video, audio, iframe, object, embed')) {
            // A lazy image out of view does not load at all (nor fail): only eager ones are waited for.
            if (el.localName === 'img' && !el.complete && el.loading !== 'lazy') pending.push(el);
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
        };
        visit(document);
        return pending.length === 0;
      },
      null,
      { timeout: 5000, polling: 50 },
    )
    .catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

async function assertInert(t, page, where) {
  await settleInjections(page);
  const probes = await t.probes(page);
  check(probes.xss.length === 0, `${where}: ${probes.xss.length} payload(s) executed: ${[...new Set(probes.xss)].slice(0, 8).join(', ')}`);
  const findings = (await t.scanDom(page)).filter((f) => !f.startsWith('document <script') && !/^document <(link|iframe)/.test(f));
  check(findings.length === 0, `${where}: dangerous markup in the widgets: ${findings.slice(0, 4).join(' | ')}`);
  const credentialed = probes.fetches.filter((f) => f.credentials === 'include');
  check(credentialed.length === 0, `${where}: ${credentialed.length} request(s) sent with credentials: 'include'`);
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if (name.endsWith('.js')) out.push(full);
  }
  return out;
}

export function register(run) {
  const scenario = (name, fn, options) => run.scenario('security', name, fn, { timeout: 90000, ...options });

  scenario(`XSS corpus (${XSS_PAYLOADS.length} payloads) in product names, descriptions, rich text, option names and values: catalogue, buy boxes, cart`, async (t) => {
    check(XSS_PAYLOADS.length >= 100, `the corpus has ${XSS_PAYLOADS.length} payloads, at least 100 expected`);
    const mock = await t.startMock();
    const slugs = seedHostileCatalog(mock);
    const page = await t.newPage();
    await t.step('catalogue lists the hostile products', async () => {
      await t.open('e2e/shop.html');
      await waitForCards(page, 20);
      // Load every page of the listing so each hostile card renders.
      for (let i = 0; i < 5; i++) {
        const more = page.locator(`scalev-catalog ${part('load-more')}`).filter({ visible: true });
        if (!(await more.count())) break;
        const shown = await page.locator(`scalev-catalog ${part('card')}`).count();
        await more.click();
        await until(async () => (await page.locator(`scalev-catalog ${part('card')}`).count()) > shown, 'load more should add cards');
      }
      await assertInert(t, page, 'catalogue');
    });
    await t.step('a buy box for each hostile product (rich descriptions, options)', async () => {
      await page.evaluate((list) => {
        const main = document.querySelector('main');
        for (const slug of list) {
          const box = document.createElement('scalev-product');
          box.setAttribute('slug', slug);
          main.append(box);
        }
      }, slugs);
      await until(async () => (await page.locator(`main > scalev-product ${part('add-button')}`).count()) === slugs.length, 'every hostile buy box should render', 15000);
      await assertInert(t, page, 'buy boxes');
    });
    await t.step('add each to the cart; the cart shows their names and option values', async () => {
      const boxes = page.locator('main > scalev-product');
      for (let i = 0; i < slugs.length; i++) {
        const box = boxes.nth(i);
        await box.locator(`${part('option-group')} input[type=radio]`).first().check();
        await box.locator(part('add-button')).click();
        await waitForBadge(page, i + 1);
      }
      await openCartDrawer(page);
      check((await cartLineNames(page)).length === slugs.length, 'every hostile line should be in the cart');
      await assertInert(t, page, 'cart');
    });
    t.note(`${slugs.length} hostile products × ${PER_PRODUCT} fields = ${XSS_PAYLOADS.length} payloads rendered, 0 executed`);
  });

  scenario('XSS corpus in the buyer\'s own checkout input, shown back on the order status', async (t) => {
    const mock = await t.startMock();
    const page = await t.newPage();
    const picks = XSS_PAYLOADS.filter((_, i) => i % 9 === 0);
    await t.step('add an item from a buy box', async () => {
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan' });
      await page.locator(`scalev-product ${part('add-button')}`).click();
      await waitForBadge(page, 1);
      // The badge moves before the API answers; leaving the page earlier would cancel the add and its new guest token.
      await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(':guest-token')), null, { timeout: 10000 });
    });
    await t.step('checkout with payloads as name, address and notes', async () => {
      await t.open('e2e/mp-checkout.html');
      await page.locator(`scalev-checkout ${part('form')}`).waitFor();
      const notes = page.locator('scalev-checkout [name=notes]');
      if (await notes.count()) await notes.fill(picks.slice(2).join(' '));
      const place = await fillCheckout(page, 'scalev-checkout', {
        guest: {
          customer_name: picks[0].slice(0, 190),
          customer_email: 'xss@example.com',
          customer_phone: '081234567890',
          shipping_address: `Jl. Mawar 1 ${picks[1]}`,
        },
        payment: 'bank_transfer',
      });
      await assertInert(t, page, 'checkout form');
      await Promise.all([page.waitForURL(/mp-order\.html/, { timeout: 15000 }), place.click()]);
      await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 10000 });
      await assertInert(t, page, 'order status');
    });
    t.note(`${picks.length} payloads typed by the buyer`);
  });

  scenario('XSS corpus in API error messages (JSON 4xx bodies and a plain-text 429)', async (t) => {
    const mock = await t.startMock();
    const page = await t.newPage();
    let used = 0;
    const payload = () => XSS_PAYLOADS[used++ % XSS_PAYLOADS.length];
    await t.step('product load answered 400 with a hostile error', async () => {
      await mock.addFault({ method: 'GET', path: '/public/products/*', status: 400, body: { error: payload(), message: payload() }, times: 1e9 });
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan' });
      await page.locator('scalev-product [role=alert]').first().waitFor();
      await assertInert(t, page, 'product error');
      await mock.clearFaults();
    });
    await t.step('add to cart answered 400 and 429 with hostile bodies', async () => {
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan' });
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await mock.addFault({ method: 'POST', path: '/public/cart/items', status: 400, body: { error: payload(), errors: { quantity: [payload()] } } });
      await page.locator(`scalev-product ${part('add-button')}`).click();
      await page.locator('scalev-product [role=alert]').first().waitFor();
      await mock.addFault({ method: 'POST', path: '/public/cart/items', status: 429, body: payload(), contentType: 'text/plain' });
      await page.locator(`scalev-product ${part('add-button')}`).click();
      await until(async () => (await mock.requests()).filter((r) => r.fault && r.path.endsWith('/public/cart/items')).length >= 2, 'the second add should reach the API');
      await fetchesSettled(page, /\/public\/cart\/items/, 'POST');
      await assertInert(t, page, 'cart errors');
    });
    await t.step('sign-in answered 400 with a hostile message', async () => {
      await t.open('e2e/account.html');
      await mock.addFault({ method: 'POST', path: '/public/auth/login', status: 400, body: { error: payload(), message: payload(), errors: { email: [payload()] } } });
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await mock.requests()).some((r) => r.fault && r.path.endsWith('/auth/login')), 'the sign-in should reach the API');
      await fetchesSettled(page, /\/auth\/login/, 'POST');
      await assertInert(t, page, 'login error');
    });
    t.note(`${used} payloads as error texts`);
  });

  scenario('XSS corpus in the customer\'s account: name, saved addresses, course sections and content', async (t) => {
    const mock = await t.startMock();
    const db = mock.mock.db;
    const pick = (i) => XSS_PAYLOADS[i % XSS_PAYLOADS.length];
    let used = 0;
    const customer = [...db.customers.values()].find((c) => c.email === 'budi@example.com');
    customer.name = `Budi ${pick(used++)}`;
    for (const address of db.addresses.values()) {
      if (address.customerId !== customer.id) continue;
      address.name = pick(used++);
      address.address = `Jl. Kenanga 3 ${pick(used++)}`;
      address.notes = pick(used++);
    }
    for (const course of db.courses) {
      for (const section of course.sections) {
        section.title = pick(used++);
        for (const content of section.contents) {
          content.title = pick(used++);
          content.text = `<p>Materi</p>${pick(used++)}${pick(used++)}`;
        }
      }
    }
    const page = await t.newPage();
    const account = page.locator('scalev-account');
    await t.step('sign in: the greeting shows the hostile name', async () => {
      await t.open('e2e/account.html');
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await login.getByText(/Budi/).count()) > 0, 'the customer should be signed in');
      await assertInert(t, page, 'greeting');
    });
    await t.step('profile and saved addresses', async () => {
      await t.open('e2e/account.html', { account: 'profile' });
      await until(async () => (await account.getByText('budi@example.com').count()) > 0, 'the profile should show');
      await assertInert(t, page, 'profile');
      await t.open('e2e/account.html', { account: 'addresses' });
      await account.locator(part('card')).first().waitFor({ timeout: 10000 });
      await assertInert(t, page, 'addresses');
    });
    await t.step('a course: sections and a content page', async () => {
      await t.open('e2e/account.html', { account: 'courses' });
      const open = account.locator(`${part('card')} ${part('button')}`).first();
      await open.waitFor({ timeout: 10000 });
      await open.click();
      const content = account.locator('.content-link, a[href*="content"]').first();
      await content.waitFor({ timeout: 10000 });
      await assertInert(t, page, 'course sections');
      await content.click();
      await account.locator(part('course-content')).first().waitFor({ timeout: 10000 });
      await assertInert(t, page, 'course content');
    });
    t.note(`${used} payloads in account data`);
  });

  scenario('tokens: kept per store, sent only to their API origin, never with credentials', async (t) => {
    const mock = await t.startMock();
    // The API on the shop's own site, another port of the same host (as api.example.com is to
    // example.com): a cookie of the site then travels with any credentialed request, so "no cookie
    // reached the API" can fail. A cross-site API would not get it even with credentials: 'include'.
    const apiUrl = mock.url.replace('://127.0.0.1:', '://localhost:');
    const apiOrigin = new URL(apiUrl).origin;
    const storePath = `/v3/stores/${mock.storeId}/`;
    const page = await t.newPage();
    await page.context().addCookies([{ name: 'shop_session', value: 'site-cookie', domain: 'localhost', path: '/', sameSite: 'Lax' }]);
    const sent = [];
    page.on('request', (request) => {
      const headers = request.headers();
      sent.push({ url: request.url(), method: request.method(), guest: headers['x-scalev-guest-token'], auth: headers.authorization });
    });
    const credentialed = [];
    const noteCredentials = async () => {
      for (const f of (await t.probes(page)).fetches) if (f.credentials === 'include') credentialed.push(f.url);
    };
    await t.step('a guest cart, then sign in (merge) and browse the account', async () => {
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan', api: apiUrl });
      await page.locator(`scalev-product ${part('add-button')}`).click();
      // The buyer's confirmation: the API has answered the add, with the cart's guest token.
      await page.locator(`scalev-product ${part('added')}`).waitFor({ timeout: 10000 });
      await waitForBadge(page, 1);
      await noteCredentials();
      await t.open('e2e/account.html', { account: 'orders', api: apiUrl });
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await login.getByText(/Budi/).count()) > 0, 'the customer should be signed in');
      await page.locator(`scalev-account ${part('card')}`).first().waitFor({ timeout: 10000 });
      await noteCredentials();
    });
    await t.step('where every token went', async () => {
      const withToken = sent.filter((r) => r.guest || r.auth);
      const merges = withToken.filter((r) => r.url.includes(`${storePath}public/cart/merge`));
      check(withToken.some((r) => r.guest) && withToken.some((r) => r.auth), 'both a guest token and a bearer token should have been used');
      check(merges.some((r) => r.guest && r.auth), 'signing in should merge the guest cart with both tokens');
      const leaks = withToken.filter((r) => new URL(r.url).origin !== apiOrigin || !new URL(r.url).pathname.startsWith(storePath));
      check(leaks.length === 0, `tokens sent elsewhere: ${leaks.slice(0, 3).map((r) => r.url).join(', ')}`);
      // Within the store's API, each token only on the routes that take it (CONTRACT §1.2).
      const route = (r) => new URL(r.url).pathname.slice(storePath.length);
      const guestRoutes = /^public\/(cart(\/items(\/[^/]+)?|\/merge)?|checkout(\/shipping-options|\/summary)?|discount-codes\/check)$/;
      const bearerRoutes = /^(customers\/me(\/.*)?|public\/cart\/merge)$/;
      const misplaced = [
        ...withToken.filter((r) => r.guest && !guestRoutes.test(route(r))).map((r) => `guest token on ${r.method} ${route(r)}`),
        ...withToken.filter((r) => r.auth && !bearerRoutes.test(route(r))).map((r) => `bearer token on ${r.method} ${route(r)}`),
      ];
      check(misplaced.length === 0, `tokens on routes that do not take them: ${misplaced.slice(0, 3).join(', ')}`);
      const received = await mock.requests();
      check(received.length > 0, "the API should have been reached on the shop's site");
      check(!received.some((r) => r.headers['x-guest-token']), 'the legacy X-Guest-Token header must never be sent');
      const cookies = received.filter((r) => r.headers.cookie);
      check(cookies.length === 0, `the site's cookie reached the API: ${cookies.slice(0, 3).map((r) => `${r.method} ${r.path}`).join(', ')}`);
      check(credentialed.length === 0, `request(s) sent with credentials: 'include': ${credentialed.slice(0, 3).join(', ')}`);
      // Wherever a token the page sent is kept, the key names this store and its API origin.
      const values = new Set(withToken.flatMap((r) => [r.guest, r.auth?.replace(/^Bearer\s+/i, '')]).filter(Boolean));
      const stored = await page.evaluate(() =>
        [localStorage, sessionStorage].flatMap((area) => Object.keys(area).map((key) => ({ key, value: area.getItem(key) ?? '' }))),
      );
      const holders = stored.filter((entry) => [...values].some((token) => entry.value.includes(token)));
      const unscoped = holders.filter((entry) => !entry.key.includes(`${apiOrigin}|${mock.storeId}`));
      check(unscoped.length === 0, `tokens stored under keys not scoped to the store: ${unscoped.map((e) => e.key).join(', ')}`);
      const tokens = holders.map((e) => e.key);
      t.note(`${withToken.length} requests carried a token, all to the store's API path and routes that take it; no cookie reached the API; ${tokens.length} storage key(s) hold a live token, all scoped (${tokens.map((k) => k.split(':').pop()).join(', ')})`);
    });
  });

  scenario('the built bundle: no eval, no new Function, no credentials: "include", no inline handlers', async (t) => {
    const dist = process.env.SCALEV_DIST;
    const files = listFiles(dist).filter((f) => !f.includes(`${join(dist, 'lib')}`));
    const problems = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const name = file.slice(dist.length + 1);
      if (/(^|[^.\w$])eval\s*\(/.test(code)) problems.push(`${name}: eval(`);
      if (/new\s+Function\s*\(/.test(code)) problems.push(`${name}: new Function(`);
      if (/credentials\s*:\s*["'`]include["'`]/.test(code)) problems.push(`${name}: credentials: "include"`);
      // Inline handlers in the kit's own markup (templates are strings in the bundle).
      const inline = code.match(/<[a-z][\w-]*\s[^<>`]*\son(click|error|load|input|change|submit|focus|blur|key\w+|mouse\w+)\s*=\s*["']/gi);
      if (inline) problems.push(`${name}: inline handler ${inline[0].slice(0, 60)}`);
    }
    check(files.length > 0, `no JavaScript found in ${dist}`);
    check(problems.length === 0, problems.slice(0, 5).join(' | '));
    t.note(`${files.length} files scanned`);
  });
  registerMoreCorpus(scenario);
}

/** The corpus cut into `n` runs of consecutive payloads, each joined into one text: every payload lands in one of them. */
function payloadGroups(n) {
  const size = Math.ceil(XSS_PAYLOADS.length / n);
  return Array.from({ length: n }, (_, i) => XSS_PAYLOADS.slice(i * size, (i + 1) * size).join(' ')).filter(Boolean);
}

/** A cycling supply of payload groups: `next()` gives the following group, wrapping around. */
function groupSupply(n) {
  const groups = payloadGroups(n);
  let i = 0;
  return { groups, next: () => groups[i++ % groups.length], used: () => Math.min(i, groups.length) };
}

const BUNDLE_COUNT = 6;

/**
 * The rest of the merchant and buyer texts the kit shows: bundle and bundle-line names, category
 * names, courier names and delivery estimates, payment-method labels and descriptions, order lines
 * (order page and account), subscription and variant names, the saved addresses of the customer
 * checkout, and the messages of a 422 on placing the order. Each text kind carries the whole corpus
 * (the payloads are spread over the records of that kind).
 */
function registerMoreCorpus(scenario) {
  scenario('XSS corpus in bundle names and bundle-line names, and in category names: catalogue, filter, bundle detail, buy box, cart', async (t) => {
    const mock = await t.startMock();
    const db = mock.mock.db;
    const names = groupSupply(BUNDLE_COUNT);
    const lines = groupSupply(BUNDLE_COUNT * 2);
    // Lines of variants that are on sale and in stock, so every hostile bundle can be bought.
    const variantIds = [...db.variants.values()]
      .filter((v) => v.json.is_active !== false && (v.stock === null || v.stock >= 10) && v.product.listed !== false)
      .map((v) => v.id)
      .slice(0, BUNDLE_COUNT * 2);
    const slugs = [];
    for (let i = 0; i < BUNDLE_COUNT; i++) {
      const name = names.next();
      const detail = db.addBundle({
        name,
        bundle_name: name,
        bundle_price_option_name: name,
        slug: `xss-paket-${i}`,
        price: String(50000 + i),
        bundlelines: [0, 1].map((k) => ({ variant_id: variantIds[i * 2 + k], quantity: 1 + k, variant_name: lines.next(), product_name: lines.next() })),
      });
      slugs.push(detail.slug);
    }
    // Categories are the store's taxonomy: served as the API would, one category per payload.
    await mock.addFault({
      method: 'GET',
      path: '/public/categories',
      status: 200,
      body: { data: XSS_PAYLOADS.map((p, i) => ({ id: 9000 + i, name: p, full_path: `Toko > ${p}` })), is_paginated: false },
      times: 1e9,
    });
    const page = await t.newPage();
    await t.step('catalogue lists the hostile bundles; the filter shows the hostile categories', async () => {
      await t.open('e2e/shop.html');
      await waitForCards(page, 8);
      for (let i = 0; i < 6; i++) {
        const more = page.locator(`scalev-catalog ${part('load-more')}`).filter({ visible: true });
        if (!(await more.count())) break;
        await more.click();
        await page.waitForLoadState('networkidle').catch(() => undefined);
      }
      await until(async () => (await page.locator(`scalev-catalog ${part('card')}`).filter({ hasText: 'xssHit' }).count()) >= BUNDLE_COUNT, 'every hostile bundle should be listed', 10000);
      await page.locator(`scalev-catalog ${part('filter-toggle')}`).click();
      await until(async () => (await page.locator('scalev-catalog input[name=category]').count()) > XSS_PAYLOADS.length, 'every hostile category should be offered', 10000);
      await assertInert(t, page, 'catalogue and category filter');
    });
    await t.step('a hostile bundle in the catalogue detail dialog', async () => {
      const card = page.locator(`scalev-catalog ${part('card')}`).filter({ hasText: 'xssHit' }).first();
      await card.locator('.card__open').click();
      const dialog = page.locator(`scalev-catalog ${part('dialog')}`);
      await dialog.waitFor({ state: 'visible' });
      await dialog.locator(part('bundle-lines')).first().waitFor({ timeout: 10000 }).catch(() => undefined);
      await assertInert(t, page, 'bundle detail dialog');
      await page.keyboard.press('Escape');
    });
    await t.step('a buy box per hostile bundle (bundle lines), each added to the cart', async () => {
      await page.evaluate((list) => {
        const main = document.querySelector('main');
        for (const slug of list) {
          const box = document.createElement('scalev-product');
          box.setAttribute('slug', slug);
          box.setAttribute('type', 'bundle');
          main.append(box);
        }
      }, slugs);
      const boxes = page.locator('main > scalev-product');
      await until(async () => (await page.locator(`main > scalev-product ${part('bundle-lines')}`).count()) === slugs.length, 'every hostile bundle should show its lines', 15000);
      for (let i = 0; i < slugs.length; i++) {
        await boxes.nth(i).locator(part('add-button')).click();
        await until(async () => (await cartLineNames(page)).length === i + 1 || (await page.locator(`scalev-cart ${part('badge')}`).innerText().catch(() => '')) !== '', 'the bundle should reach the cart');
      }
      await openCartDrawer(page);
      await until(async () => (await cartLineNames(page)).length === slugs.length, 'every hostile bundle should be a cart line', 10000);
      await assertInert(t, page, 'bundle buy boxes and cart');
    });
    t.note(`${XSS_PAYLOADS.length} payloads in bundle names, ${XSS_PAYLOADS.length} in bundle-line names, ${XSS_PAYLOADS.length} category names; 0 executed`);
  });

  scenario('XSS corpus in courier names and delivery estimates, payment-method labels and descriptions, and 422 messages on placing the order', async (t) => {
    const mock = await t.startMock();
    const db = mock.mock.db;
    const courierTexts = groupSupply(db.couriers.length * 3);
    for (const courier of db.couriers) {
      courier.name = courierTexts.next();
      courier.serviceCode = courierTexts.next();
      const etd = courierTexts.next();
      for (const zone of Object.keys(courier.etd)) courier.etd[zone] = etd;
    }
    const methods = db.paymentMethods.filter((m) => m.enabled && m.kind !== 'paylink');
    const methodTexts = groupSupply(methods.length * 2);
    for (const method of methods) {
      method.label = methodTexts.next();
      method.description = methodTexts.next();
    }
    const ordersBefore = db.orders.size;
    const page = await t.newPage();
    await seedGuestCart(page, t.app.origin, mock);
    await t.step('checkout shows the hostile couriers and payment methods', async () => {
      await t.open('e2e/mp-checkout.html');
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      await fillCheckout(page, 'scalev-checkout', { guest: BUYER, payment: 'bank_transfer' });
      check((await page.locator(`scalev-checkout ${part('shipping-option')}`).filter({ hasText: 'xssHit' }).count()) > 0, 'the hostile courier names should be shown');
      check((await page.locator(`scalev-checkout ${part('payment-option')}`).filter({ hasText: 'xssHit' }).count()) > 0, 'the hostile payment labels should be shown');
      await assertInert(t, page, 'couriers and payment methods');
    });
    let attempts = 0;
    let shownAsText = 0;
    await t.step('placing the order answered 422 with hostile message, error and field errors, again and again', async () => {
      const fields = ['customer_name', 'customer_email', 'customer_phone', 'shipping_address', 'location_id', 'postal_code', 'courier_service_id', 'payment_method', 'notes', 'discount_code_code', 'some_new_field'];
      let next = 0;
      const take = (n = 1) => XSS_PAYLOADS.slice(next, (next += n)).join(' ') || 'x';
      while (next < XSS_PAYLOADS.length) {
        // Every other answer has only top-level texts, so the general message path renders them too.
        const withFields = attempts % 2 === 0;
        const body = withFields
          ? { message: take(3), error: take(3), errors: Object.fromEntries(fields.map((f) => [f, [take(), take()]])) }
          : { message: take(6), error: take(6) };
        await mock.addFault({ method: 'POST', path: '/public/checkout', status: 422, body, times: 1 });
        const hitsBefore = (await mock.requests()).filter((r) => r.fault && r.path.endsWith('/public/checkout')).length;
        const button = page.locator(`scalev-checkout ${part('place-order')}`).filter({ visible: true }).first();
        await until(async () => button.isEnabled(), 'the place-order button should be usable again');
        await button.click();
        await until(async () => (await mock.requests()).filter((r) => r.fault && r.path.endsWith('/public/checkout')).length > hitsBefore, 'the order should be sent again after a 422', 8000);
        await until(async () => (await page.locator('scalev-checkout [role=alert]').filter({ visible: true }).count()) > 0, 'the 422 should be shown', 8000);
        attempts++;
        await assertInert(t, page, `422 answer ${attempts}`);
        if ((await page.locator('scalev-checkout').filter({ hasText: 'xssHit' }).count()) > 0) shownAsText++;
      }
      check(mock.mock.db.orders.size === ordersBefore, 'a refused order must not be created');
    });
    t.note(`${XSS_PAYLOADS.length} payloads in courier texts, ${XSS_PAYLOADS.length} in payment texts, ${XSS_PAYLOADS.length} in ${attempts} 422 answers (${shownAsText} shown the API's own texts); 0 executed`);
  });

  scenario('XSS corpus in order lines (order page, account orders), subscription and variant names, and saved addresses in the customer checkout', async (t) => {
    const mock = await t.startMock();
    const db = mock.mock.db;
    const customer = [...db.customers.values()].find((c) => c.email === 'budi@example.com');
    // Order lines: product names and option values of the customer's first orders (the order page shows the first).
    const mine = [...db.orders.values()].filter((o) => o.customerId === customer.id);
    const orderTexts = groupSupply(8 * 3);
    for (const order of mine.slice(0, 8)) {
      for (const line of order.lines) {
        line.productName = orderTexts.next();
        line.variantName = null;
        line.options = [orderTexts.next(), orderTexts.next(), null];
      }
    }
    const shownOrder = mine[0];
    // Subscription variants (the items and their upgrade/downgrade choices) and their product.
    const subscriptionVariants = [...db.variants.values()].filter((v) => v.id >= 494606 && v.id <= 494610);
    const subTexts = groupSupply(subscriptionVariants.length * 2 + 1);
    for (const variant of subscriptionVariants) {
      variant.json.name = subTexts.next();
      variant.json.fullname = subTexts.next();
    }
    if (subscriptionVariants[0]) subscriptionVariants[0].product.detail.name = subTexts.next();
    // Saved addresses.
    const addresses = [...db.addresses.values()].filter((a) => a.customerId === customer.id);
    const addressTexts = groupSupply(addresses.length * 3);
    for (const address of addresses) {
      address.name = addressTexts.next();
      address.address = addressTexts.next();
      address.notes = addressTexts.next();
    }
    const page = await t.newPage();
    const account = page.locator('scalev-account');
    await t.step('the order page of an order with hostile lines', async () => {
      await t.open('e2e/mp-order.html', { order: shownOrder.secretSlug });
      await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 10000 });
      check((await page.locator('scalev-order-status').filter({ hasText: 'xssHit' }).count()) > 0, 'the hostile line names should be shown');
      await assertInert(t, page, 'order page');
    });
    await seedCustomer(page, t.app.origin, mock, { cart: 'kopi-toraja-sapan' });
    await t.step('account orders: list and the detail of each hostile order', async () => {
      await t.open('e2e/account.html', { account: 'orders' });
      const links = account.locator(`${part('card')} a`);
      await links.first().waitFor({ timeout: 10000 });
      await assertInert(t, page, 'account order list');
      for (let i = 0; i < 3; i++) {
        await t.open('e2e/account.html', { account: 'orders' });
        await links.nth(i).waitFor({ timeout: 10000 });
        await links.nth(i).click();
        await until(async () => (await account.filter({ hasText: 'xssHit' }).count()) > 0, 'the hostile order lines should be shown', 10000);
        await assertInert(t, page, `account order ${i + 1}`);
      }
    });
    await t.step('subscriptions: list, detail and the plan choices with hostile variant names', async () => {
      await t.open('e2e/account.html', { account: 'subscriptions' });
      await account.locator(`${part('card')} a`).first().waitFor({ timeout: 10000 });
      await assertInert(t, page, 'subscription list');
      const active = [...db.subscriptions.values()].find((s) => s.customerId === customer.id && s.status === 'active' && !s.isCancelAtPeriodEnd);
      await t.open('e2e/account.html', { account: `subscriptions/${active.id}` });
      const toggle = account.locator(`${part('button-secondary')}[aria-expanded]`).first();
      await toggle.waitFor({ timeout: 10000 });
      await toggle.click();
      await account.locator('.option__plans').first().waitFor({ timeout: 10000 });
      await until(async () => (await account.locator('.option__plans').filter({ hasText: 'xssHit' }).count()) > 0, 'the plan choices should show the hostile variant names', 10000);
      await assertInert(t, page, 'subscription detail and plans');
    });
    await t.step('customer checkout: the saved-address picker with hostile addresses', async () => {
      await t.open('e2e/mp-checkout.html');
      await page.locator('scalev-checkout input[name=address_id]').first().waitFor({ state: 'attached', timeout: 10000 });
      check((await page.locator(`scalev-checkout ${part('address-option')}`).filter({ hasText: 'xssHit' }).count()) > 0, 'the hostile addresses should be offered');
      await assertInert(t, page, 'saved-address picker');
    });
    t.note(`${XSS_PAYLOADS.length} payloads each in order lines, subscription/variant names and saved addresses; 0 executed`);
  });
}
