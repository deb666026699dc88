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

/** The visible error message of a widget and whether it offers a retry. */
export async function errorOf(page, scope) {
  const error = page.locator(`${scope} [role=alert]`).filter({ visible: true }).first();
  if ((await error.count()) === 0) return null;
  return {
    text: (await error.innerText()).replace(/\s+/g, ' ').trim(),
    retry: await error.locator(part('retry-button')).count(),
  };
}

/** Waits for an alert in `scope` whose text matches `pattern`; returns its text. */
export async function waitForError(page, scope, pattern, timeoutMs = 8000) {
  let last = null;
  try {
    return await until(async () => {
      const alerts = page.locator(`${scope} [role=alert]`).filter({ visible: true });
      const texts = (await alerts.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
      last = texts;
      return texts.find((t) => pattern.test(t)) ?? null;
    }, `expected a message matching ${pattern} in ${scope}`, timeoutMs);
  } catch (error) {
    throw new CheckFailed(`${error.message}; alerts shown: ${last?.length ? last.map((t) => `"${t.slice(0, 90)}"`).join(', ') : 'none'}`);
  }
}

/** Clicks the retry button inside the visible alert of `scope`. */
export async function clickRetry(page, scope) {
  const retry = page.locator(`${scope} [role=alert] ${part('retry-button')}`).filter({ visible: true }).first();
  check((await retry.count()) > 0, `no retry button in the message of ${scope}`);
  await retry.click();
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
