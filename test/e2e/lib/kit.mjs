/**
 * Small drivers for the kit's widgets, shared by the suites. They use what a buyer sees (roles,
 * labels, button text) where the kit exposes it, and the documented `part` names otherwise;
 * Playwright's CSS engine pierces open shadow roots, so `scalev-cart [part~=badge]` reaches inside.
 */
import { CheckFailed, check, until } from './harness.mjs';

export const part = (name) => `[part~="${name}"]`;

/** Waits for at least `n` catalogue cards; returns the count. */
export async function waitForCards(page, n = 1, scope = 'scalev-catalog', timeoutMs = 10000) {
  const cards = page.locator(`${scope} ${part('card')}`);
  return until(async () => {
    const count = await cards.count();
    return count >= n ? count : 0;
  }, `expected at least ${n} catalogue card(s) in <${scope}>`, timeoutMs);
}

/** The number on the cart button's badge (0 when hidden or absent). */
export async function cartBadge(page, scope = 'scalev-cart') {
  return page.evaluate((scopeSelector) => {
    const cart = document.querySelector(scopeSelector);
    const badge = cart?.shadowRoot?.querySelector('[part~="badge"]');
    if (!badge || badge.hidden) return 0;
    const n = parseInt(badge.textContent ?? '', 10);
    return Number.isFinite(n) ? n : 0;
  }, scope);
}

export async function waitForBadge(page, expected, scope = 'scalev-cart', timeoutMs = 8000) {
  await until(async () => (await cartBadge(page, scope)) === expected, `cart badge should read ${expected}`, timeoutMs);
}

/** Chooses the first enabled value of every option group of a buy box (`<scalev-product>` or the catalogue's detail). */
export async function chooseFirstOptions(page, scope) {
  const groups = page.locator(`${scope} ${part('option-group')}`);
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const radios = groups.nth(i).locator('input[type=radio]:not([disabled])');
    if ((await radios.count()) === 0) throw new CheckFailed(`option group ${i + 1} of ${scope} has no choosable value`);
    await radios.first().check();
  }
  return count;
}

/** Chooses an option value by its visible label (e.g. "500 g"). */
export async function chooseOption(page, scope, label) {
  await page.locator(`${scope} ${part('option')}`).filter({ hasText: label }).first().locator('input').check();
}

/** Clicks the buy box's add button once it is enabled. */
export async function clickAdd(page, scope) {
  const button = page.locator(`${scope} ${part('add-button')}`).first();
  await until(async () => button.isEnabled(), `add-to-cart button of ${scope} should become enabled`);
  await button.click();
}

/** Opens the cart drawer from its header button. */
export async function openCartDrawer(page, scope = 'scalev-cart') {
  await page.locator(`${scope} ${part('trigger')}`).first().click();
  await page.locator(`${scope} ${part('panel')}`).first().waitFor({ state: 'visible' });
}

/** Names of the lines shown by a cart. */
export async function cartLineNames(page, scope = 'scalev-cart') {
  return page.locator(`${scope} ${part('line-name')}`).allInnerTexts();
}

/**
 * Visible messages inside any of `scopes` (a selector or a list): alerts, and error texts a widget
 * shows in place (e.g. a suggestion popup) without the alert role.
 */
export async function alertTexts(page, scopes) {
  const list = Array.isArray(scopes) ? scopes : [scopes];
  const alerts = page.locator(list.map((s) => `${s} [role=alert], ${s} [class*="error"]:not(input):not(select):not(textarea)`).join(', ')).filter({ visible: true });
  return (await alerts.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Waits for an alert in `scopes` whose text matches `pattern`; returns its text. */
export async function waitForError(page, scopes, pattern, timeoutMs = 8000) {
  let last = null;
  try {
    return await until(async () => {
      last = await alertTexts(page, scopes);
      return last.find((t) => pattern.test(t)) ?? null;
    }, `expected a message matching ${pattern}`, timeoutMs);
  } catch (error) {
    throw new CheckFailed(`${error.message}; alerts shown: ${last?.length ? last.map((t) => `"${t.slice(0, 90)}"`).join(', ') : 'none'}`);
  }
}

/** The visible retry button inside an alert of `scopes`, or null. */
export async function retryButton(page, scopes) {
  const list = Array.isArray(scopes) ? scopes : [scopes];
  const retry = page.locator(list.map((s) => `${s} [role=alert] ${part('retry-button')}`).join(', ')).filter({ visible: true }).first();
  if (await retry.count()) return retry;
  // A retry offered inside an in-place error text (e.g. the location suggestions).
  const inline = page
    .locator(list.map((s) => `${s} [role=alert] button, ${s} [class*="error"] button`).join(', '))
    .filter({ visible: true, hasText: /retry|try again|coba lagi/i })
    .first();
  return (await inline.count()) > 0 ? inline : null;
}

/**
 * Waits until every fetch the page made whose URL matches `urlPattern` (and `method`) has ended,
 * answered or failed, then two frames more so the widgets have rendered what followed. With
 * `atLeastOne` (default) there must have been such a fetch.
 */
export async function fetchesSettled(page, urlPattern, method = null, timeoutMs = 12000, atLeastOne = true) {
  await until(
    () =>
      page.evaluate(
        ([source, wanted, needOne]) => {
          const pattern = new RegExp(source);
          const mine = (window.__e2e?.fetches ?? []).filter((f) => pattern.test(f.url) && (!wanted || f.method === wanted));
          return (!needOne || mine.length > 0) && mine.every((f) => f.done);
        },
        [urlPattern.source, method, atLeastOne],
      ),
    `requests matching ${urlPattern} should have ended`,
    timeoutMs,
  );
  await frames(page);
}

/** Two animation frames: whatever the last change scheduled has rendered. */
export function frames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * The page's API traffic has been quiet for `quietMs`: nothing in flight, nothing started or ended
 * meanwhile. For debounced requests (the checkout re-quotes 250 ms after a change), whose timer a
 * test cannot see: a quiet period longer than the debounce means none is pending.
 */
export async function apiQuiet(page, quietMs = 300, timeoutMs = 12000) {
  // Counted from now at the earliest: a change made just before may have started a debounce.
  const since = await page.evaluate(() => performance.now());
  await until(
    () =>
      page.evaluate(([quiet, from]) => {
        const api = (window.__e2e?.fetches ?? []).filter((f) => f.url.includes('/v3/'));
        if (api.some((f) => !f.done)) return false;
        const last = Math.max(from, ...api.map((f) => f.endedAt ?? f.at ?? 0));
        return performance.now() - last >= quiet;
      }, [quietMs, since]),
    `the page's API traffic should settle`,
    timeoutMs,
  );
}

/** The API calls the page has in flight have all ended (none at all is fine), plus two frames. */
export function apiIdle(page, timeoutMs = 12000) {
  return fetchesSettled(page, /\/v3\//, null, timeoutMs, false);
}

/** Requests the mock received, optionally filtered by path fragment and method. */
export async function apiRequests(mock, pathPart = '', method = null) {
  const all = await mock.requests();
  return all.filter((r) => r.path.includes(pathPart) && (!method || r.method === method));
}

/** Duplicate GETs (same path and query) among recorded requests. */
export function duplicateReads(requests) {
  const seen = new Map();
  for (const r of requests) {
    if (r.method !== 'GET') continue;
    const url = new URL(r.url);
    const key = `${url.pathname}${url.search}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key, n]) => `${n}× ${key.replace(/^\/v3\/stores\/[^/]+/, '')}`);
}

/** The kit's storage key for a store's guest token (`src/session/storage.ts`: `scalev:<apiOrigin>|<storeId>:<name>`). */
export function guestTokenKey(mock) {
  return `scalev:${mock.origin}|${mock.storeId}:guest-token`;
}

/** Calls the mock's public API from the test process, as another device would. */
export async function publicApi(mock, method, path, body, headers = {}) {
  const response = await fetch(`${mock.url}/v3/stores/${mock.storeId}/public${path}`, {
    method,
    headers: {
      'X-Scalev-Storefront-Api-Key': mock.storefrontKey,
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/**
 * Gives a browser context a guest cart holding `quantity` of the first variant of `slug`, as if the
 * buyer had added it on an earlier visit: the cart is created through the API and its token put
 * where the kit keeps it. Returns `{ token, variantId }`.
 */
export async function seedGuestCart(page, origin, mock, { slug = 'kopi-toraja-sapan', quantity = 1 } = {}) {
  const product = await publicApi(mock, 'GET', `/products/${slug}`);
  check(product.status === 200, `seed: product ${slug} answered ${product.status}`);
  const variantId = product.body.variants[0].id;
  const added = await publicApi(mock, 'POST', '/cart/items', { type: 'variant', variant_id: variantId, quantity });
  const token = added.headers.get('x-scalev-guest-token');
  check(added.status === 201 && token, `seed: add to cart answered ${added.status} without a token`);
  // Written once per tab, before the page under test loads: a later navigation keeps whatever
  // the kit did with it since (replaced or cleared).
  await page.addInitScript(([key, value, origin]) => {
    if (location.origin !== origin || sessionStorage.getItem('e2e:seeded')) return;
    sessionStorage.setItem('e2e:seeded', '1');
    localStorage.setItem(key, value);
  }, [guestTokenKey(mock), token, origin]);
  return { token, variantId };
}

/** The demo customer of the mock (`src/mock/README.md`). */
export const DEMO_CUSTOMER = { email: 'budi@example.com', password: 'rahasia123' };

/** Calls the mock's customer API from the test process with a bearer token. */
export async function customerApi(mock, access, method, path, body) {
  const response = await fetch(`${mock.url}/v3/stores/${mock.storeId}${path}`, {
    method,
    headers: { Authorization: `Bearer ${access}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Gives a browser context a signed-in demo customer, as if they had signed in on an earlier visit:
 * the tokens come from the API's sign-in and are stored where the kit keeps them
 * (`src/session/customer.ts`: `scalev:<apiOrigin>|<storeId>:customer`). With `cart`, the customer
 * cart is given `quantity` of the first variant of that product first. Returns `{ access, variantId }`.
 */
export async function seedCustomer(page, origin, mock, { cart = null, quantity = 1, customer = DEMO_CUSTOMER } = {}) {
  const login = await publicApi(mock, 'POST', '/auth/login', customer);
  check(login.status === 200 && login.body?.access, `seed: sign-in answered ${login.status}`);
  const { access, refresh } = login.body;
  let variantId = null;
  if (cart) {
    const product = await publicApi(mock, 'GET', `/products/${cart}`);
    variantId = product.body.variants[0].id;
    // A fresh customer cart, whatever the seed put in it.
    const existing = await customerApi(mock, access, 'GET', '/customers/me/cart');
    for (const line of existing.body?.items ?? existing.body?.lines ?? []) {
      await customerApi(mock, access, 'DELETE', `/customers/me/cart/items/${line.id}`);
    }
    const added = await customerApi(mock, access, 'POST', '/customers/me/cart/items', { type: 'variant', variant_id: variantId, quantity });
    check(added.status === 200 || added.status === 201, `seed: customer cart add answered ${added.status}`);
  }
  const now = Date.now();
  const session = {
    sid: 'e2e-earlier-visit',
    access,
    refresh,
    obtainedAt: now,
    accessExpiresAt: now + (Number(login.body.expires_in) || 900) * 1000,
    refreshExpiresAt: now + (Number(login.body.refresh_expires_in) || 86400) * 1000,
  };
  await page.addInitScript(([key, value, pageOrigin]) => {
    if (location.origin !== pageOrigin || sessionStorage.getItem('e2e:customer-seeded')) return;
    sessionStorage.setItem('e2e:customer-seeded', '1');
    localStorage.setItem(key, value);
  }, [`scalev:${mock.origin}|${mock.storeId}:customer`, JSON.stringify(session), origin]);
  return { access, variantId };
}

/** Lines of the demo customer's cart in the mock's state. */
export function customerCartLines(mock, email = DEMO_CUSTOMER.email) {
  const customer = [...mock.mock.db.customers.values()].find((c) => c.email === email);
  return mock.mock.db.customerCarts.get(customer.id)?.lines ?? [];
}

/** A tiny valid PNG (1×1), as a buyer's photo of a transfer receipt. */
export const RECEIPT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const visible = (locator) => locator.filter({ visible: true }).first();

/**
 * Fills `<scalev-checkout>` like a buyer, whichever layout it shows (one page when wide, steps on
 * a phone): contact, street address, location search, postal code, courier, payment method; then
 * stops with the place-order button ready. `guest` data is only typed into empty fields.
 */
export async function fillCheckout(page, scope, { guest, locationQuery = 'Gambir', payment }) {
  const co = page.locator(scope);
  let paymentChosen = false;
  for (let round = 0; round < 10; round++) {
    if (guest) {
      for (const [name, value] of Object.entries(guest)) {
        const input = visible(co.locator(`[name="${name}"]`));
        if ((await input.count()) && !(await input.inputValue())) await input.fill(value);
      }
    }
    const combo = visible(co.locator('input[role=combobox]'));
    if ((await combo.count()) && !(await combo.inputValue())) {
      await combo.fill(locationQuery);
      const option = visible(co.locator('[role=option]'));
      await option.waitFor({ timeout: 8000 });
      await option.click();
    }
    const postal = visible(co.locator('select[name$="postal_code"]'));
    if ((await postal.count()) && !(await postal.inputValue())) {
      await postal.selectOption({ index: 1 });
    }
    // A signed-in customer picks one of the saved addresses.
    const saved = co.locator('input[name=address_id]');
    if ((await saved.count()) && !(await co.locator('input[name=address_id]:checked').count())) {
      const label = co.locator('label').filter({ has: co.locator('input[name=address_id]') }).first();
      if (await label.count()) await label.click();
      else await saved.first().check({ force: true });
    }
    // Courier choices are labels around (possibly visually hidden) radios: click the label.
    const courier = co.locator(part('shipping-option'));
    const chosen = () => co.locator('input[name=courier_service_id]:checked').count();
    if ((await visible(courier).count()) && !(await chosen())) await visible(courier).click();
    const pay = co.locator(`input[name=payment_method][value="${payment}"]`).first();
    if ((await pay.count()) && !(await pay.isChecked())) {
      // Click the choice's label, as a buyer does (the radio itself may be visually hidden).
      const label = co.locator(part('payment-option')).filter({ has: co.locator(`input[value="${payment}"]`) }).first();
      // The form may re-render under the click as a part or a quote arrives; the loop checks the
      // choice again and chooses once more if it did not hold.
      const unchanged = (error) => {
        if (!/did not change its state/.test(String(error?.message))) throw error;
      };
      if (await label.count()) await label.click();
      else await pay.check({ force: true }).catch(unchanged);
    }
    if ((await pay.count()) && (await pay.isChecked())) paymentChosen = true;
    const place = visible(co.locator(part('place-order')));
    // Physical goods (a delivery location to fill) need a courier; wait for the quotes if need be.
    const needsCourier = (await co.locator('input[role=combobox], select[name$="location_id"]').count()) > 0 || (await courier.count()) > 0;
    if ((await place.count()) && paymentChosen && (!needsCourier || (await chosen()))) {
      // A location change re-quotes couriers and clears the choice: confirm it held once the
      // quotes (and the debounce that starts them) are over.
      await apiQuiet(page);
      if (!needsCourier || (await chosen())) return place;
    }
    // Phone layout: on to the next step (a step with a missing answer stays, and the loop fills it).
    const next = visible(co.locator(part('next-button')));
    if (await next.count()) await next.click();
    await apiIdle(page);
  }
  throw new CheckFailed('the checkout never offered its place-order button with the payment method chosen');
}
