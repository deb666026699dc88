/**
 * Security: the XSS corpus (`test/e2e/xss-payloads.js`, 127 payloads) placed in every merchant- or
 * buyer-supplied text the kit renders — product names, descriptions, rich descriptions, option
 * names and values, buyer's checkout input, API error messages — executes nothing and leaves no
 * handler, script, frame or `javascript:` URL in the page; the built bundle has no `eval`, no
 * `new Function`, no `credentials: 'include'`; and no fetch leaves with credentials. Pages here
 * have NO CSP, so it is the kit, not a policy, that keeps the payloads inert.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XSS_PAYLOADS } from '../xss-payloads.js';
import { check, until } from '../lib/harness.mjs';
import { cartLineNames, fillCheckout, openCartDrawer, part, waitForBadge, waitForCards } from '../lib/kit.mjs';

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

async function assertInert(t, page, where) {
  await page.waitForTimeout(400); // let image errors, autofocus and animations fire
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
        await more.click();
        await page.waitForTimeout(300);
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
      await page.waitForTimeout(500);
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
      await page.waitForTimeout(500);
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
    const page = await t.newPage();
    const sent = [];
    page.on('request', (request) => {
      const headers = request.headers();
      sent.push({ url: request.url(), guest: headers['x-scalev-guest-token'], auth: headers.authorization, cookie: headers.cookie });
    });
    await t.step('a guest cart, then sign in (merge) and browse the account', async () => {
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan' });
      await page.locator(`scalev-product ${part('add-button')}`).click();
      await waitForBadge(page, 1);
      await t.open('e2e/account.html', { account: 'orders' });
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await login.getByText(/Budi/).count()) > 0, 'the customer should be signed in');
      await page.locator(`scalev-account ${part('card')}`).first().waitFor({ timeout: 10000 });
    });
    await t.step('where every token went', async () => {
      const withToken = sent.filter((r) => r.guest || r.auth);
      check(withToken.some((r) => r.guest) && withToken.some((r) => r.auth), 'both a guest token and a bearer token should have been used');
      const leaks = withToken.filter((r) => new URL(r.url).origin !== mock.origin || !new URL(r.url).pathname.startsWith(`/v3/stores/${mock.storeId}/`));
      check(leaks.length === 0, `tokens sent elsewhere: ${leaks.slice(0, 3).map((r) => r.url).join(', ')}`);
      const oldHeader = sent.filter((r) => r.url.startsWith(mock.origin)).length && (await mock.requests()).filter((r) => r.headers['x-guest-token']);
      check(!oldHeader.length, 'the legacy X-Guest-Token header must never be sent');
      const cookies = sent.filter((r) => r.cookie && new URL(r.url).origin === mock.origin);
      check(cookies.length === 0, 'no cookie may travel to the API');
      // Wherever a token the page sent is kept, the key names this store and its API origin.
      const values = new Set(withToken.flatMap((r) => [r.guest, r.auth?.replace(/^Bearer\s+/i, '')]).filter(Boolean));
      const stored = await page.evaluate(() =>
        [localStorage, sessionStorage].flatMap((area) => Object.keys(area).map((key) => ({ key, value: area.getItem(key) ?? '' }))),
      );
      const holders = stored.filter((entry) => [...values].some((token) => entry.value.includes(token)));
      const unscoped = holders.filter((entry) => !entry.key.includes(`${mock.origin}|${mock.storeId}`));
      check(unscoped.length === 0, `tokens stored under keys not scoped to the store: ${unscoped.map((e) => e.key).join(', ')}`);
      const tokens = holders.map((e) => e.key);
      const probes = await t.probes(page);
      check(probes.fetches.every((f) => f.credentials !== 'include'), "a request was sent with credentials: 'include'");
      t.note(`${withToken.length} requests carried a token, all to the store's API path; ${tokens.length} storage key(s) hold a live token, all scoped (${tokens.map((k) => k.split(':').pop()).join(', ')})`);
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
}
