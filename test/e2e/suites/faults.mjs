/**
 * The fault matrix: for every route family the kit calls, each of five faults — 500, 429 with a
 * plain-text body, a timeout, the network going away, and malformed JSON — injected through the
 * mock's `/__mock/faults` control route. Every cell must end in a clear message, a retry that
 * works once the fault is gone, the cart and the buyer's input kept, and never a second order.
 * The run prints the grid (family × fault).
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import {
  alertTexts,
  cartBadge,
  chooseFirstOptions,
  openCartDrawer,
  part,
  retryButton,
  seedGuestCart,
  waitForBadge,
  waitForCards,
  waitForError,
} from '../lib/kit.mjs';
import { FAMILIES } from './fault-families.mjs';

/** The five faults; messages are the English ones (fault pages run with `locale=en`). */
export const FAULTS = [
  {
    id: '500',
    label: '500',
    rule: { kind: 'http', status: 500, body: { error: 'Internal Server Error' } },
    message: /trouble|server error/i,
  },
  {
    id: '429',
    label: '429 text',
    rule: { kind: 'http', status: 429, body: 'Too many requests', contentType: 'text/plain; charset=utf-8' },
    message: /too many requests/i,
  },
  { id: 'timeout', label: 'timeout', rule: { kind: 'timeout' }, message: /did not answer in time|timed out/i },
  { id: 'offline', label: 'offline', rule: { kind: 'offline' }, message: /could not reach|connection/i },
  { id: 'malformed', label: 'bad JSON', rule: { kind: 'malformed' }, message: /could not be read|unreadable/i },
];

/** Request timeout the fault pages give the store, so a timeout costs 3 s, not 15 (long enough for a busy 2-core CI machine). */
const TIMEOUT_MS = 3000;

/** Messages that would tell the buyer nothing. */
const UNCLEAR = /\[object|undefined|null\b|NaN|^\s*\{|<html|<!doctype|SyntaxError|TypeError|Unexpected token|Failed to fetch|status \d{3}/i;

export function register(run) {
  for (const family of FAMILIES) {
    for (const fault of FAULTS) {
      run.scenario('faults', `${family.name} · ${fault.label}`, (t) => faultScenario(t, family, fault), {
        timeout: 45000,
        family: family.name,
        fault: fault.label,
        // A page error caused by the fault is reported by the scenario itself.
        allowPageErrors: false,
      });
    }
  }
  run.table(
    '── fault matrix: clear message · working retry · cart and input kept · one order ──',
    ['route family', ...FAULTS.map((f) => f.label)],
    (results) =>
      FAMILIES.map((family) => [
        family.name,
        ...FAULTS.map((fault) => {
          const r = results.find((x) => x.suite === 'faults' && x.name === `${family.name} · ${fault.label}`);
          return r ? (r.passed ? 'PASS' : 'FAIL') : '—';
        }),
      ]),
  );
}

async function faultScenario(t, family, fault) {
  const mock = await t.startMock(family.mockOptions ?? {});
  const page = await t.newPage();
  const ctx = { t, page, mock, fault, state: {} };
  const seededOrders = new Set(mock.mock.db.orders.keys());
  const rule = { ...fault.rule, method: family.method, path: family.path, times: Infinity };

  if (family.seedCart) {
    await t.step('a returning buyer with one item in the cart', async () => {
      await seedGuestCart(page, t.app.origin, mock);
    });
  }
  if (family.before) await t.step('before the page', () => family.before(ctx));

  const open = () => t.open(family.page, { locale: 'en', timeout: String(TIMEOUT_MS), ...(family.params ?? {}) }, page);
  if (family.faultOnLoad) {
    await t.step(`${fault.label} on ${family.method} ${family.path} while the page loads`, async () => {
      await mock.addFault(rule);
      await open();
      await requireElement(page, family.element);
      if (family.trigger) await family.trigger(ctx);
    });
  } else {
    await t.step('open the page and get ready', async () => {
      await open();
      await requireElement(page, family.element);
      await family.ready(ctx);
    });
    await t.step(`${fault.label} on ${family.method} ${family.path}`, async () => {
      await mock.addFault(rule);
      await family.trigger(ctx);
    });
  }

  let message;
  await t.step('a clear message', async () => {
    message = await waitForError(page, family.scopes, family.messages?.[fault.id] ?? fault.message, Number(process.env.E2E_MESSAGE_WAIT) || 20000);
    check(!UNCLEAR.test(message), `message is not clear: "${message}"`);
    const hits = (await mock.requests()).filter((r) => r.fault && r.method === family.method);
    check(hits.length > 0, `the fault on ${family.method} ${family.path} was never hit`);
  });
  if (family.kept) await t.step('nothing lost while failing', () => family.kept(ctx));

  await t.step('retry once the fault is gone', async () => {
    await mock.clearFaults();
    const retry = await retryButton(page, family.scopes);
    if (retry) await retry.click();
    else if (family.resubmit) await family.resubmit(ctx);
    else throw new CheckFailed('the message offers no retry');
    await family.succeeded(ctx);
    let remaining = [];
    await until(async () => {
      remaining = (await alertTexts(page, family.scopes)).filter((text) => (family.messages?.[fault.id] ?? fault.message).test(text));
      return remaining.length === 0;
    }, 'the message should go once the retry succeeded', 5000).catch(() => {
      throw new CheckFailed(`the message stayed after a successful retry: "${remaining[0]}"`);
    });
  });
  if (family.kept) await t.step('nothing lost after the retry', () => family.kept(ctx, true));
  await t.step('never a second order', async () => {
    const created = [...mock.mock.db.orders.keys()].filter((slug) => !seededOrders.has(slug));
    const expected = family.ordersAfter ?? 0;
    check(created.length === expected, `expected ${expected} new order(s), found ${created.length}`);
  });
  t.note(`"${message.slice(0, 70)}"`);
}

async function requireElement(page, tag) {
  if (!tag) return;
  const defined = await page
    .waitForFunction((name) => Boolean(customElements.get(name)), tag, { timeout: 8000 })
    .then(() => true)
    .catch(() => false);
  if (!defined) throw new CheckFailed(`<${tag}> is not in this build (src/elements/${tag.replace(/^scalev-/, '')}/define.ts missing)`);
}

export { cartBadge, chooseFirstOptions, openCartDrawer, part, until, waitForBadge, waitForCards };
