import { expect, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import { mountIsolated, type IsolatedOptions } from '../checkout/helpers.js';
import { DEMO_ORDER_SLUGS, type MockScalev } from '../../../src/mock/index.js';
import '../../../src/elements/order-status/define.js';
import { orderStatusTiming, type ScalevOrderStatus } from '../../../src/elements/order-status/order-status.js';
import { copyTiming } from '../../../src/elements/order-status/instructions-kit.js';
import { createOrderFromItems } from '../../../src/api/checkout.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { installFakeXhr } from './fake-xhr.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

const DIGITAL_VARIANT = 494602;
const defaults = { ...orderStatusTiming };

function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * The order is on screen with its payment part: the per-method instructions load on demand, a
 * moment after the header.
 */
async function shown(el: Element): Promise<void> {
  await until(() => shadow(el).querySelector('.order') && !shadow(el).querySelector('[part="instructions-loading"]'), 'order shown');
}

async function mountOrder(slug: string, options: IsolatedOptions = {}) {
  const mounted = await mountIsolated<ScalevOrderStatus>(html`<scalev-order-status secret-slug=${slug}></scalev-order-status>`, options);
  return mounted;
}

/** Places a real order in the mock for a method the seed has no pending order of. */
async function placeOrder(mock: MockScalev, storefront: Storefront, method: string): Promise<string> {
  const order = await createOrderFromItems(storefront.http, {
    items: [{ type: 'variant', variant_id: DIGITAL_VARIANT, quantity: 1 }],
    customer_name: 'Sari Dewi',
    customer_email: 'sari@example.com',
    payment_method: method,
  });
  mock.requests.length = 0;
  return order.secret_slug;
}

async function mountPlaced(method: string, mockOptions: Record<string, unknown> = {}) {
  const first = await mountOrder('', { mockOptions });
  const slug = await placeOrder(first.mock, first.storefront, method);
  first.el.secretSlug = slug;
  await shown(first.el);
  return { ...first, slug };
}

describe('scalev-order-status', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  // Polling pauses in hidden tabs; the runner may put this page in a background tab, so the
  // visible state is stated here (the hidden case is tested on its own below).
  let hidden = false;
  before(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  });
  after(() => {
    delete (document as unknown as { hidden?: boolean }).hidden;
    delete (document as unknown as { visibilityState?: string }).visibilityState;
  });
  beforeEach(() => {
    hidden = false;
    sessionStorage.clear();
    Object.assign(orderStatusTiming, { gatewayMs: 40, gatewayTimes: 15, refreshMs: 120 });
  });
  afterEach(() => {
    Object.assign(orderStatusTiming, defaults);
  });

  it('shows a pending bank transfer: number, statuses in words, amounts, accounts with copy buttons', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
    await shown(el);
    const record = mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!;
    const t = text(el);
    expect(t).to.contain(`Order ${record.orderId}`);
    expect(t).to.contain('Awaiting payment');
    expect(t).to.contain('Not paid yet');
    const accounts = shadow(el).querySelectorAll('[part="bank-account"]');
    expect(accounts.length).to.equal(mock.db.paymentAccounts.filter((a) => a.method === 'bank_transfer').length);
    expect(accounts[0]!.textContent).to.contain(mock.db.paymentAccounts[0]!.accountNumber);
    // Each account's copy button says which bank's number it copies.
    const copyNames = [...accounts].map((account) => account.querySelector('[part="copy-button"] .copy__label')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(copyNames.length).to.be.greaterThan(1);
    expect(new Set(copyNames).size, copyNames.join(' | ')).to.equal(copyNames.length);
    const total = shadow(el).querySelector('[part="total"]')!.textContent!;
    expect(total.replace(/\D/g, '')).to.equal(String(Math.round(record.grossRevenue)));
    // Copy the amount: the digits go to the clipboard and the copy is announced.
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      (shadow(el).querySelector('[part="amount"] button') as HTMLButtonElement).click();
      await until(() => copied !== '', 'copied');
      expect(copied).to.equal(String(Math.round(record.grossRevenue)));
      await until(() => text(el).includes('copied'), 'copy announced');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(shadow(el).querySelector('input[type="file"][accept="image/jpeg,image/png,image/webp"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const [method, slug] of [
    ['bank transfer (with the transfer proof)', DEMO_ORDER_SLUGS.bankTransferPending],
    ['virtual account', DEMO_ORDER_SLUGS.virtualAccountPending],
  ] as const) {
    it(`nests the ${method} headings one level under "Payment"`, async () => {
      const { el } = await mountOrder(slug);
      await shown(el);
      await until(() => shadow(el).querySelector('.pay__title'), 'the instructions');
      const section = shadow(el).querySelector('section[aria-labelledby="pay-title"]')!;
      const level = (heading: Element) => Number(heading.tagName.slice(1));
      const top = level(section.querySelector('#pay-title')!);
      const inner = [...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.id !== 'pay-title');
      expect(inner.length).to.be.greaterThan(0);
      for (const heading of inner) expect(level(heading), heading.textContent!.trim()).to.equal(top + 1);
    });
  }

  it('a copy button reads "Copied" for a moment; a refused clipboard shows a hint to copy by hand', async () => {
    const { el } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
    await shown(el);
    const live = () => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
    /** The words the button shows (its name adds what it copies, visually hidden). */
    const says = (button: HTMLElement) => {
      const shown = [...button.querySelectorAll<HTMLElement>('.copy__label, .copy__done')].find((span) => span.checkVisibility());
      return [...(shown?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    };
    const original = navigator.clipboard.writeText;
    const execCommand = document.execCommand;
    const doneMs = copyTiming.doneMs;
    copyTiming.doneMs = 400;
    try {
      navigator.clipboard.writeText = async () => undefined;
      const amount = shadow(el).querySelector('[part="amount"] [part="copy-button"]') as HTMLButtonElement;
      expect(says(amount)).to.equal('Copy');
      amount.click();
      await until(() => says(amount) === 'Copied', 'button says copied');
      expect(amount.textContent!.replace(/\s+/g, ' ')).to.contain('Copied Amount to pay');
      expect(live()).to.equal('Amount to pay copied');
      const other = shadow(el).querySelector('[part="copy-row"] [part="copy-button"]') as HTMLButtonElement;
      expect(says(other), 'only the pressed button').to.equal('Copy');
      await until(() => says(amount) === 'Copy', 'label back after a moment');

      // Refused (permissions) and no fallback either: a visible hint in that row.
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      document.execCommand = () => false;
      const row = shadow(el).querySelector('[part="copy-row"]') as HTMLElement;
      const hint = row.querySelector('.copy-hint') as HTMLElement;
      expect(hint.checkVisibility()).to.equal(false);
      other.click();
      await until(() => hint.checkVisibility(), 'hint shown');
      expect(hint.innerText).to.contain("Couldn't copy automatically");
      expect(says(other)).to.equal('Copy');
      expect(live()).to.contain("Couldn't copy automatically");
      await expect(el).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = original;
      document.execCommand = execCommand;
      copyTiming.doneMs = doneMs;
    }
  });

  it('refreshes an unpaid bank transfer and stops once it is paid', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
    await shown(el);
    await until(() => requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length >= 3, 'refreshing', 15_000);
    mock.db.markOrderPaid(DEMO_ORDER_SLUGS.bankTransferPending);
    await until(() => text(el).includes('Payment received'), 'paid shown');
    expect(el.matches(':state(paid)')).to.equal(true);
    const count = requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length;
    await aTimeout(1500);
    expect(requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length, 'no polling after paid').to.equal(count);
  });

  it('keeps no countdown when removed while its instructions load, and resumes it when put back', async () => {
    const { el, store } = await mountOrder(DEMO_ORDER_SLUGS.virtualAccountPending);
    await shown(el);
    const live = new Set<number>();
    const realSet = window.setInterval;
    const realClear = window.clearInterval;
    window.setInterval = ((handler: TimerHandler, ms?: number) => {
      const id = realSet(handler, ms);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      live.delete(id!);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      const moved = document.createElement('scalev-order-status') as ScalevOrderStatus;
      moved.order = el.order;
      store.append(moved);
      moved.remove();
      // The instructions land after the removal: an interval started then would keep the element forever.
      await until(() => (moved as unknown as { method: unknown }).method, 'instructions loaded');
      await aTimeout(0);
      expect(live.size, 'no countdown for a removed element').to.equal(0);
      store.append(moved);
      await until(() => live.size === 1, 'countdown resumed when put back');
      moved.remove();
      expect(live.size, 'countdown stopped on removal').to.equal(0);
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    }
  });

  it('"check payment status" says it is checking, then that the payment has not arrived yet, or why it failed with a retry', async () => {
    // No background refresh during the test: only the button reads the order.
    orderStatusTiming.refreshMs = 60_000;
    const slug = DEMO_ORDER_SLUGS.bankTransferPending;
    const { el, mock } = await mountOrder(slug);
    await shown(el);
    const button = () => shadow(el).querySelector('[part="check-status"]') as HTMLButtonElement;
    const live = () => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
    mock.faults.add({ method: 'GET', path: `/public/orders/${slug}`, kind: 'delay', delayMs: 500 });
    const checksBefore = requestsTo(mock, `/public/orders/${slug}`).length;
    button().focus();
    button().click();
    await el.updateComplete;
    expect(button().getAttribute('aria-disabled')).to.equal('true');
    expect(button().textContent!.trim()).to.equal('Checking…');
    // Pressed by keyboard, the button keeps the focus while it checks (a disabled one would drop it).
    expect(shadow(el).activeElement, 'focus stays on the button').to.equal(button());
    button().click();
    await until(() => shadow(el).querySelector('[part="check-note"]'), 'still-unpaid note shown');
    expect(requestsTo(mock, `/public/orders/${slug}`).length, 'the second press while checking asked nothing').to.equal(checksBefore + 1);
    expect(shadow(el).querySelector('[part="check-note"]')!.textContent!.trim()).to.equal("We haven't received the payment yet. We'll keep checking.");
    expect(live()).to.equal("We haven't received the payment yet. We'll keep checking.");
    expect(button().getAttribute('aria-disabled')).to.equal('false');
    expect(button().textContent!.trim()).to.equal('Check payment status');
    await expect(el).to.be.accessible();

    // A failed check says why, with a retry that checks again.
    mock.faults.add({ method: 'GET', path: `/public/orders/${slug}`, status: 500 });
    button().click();
    await until(() => shadow(el).querySelector('[part="error"]'), 'check failure shown');
    const alert = shadow(el).querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.match(/trouble/);
    expect(shadow(el).querySelector('[part="check-note"]'), 'no stale note beside the failure').to.not.exist;
    (alert.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('[part="check-note"]') && !shadow(el).querySelector('[part="error"]'), 'retry checked again');

    // Paid meanwhile: the check shows the paid state, no note.
    mock.db.markOrderPaid(slug);
    button().click();
    await until(() => text(el).includes('Payment received'), 'paid shown');
    expect(shadow(el).querySelector('[part="check-note"]')).to.not.exist;
  });

  it('"check payment status" on a virtual account (no 5 s refresh) asks to check again rather than promising to keep checking', async () => {
    const { el } = await mountOrder(DEMO_ORDER_SLUGS.virtualAccountPending);
    await shown(el);
    (shadow(el).querySelector('[part="check-status"]') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('[part="check-note"]'), 'still-unpaid note shown');
    expect(shadow(el).querySelector('[part="check-note"]')!.textContent!.trim()).to.equal("We haven't received the payment yet. Check again once you have paid.");
  });

  it('pauses polling while the tab is hidden', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
    await shown(el);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    const count = requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length;
    await aTimeout(1500);
    expect(requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length).to.equal(count);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    const after = requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length;
    await until(() => requestsTo(mock, DEMO_ORDER_SLUGS.bankTransferPending, 'GET').length > after, 'polling resumed');
  });

  it('shows a virtual account: bank, number with copy, expiry countdown; no 5 s refresh', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.virtualAccountPending);
    await shown(el);
    const record = mock.db.orders.get(DEMO_ORDER_SLUGS.virtualAccountPending)!;
    const va = (record.pgPaymentInfo['payment_method'] as { virtual_account: { channel_properties: { virtual_account_number: string } } })
      .virtual_account.channel_properties.virtual_account_number;
    const t = text(el);
    expect(t).to.contain('Pay to BCA Virtual Account');
    expect(t).to.contain(va);
    expect(shadow(el).querySelector('[role="timer"]')?.textContent).to.match(/left/);
    expect(shadow(el).querySelector('[part="check-status"]')).to.exist;
    const count = requestsTo(mock, '/public/orders/', 'GET').length;
    await aTimeout(400);
    expect(requestsTo(mock, '/public/orders/', 'GET').length, 'VA is not refreshed every 5 s').to.equal(count);
    await expect(el).to.be.accessible();
  });

  it('QRIS: asks for payment instructions, waits for gateway data, then draws the QR in the browser', async () => {
    const { el, mock } = await mountPlaced('qris', { gatewayPendingReads: 3 });
    await until(() => shadow(el).querySelector('svg.qr'), 'QR drawn', 15_000);
    expect(requestsTo(mock, '/payment', 'POST')).to.have.length(1);
    expect(shadow(el).querySelector('svg.qr')?.getAttribute('aria-label')).to.equal('QRIS payment QR code');
    expect(shadow(el).querySelector('svg.qr path')?.getAttribute('d')).to.match(/^M\d/);
    await expect(el).to.be.accessible();
  });

  it('QRIS without gateway data after 15 reads offers a retry that calls POST …/payment', async () => {
    const { el, mock } = await mountPlaced('qris', { gatewayPendingReads: 1000 });
    await until(() => shadow(el).querySelector('[part="retry-payment"]'), 'retry offered', 25_000);
    // The first read, then 15 re-reads 1.5 s apart (shortened here).
    expect(requestsTo(mock, '/public/orders/', 'GET').length).to.equal(1 + 15);
    const record = [...mock.db.orders.values()].at(-1)!;
    record.gatewayReadsRemaining = 0;
    (shadow(el).querySelector('[part="retry-payment"]') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('svg.qr'), 'QR after retry');
    expect(requestsTo(mock, '/payment', 'POST')).to.have.length(2);
  });

  for (const [name, fault, expected] of [
    ['500', { kind: 'http', status: 500 }, /trouble/],
    ['offline', { kind: 'offline' }, /connection/],
    ['malformed JSON', { kind: 'malformed' }, /could not be read/],
  ] as const) {
    it(`POST …/payment failing (${name}) says why in an alert whose retry brings the instructions`, async () => {
      const { el, mock, storefront } = await mountOrder('', { mockOptions: { gatewayPendingReads: 1000 } });
      const slug = await placeOrder(mock, storefront, 'qris');
      mock.faults.add({ method: 'POST', path: /\/public\/orders\/[^/]+\/payment$/, times: Infinity, ...(fault as object) });
      el.secretSlug = slug;
      await until(() => shadow(el).querySelector('[part="payment-instructions"] [role="alert"]'), 'payment error shown');
      const alert = shadow(el).querySelector('[part="payment-instructions"] [role="alert"]')!;
      expect(alert.textContent).to.match(expected);
      expect(text(el)).to.not.contain('Preparing payment instructions');
      await expect(el).to.be.accessible();
      // The alert's retry is the way on: no re-reads racing it in the background.
      const reads = requestsTo(mock, '/public/orders/', 'GET').length;
      await aTimeout(300);
      expect(requestsTo(mock, '/public/orders/', 'GET').length, 'no gateway re-reads after the failure').to.equal(reads);
      mock.faults.clear();
      mock.db.orders.get(slug)!.gatewayReadsRemaining = 0;
      (alert.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
      await until(() => shadow(el).querySelector('svg.qr'), 'QR after retry');
      expect(shadow(el).querySelector('[role="alert"]'), 'the message goes once the retry worked').to.not.exist;
    });
  }

  it('e-wallet: a button to the provider URL from pg_payment_info, never the order-level payment_url', async () => {
    const { el, mock } = await mountPlaced('gopay');
    const record = [...mock.db.orders.values()].at(-1)!;
    const button = shadow(el).querySelector('[part="pay-button"]') as HTMLAnchorElement;
    expect(button).to.exist;
    const actions = record.pgPaymentInfo['actions'] as Array<{ url_type: string; url: string }>;
    expect(actions.map((a) => a.url)).to.include(button.href);
    expect(button.href).to.not.equal(record.paymentUrl);
    expect(button.rel).to.contain('noopener');
    expect(text(el)).to.contain('Pay with GoPay');
  });

  it('card: a button to the hosted provider page', async () => {
    const { el, mock } = await mountPlaced('card');
    const record = [...mock.db.orders.values()].at(-1)!;
    const button = shadow(el).querySelector('[part="pay-button"]') as HTMLAnchorElement;
    const pg = record.pgPaymentInfo;
    expect([pg['redirect_url'], pg['invoice_url'], pg['payment_url']]).to.include(button.href);
  });

  it('Alfamart: the payment code labelled as such', async () => {
    const { el } = await mountPlaced('alfamart');
    expect(text(el)).to.contain('Payment number');
    expect(shadow(el).querySelector('[part="copy-row"] .mono')?.textContent?.trim()).to.match(/^\w{6,}$/);
  });

  it('COD: cash on delivery words, no countdown and no polling', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.cod);
    await shown(el);
    expect(text(el)).to.contain('Cash on delivery');
    expect(shadow(el).querySelector('[role="timer"]')).to.not.exist;
    const count = mock.requests.length;
    await aTimeout(400);
    expect(mock.requests.length).to.equal(count);
  });

  it('COD right after ordering: no "awaiting payment" or "not paid yet", but cash-on-delivery words; no countdown even with a deadline', async () => {
    const { el, mock } = await mountOrder('');
    const record = mock.db.orders.get(DEMO_ORDER_SLUGS.cod)!;
    // As a new COD order reads: pending and unpaid (a deadline, should one come, means nothing for COD).
    record.status = 'pending';
    record.paymentStatus = 'unpaid';
    record.paymentExpirationAt = Date.now() + 60 * 60_000;
    el.secretSlug = DEMO_ORDER_SLUGS.cod;
    await shown(el);
    const header = (shadow(el).querySelector('[part="header"]')!.textContent ?? '').replace(/\s+/g, ' ');
    expect(header).to.not.contain('Awaiting payment');
    expect(header).to.not.contain('Not paid yet');
    expect(header).to.contain('Waiting to be processed');
    expect(shadow(el).querySelector('[part="badge"]')!.textContent!.trim()).to.equal('Pay when the parcel arrives');
    const amount = shadow(el).querySelector('[part="total"] dd')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(el)).to.contain(`Have ${amount} in cash ready and pay the courier when the order arrives.`);
    expect(shadow(el).querySelector('[role="timer"]')).to.not.exist;
    expect(shadow(el).querySelector('[part="check-status"]')).to.not.exist;
    const count = mock.requests.length;
    await aTimeout(400);
    expect(mock.requests.length, 'no polling for COD').to.equal(count);
    await expect(el).to.be.accessible();
  });

  it('a paid order says so and shows no instructions; a canceled one says it is canceled', async () => {
    const paid = await mountOrder(DEMO_ORDER_SLUGS.qrisPaid);
    await shown(paid.el);
    expect(text(paid.el)).to.contain('Payment received');
    expect(shadow(paid.el).querySelector('[part="payment-instructions"]')).to.not.exist;
    const expired = await mountOrder(DEMO_ORDER_SLUGS.expired);
    await shown(expired.el);
    expect(text(expired.el)).to.contain('Order canceled');
  });

  it('offers the seller WhatsApp with the chat message', async () => {
    const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
    await shown(el);
    const link = shadow(el).querySelector('[part="whatsapp"]') as HTMLAnchorElement;
    expect(link.href).to.match(new RegExp(`^https://wa\\.me/${mock.db.store.handlerPhone}`));
  });

  it('reads the slug from ?order= when there is no attribute', async () => {
    history.replaceState(null, '', `${location.pathname}?order=${DEMO_ORDER_SLUGS.cod}`);
    try {
      const { el } = await mountIsolated<ScalevOrderStatus>(html`<scalev-order-status></scalev-order-status>`);
      await shown(el);
      expect(text(el)).to.contain('Cash on delivery');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('without any slug, and for an unknown slug, says so (state empty)', async () => {
    const none = await mountOrder('');
    await until(() => text(none.el).includes('No order to show'), 'no slug message');
    expect(none.el.matches(':state(empty)')).to.equal(true);
    const unknown = await mountOrder('does-not-exist');
    await until(() => text(unknown.el).includes('not found'), 'not found');
    await expect(unknown.el).to.be.accessible();
  });

  for (const [name, fault, expected] of [
    ['500', { kind: 'http', status: 500 }, /trouble/],
    ['429 plain text', { kind: 'http', status: 429, body: 'Too many requests', contentType: 'text/plain', headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 120) } }, /Too many requests/],
    ['offline', { kind: 'offline' }, /connection/],
    ['malformed JSON', { kind: 'malformed' }, /could not be read/],
  ] as const) {
    it(`load failure (${name}) shows an error with a retry that works`, async () => {
      const { el, mock } = await mountIsolated<ScalevOrderStatus>(html`<scalev-order-status></scalev-order-status>`);
      mock.faults.add({ method: 'GET', path: '/public/orders/*', ...(fault as object) });
      el.secretSlug = DEMO_ORDER_SLUGS.cod;
      await until(() => shadow(el).querySelector('[part="error"]'), 'error shown');
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.match(expected);
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      (shadow(el).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
      await until(() => shadow(el).querySelector('.order'), 'order after retry');
    });
  }

  it('a retry pressed from the keyboard leaves the focus on the order (or the next retry), not on the page', async () => {
    const { el, mock } = await mountIsolated<ScalevOrderStatus>(html`<scalev-order-status></scalev-order-status>`);
    mock.faults.add({ method: 'GET', path: '/public/orders/*', status: 500, times: 2 });
    el.secretSlug = DEMO_ORDER_SLUGS.cod;
    await until(() => shadow(el).querySelector('[part="retry-button"]'), 'error shown');
    shadow(el).querySelector<HTMLElement>('[part="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).activeElement?.matches('[part="retry-button"]'), 'a second failure: focus on its retry');
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).querySelector('.order'), 'order after retry');
    await until(() => shadow(el).activeElement?.id === 'order-title', 'focus on the order title, not lost to the page');
  });

  it('renders hostile merchant and buyer text as text', async () => {
    const win = window as unknown as { __xss?: boolean };
    delete win.__xss;
    const payload = '<img src=x onerror="window.__xss=true">';
    const { el, mock } = await mountIsolated<ScalevOrderStatus>(html`<scalev-order-status></scalev-order-status>`);
    const record = mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!;
    record.lines[0]!.productName = payload + 'x'.repeat(100);
    record.otherIncomeName = payload;
    record.otherIncome = 1000;
    mock.db.store.name = payload;
    el.secretSlug = DEMO_ORDER_SLUGS.bankTransferPending;
    await shown(el);
    await aTimeout(50);
    expect(win.__xss).to.equal(undefined);
    expect(shadow(el).querySelector('img[onerror]')).to.equal(null);
    expect(text(el)).to.contain('<img src=x');
  });

  describe('transfer proof', () => {
    let restore: () => void;
    afterEach(() => restore?.());

    async function pick(el: ScalevOrderStatus, file: File) {
      const input = shadow(el).querySelector('input[type="file"]') as HTMLInputElement;
      const data = new DataTransfer();
      data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }

    it('refuses other types and files over 10 MB before any request', async () => {
      const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
      await shown(el);
      await pick(el, new File(['%PDF'], 'proof.pdf', { type: 'application/pdf' }));
      // The check runs with the upload code, loaded when the buyer goes for the file input.
      await until(() => text(el).includes('must be a JPG, PNG or WebP image'), 'type refused');
      await pick(el, new File([new Uint8Array(10_485_761)], 'big.png', { type: 'image/png' }));
      await until(() => text(el).includes('at most 10 MB'), 'size refused');
      expect((shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).disabled).to.equal(true);
      expect(requestsTo(mock, 'transfer-proof-upload')).to.have.length(0);
    });

    it('uploads: upload URL → PUT with the same type, with progress → PATCH transferproof_url → shown as sent', async () => {
      const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
      restore = installFakeXhr(mock);
      await shown(el);
      const bytes = new Uint8Array(2048).fill(7);
      await pick(el, new File([bytes], 'bukti.png', { type: 'image/png' }));
      await until(() => shadow(el).querySelector('img[alt="Transfer proof preview"]'), 'preview');
      const preview = shadow(el).querySelector('img[alt="Transfer proof preview"]') as HTMLImageElement;
      expect(preview.src).to.match(/^blob:/);
      (shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).click();
      await until(() => text(el).includes('Transfer proof sent'), 'sent shown');
      const [upload] = requestsTo(mock, 'transfer-proof-upload', 'POST');
      expect(upload!.body).to.deep.equal({ filename: 'bukti.png', content_type: 'image/png', content_length: 2048 });
      const put = requestsTo(mock, '/__uploads/', 'PUT')[0]!;
      expect(put.headers['content-type']).to.equal('image/png');
      const patch = requestsTo(mock, `/public/orders/${DEMO_ORDER_SLUGS.bankTransferPending}`, 'PATCH')[0]!;
      expect((patch.body as { transferproof_url: string }).transferproof_url).to.match(/\/__uploads\//);
      expect(mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!.transferproofUrl).to.be.a('string');
      await expect(el).to.be.accessible();
    });

    it('after a sent proof the file field is empty again, so the same photo can be picked to send it again', async () => {
      const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
      restore = installFakeXhr(mock);
      await shown(el);
      await pick(el, new File([new Uint8Array(100)], 'bukti.jpg', { type: 'image/jpeg' }));
      await until(() => !(shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).disabled, 'file accepted');
      (shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).click();
      await until(() => text(el).includes('Transfer proof sent'), 'sent shown');
      const input = shadow(el).querySelector('input[type="file"]') as HTMLInputElement;
      // A field still naming the sent file beside a disabled button reads as "not sent"; and picking
      // that same photo again would fire no change event.
      expect(input.value).to.equal('');
      expect(input.files?.length ?? 0).to.equal(0);
    });

    it('"Lihat bukti transfer" and the other text links use the theme primary colour, not the browser blue', async () => {
      const { el, mock } = await mountOrder('');
      mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!.transferproofUrl = 'https://cdn.example.com/proof.png';
      el.style.setProperty('--scalev-color-primary', 'rgb(1, 2, 3)');
      el.secretSlug = DEMO_ORDER_SLUGS.bankTransferPending;
      await shown(el);
      await until(() => shadow(el).querySelector('[part="proof"] a'), 'proof link');
      const proofLink = shadow(el).querySelector('[part="proof"] a') as HTMLAnchorElement;
      expect(proofLink.textContent!.trim()).to.equal('View transfer proof');
      expect(getComputedStyle(proofLink).color).to.equal('rgb(1, 2, 3)');
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a:not(.button)')];
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) expect(getComputedStyle(link).color, link.textContent!.trim()).to.equal('rgb(1, 2, 3)');
    });

    it('a failed upload says why and keeps the chosen file for another try', async () => {
      const { el, mock } = await mountOrder(DEMO_ORDER_SLUGS.bankTransferPending);
      restore = installFakeXhr(mock, { failPut: 1 });
      await shown(el);
      await pick(el, new File([new Uint8Array(100)], 'bukti.jpg', { type: 'image/jpeg' }));
      await until(() => !(shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).disabled, 'file accepted');
      (shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).click();
      await until(() => text(el).includes('could not be sent'), 'failure shown');
      expect(requestsTo(mock, `/public/orders/${DEMO_ORDER_SLUGS.bankTransferPending}`, 'PATCH')).to.have.length(0);
      (shadow(el).querySelector('[part="proof-submit"]') as HTMLButtonElement).click();
      await until(() => text(el).includes('Transfer proof sent'), 'sent after retry');
    });
  });
});
