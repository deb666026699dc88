/**
 * The fault matrix: for every route family the kit calls, each of five faults — 500, 429 with a
 * plain-text body, a timeout, the network going away, and malformed JSON — injected through the
 * mock's `/__mock/faults` control route. Every cell must end in a clear message, a retry that
 * works once the fault is gone, the cart and the buyer's input kept, and never a second order.
 * The run prints the grid (family × fault).
 *
 * `silent` families are the ones whose failure must stay invisible (conversion relays; the item
 * count, which only decorates the catalogue's summary): there the cell checks that no message
 * appears and nothing the buyer does is disturbed, and that the next call after the fault goes
 * through ("retry").
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import {
  alertTexts,
  cartBadge,
  chooseFirstOptions,
  openCartDrawer,
  part,
  retryButton,
  seedCustomer,
  seedGuestCart,
  waitForBadge,
  waitForCards,
  waitForError,
} from '../lib/kit.mjs';
import { FAMILIES as PUBLIC_FAMILIES } from './fault-families.mjs';
import { CUSTOMER_FAMILIES } from './fault-families-customer.mjs';

const FAMILIES = [...PUBLIC_FAMILIES, ...CUSTOMER_FAMILIES];

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

/**
 * How long a message may take once the fault is in place: the timeout itself, then room for a busy
 * machine. A kit that shows no message at all fails after this, not after a minute.
 */
const MESSAGE_WAIT_MS = Number(process.env.E2E_MESSAGE_WAIT) || TIMEOUT_MS + 7000;

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
        // Silent rows: the failure must stay invisible and the next call go through.
        family.silent ? `${family.name} (silent)` : family.name,
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
  const rule = { ...fault.rule, method: family.method, path: family.path, times: Infinity, ...(family.pathRegex ? { pathRegex: family.pathRegex } : {}) };

  if (family.seedCart) {
    await t.step('a returning buyer with one item in the cart', async () => {
      await seedGuestCart(page, t.app.origin, mock);
    });
  }
  if (family.seedCustomer) {
    await t.step('a returning customer, signed in on an earlier visit', async () => {
      ctx.state.customer = await seedCustomer(page, t.app.origin, mock, family.seedCustomer === true ? {} : family.seedCustomer);
    });
  }
  if (family.before) await t.step('before the page', () => family.before(ctx));

  const params = () => (typeof family.params === 'function' ? family.params(ctx) : family.params) ?? {};
  const open = () => t.open(family.page, { locale: 'en', timeout: String(TIMEOUT_MS), ...params() }, page);
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

  if (family.silent) {
    await silentScenario(t, ctx, family, fault, seededOrders);
    return;
  }

  let message;
  await t.step('a clear message', async () => {
    try {
      message = await waitForError(page, family.scopes, family.messages?.[fault.id] ?? fault.message, MESSAGE_WAIT_MS);
    } catch (error) {
      // Say what the buyer sees instead, so the failure can be routed without re-running it.
      const instead = family.shownInstead ? await family.shownInstead(ctx).catch(() => '') : '';
      throw instead ? new CheckFailed(`${error.message}; shown instead: ${instead}`) : error;
    }
    check(!UNCLEAR.test(message), `message is not clear: "${message}"`);
    const hits = (await mock.requests()).filter((r) => r.fault && r.method === family.method);
    check(hits.length > 0, `the fault on ${family.method} ${family.path} was never hit`);
  });
  if (family.kept) await t.step('nothing lost while failing', () => family.kept(ctx));

  await t.step('retry once the fault is gone', async () => {
    await mock.clearFaults();
    if (family.beforeRetry) await family.beforeRetry(ctx);
    const retry = await retryButton(page, family.scopes);
    const shownMessage = family.messages?.[fault.id] ?? fault.message;
    if (retry) {
      // A widget may ask again by itself (the cart changed meanwhile) and drop the alert with its
      // button before the click lands; that is a retry too, as long as the message is gone.
      await retry.click().catch(async (error) => {
        if ((await alertTexts(page, family.scopes)).some((text) => shownMessage.test(text))) throw error;
      });
    } else if (family.resubmit) await family.resubmit(ctx);
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

/**
 * A failure the buyer must never see: the fault is hit, the family's own flow carries on
 * (`settled`), no message appears in any widget, nothing is lost, and once the fault is gone the
 * next call goes through (`resubmit` + `succeeded`).
 */
async function silentScenario(t, ctx, family, fault, seededOrders) {
  const { page, mock } = ctx;
  await t.step('the fault is hit', async () => {
    await until(async () => (await mock.requests()).some((r) => r.fault && r.method === family.method), `the fault on ${family.method} ${family.path} was never hit`, MESSAGE_WAIT_MS);
  });
  await t.step('the buyer carries on and sees nothing of it', async () => {
    if (family.settled) await family.settled(ctx);
    check(t.pageErrors.length === 0, `the failure broke the page: ${t.pageErrors[0]}`);
    const texts = await alertTexts(page, family.scopes);
    const shown = texts.filter((text) => fault.message.test(text) || UNCLEAR.test(text) || /went wrong|gagal|failed|error/i.test(text));
    check(shown.length === 0, `a failure the buyer should never see was shown: "${shown[0]}"`);
  });
  if (family.kept) await t.step('nothing lost while failing', () => family.kept(ctx));
  await t.step('the next call goes through once the fault is gone', async () => {
    await mock.clearFaults();
    const before = (await mock.requests()).length;
    await family.resubmit(ctx);
    await until(
      async () => (await mock.requests()).slice(before).some((r) => !r.fault && r.method === family.method && matchesPath(family.path, r.path)),
      `no ${family.method} ${family.path} went through after the fault was gone`,
      MESSAGE_WAIT_MS,
    );
    await family.succeeded(ctx);
  });
  await t.step('never a second order', async () => {
    const created = [...mock.mock.db.orders.keys()].filter((slug) => !seededOrders.has(slug));
    const expected = family.ordersAfter ?? 0;
    check(created.length === expected, `expected ${expected} new order(s), found ${created.length}`);
  });
  t.note('nothing shown; the next call went through');
}

/** The mock's fault path syntax: exact, or a prefix ending in `*`, after `/v3/stores/{id}`. */
function matchesPath(pattern, fullPath) {
  const path = fullPath.replace(/^\/v3\/stores\/[^/]+/, '').split('?')[0];
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
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
