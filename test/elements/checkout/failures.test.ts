import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type FaultRule, type MockScalev } from '../../../src/mock/index.js';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { mapFieldErrors } from '../../../src/elements/checkout/field-errors.js';
import {
  PHYSICAL_VARIANT,
  addToCart,
  choose,
  fill,
  fillGuestContact,
  fillGuestDelivery,
  picker,
  placeButton,
  q,
  ready,
  text,
} from './helpers.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

ScalevStore.define();
let stores = 0;

/**
 * A store with a short request timeout (800 ms), so "no answer" can be tested inside the test
 * time limit; otherwise the same in-browser mock as every other test.
 */
async function mount(options: { setup?: (sf: Storefront, mock: MockScalev) => Promise<void>; width?: number; wait?: boolean } = {}) {
  sessionStorage.clear();
  const storeId = `store_fail_${Date.now().toString(36)}_${++stores}`;
  const mock = createMockScalev({ storeId });
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${storeId}
    storefront-key=${DEMO_STOREFRONT_KEY}
    api-base=${DEMO_API_BASE}
    locale="en"
    timeout="800"
    .fetcher=${mock.fetch}
    ><div style="width: ${options.width ?? 900}px"></div
  ></scalev-store>`);
  const sf = store.storefront!;
  await (options.setup ?? ((s, m) => addToCart(s, PHYSICAL_VARIANT, 1, 'Kaos Batik', m)))(sf, mock);
  const el = document.createElement('scalev-checkout');
  store.firstElementChild!.append(el);
  if (options.wait !== false) await ready(el);
  return { el, mock, sf };
}

async function fillEverything(el: ScalevCheckout): Promise<void> {
  await fillGuestContact(el);
  await fillGuestDelivery(el);
  await choose(el, 'payment_method', 'bank_transfer');
}

const orderPosts = (mock: MockScalev) => requestsTo(mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'));

function fieldError(el: ScalevCheckout, name: string): string {
  const field = shadow(el).querySelector(`[data-field="${name}"] .field__error`);
  return field?.textContent?.trim() ?? '';
}

describe('scalev-checkout: failures', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('validates before sending: required fields, email and Indonesian phone formats, focus on the first problem', async () => {
    const { el, mock } = await mount();
    await fill(el, 'customer_email', 'not-an-email');
    await fill(el, 'customer_phone', '12345');
    placeButton(el).click();
    // Placing the order loads on the first touch of the form (a bare click() here): wait for it.
    await until(() => fieldError(el, 'customer_name'), 'validation shown');
    expect(orderPosts(mock)).to.have.length(0);
    expect(fieldError(el, 'customer_name')).to.equal('Required.');
    expect(fieldError(el, 'customer_email')).to.contain('valid email');
    expect(fieldError(el, 'customer_phone')).to.contain('Indonesian mobile number');
    await until(() => shadow(el).activeElement?.getAttribute('name') === 'customer_name', 'focus on the first invalid field');
    expect(q(el, '[name="customer_email"]').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '[name="customer_email"]').getAttribute('aria-describedby')).to.contain('f-customer_email-error');
    await expect(el).to.be.accessible();
  });

  const FIELD_CASES: Array<[apiField: string, check: (el: ScalevCheckout) => string]> = [
    ['customer_name', (el) => fieldError(el, 'customer_name')],
    ['customer_email', (el) => fieldError(el, 'customer_email')],
    ['customer_phone', (el) => fieldError(el, 'customer_phone')],
    ['customer.phone', (el) => fieldError(el, 'customer_phone')],
    ['shipping_address', (el) => fieldError(el, 'shipping_address')],
    ['shipping_location_id', (el) => picker(el).shadowRoot!.querySelector('input[role="combobox"]')!.closest('.field')!.querySelector('.field__error')?.textContent ?? ''],
    ['shipping_postal_code', (el) => picker(el).shadowRoot!.querySelector('[name="shipping_postal_code"]')!.closest('.field')!.querySelector('.field__error')?.textContent ?? ''],
    ['courier_service_id', (el) => shadow(el).querySelector('#e-courier')?.textContent ?? ''],
    ['payment_method', (el) => shadow(el).querySelector('#e-payment')?.textContent ?? ''],
    ['discount_code_code', (el) => shadow(el).querySelector('#f-discount-msg')?.textContent ?? ''],
    ['notes', (el) => fieldError(el, 'notes')],
  ];

  for (const [apiField, check] of FIELD_CASES) {
    it(`an API 422 on ${apiField} lands on its field and keeps the form`, async () => {
      const { el, mock } = await mount();
      await fillEverything(el);
      mock.faults.add({
        method: 'POST',
        path: '/public/checkout',
        status: 422,
        body: { message: 'Validation failed', errors: { [apiField]: [`${apiField} is wrong`] } },
      });
      placeButton(el).click();
      await until(() => check(el).includes(`${apiField} is wrong`), `error on ${apiField}`);
      expect(text(el)).to.contain('Please check the highlighted fields');
      expect(q<HTMLInputElement>(el, '[name="customer_name"]').value).to.equal('Sari Dewi');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('maps nested and unknown API field names', () => {
    const mapped = mapFieldErrors({
      'customer.phone': ['is invalid'],
      'destination.postal_code': ['does not belong'],
      location_id: ["can't be blank"],
      'items.0.quantity': ['too many'],
    });
    expect(mapped.fields).to.deep.equal({
      customer_phone: 'is invalid',
      postal_code: 'does not belong',
      location: "can't be blank",
    });
    expect(mapped.other).to.deep.equal(['items 0 quantity: too many']);
  });

  it('a 500 on place order keeps everything typed and offers a retry that places one order', async () => {
    const { el, mock } = await mount();
    await fillEverything(el);
    const ordersBefore = mock.db.orders.size;
    mock.faults.add({ method: 'POST', path: '/public/checkout', status: 500, body: { message: 'Internal error' } });
    placeButton(el).click();
    await until(() => text(el).includes('The order was not placed'), 'failure shown');
    expect(text(el)).to.contain('trouble');
    expect(q<HTMLInputElement>(el, '[name="customer_email"]').value).to.equal('sari@example.com');
    q<HTMLButtonElement>(el, '[part="retry-button"]').click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed after retry');
    expect(mock.db.orders.size - ordersBefore).to.equal(1);
    expect(orderPosts(mock)).to.have.length(2);
  });

  it('a timeout is an uncertain outcome: no automatic resend, a clear warning, the form kept, a manual retry; never a second order', async () => {
    const { el, mock } = await mount();
    await fillEverything(el);
    const ordersBefore = mock.db.orders.size;
    mock.faults.add({ method: 'POST', path: '/public/checkout', kind: 'timeout' });
    placeButton(el).click();
    await until(() => text(el).includes('may already have been placed'), 'uncertain warning', 5000);
    await aTimeout(1200);
    expect(orderPosts(mock), 'not resent automatically').to.have.length(1);
    expect(q<HTMLInputElement>(el, '[name="customer_name"]').value).to.equal('Sari Dewi');
    // The warning survives a reload of the form.
    expect(sessionStorage.length).to.be.greaterThan(0);
    q<HTMLButtonElement>(el, '[part="retry-button"]').click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed after the explicit retry');
    expect(mock.db.orders.size - ordersBefore, 'exactly one order exists').to.equal(1);
    expect(orderPosts(mock)).to.have.length(2);
    // After success nothing is ever sent again.
    await aTimeout(300);
    expect(orderPosts(mock)).to.have.length(2);
  });

  for (const [name, fault, expected, uncertain] of [
    ['429 plain text', { status: 429, body: 'Too many requests', contentType: 'text/plain', headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 30) } }, /Too many requests/, false],
    ['offline', { kind: 'offline' }, /may already have been placed/, true],
    ['malformed JSON', { kind: 'malformed' }, /may already have been placed/, true],
  ] as const) {
    it(`place order ${name}: ${uncertain ? 'uncertain' : 'failed'}, never resent automatically, retry works`, async () => {
      const { el, mock } = await mount();
      await fillEverything(el);
      mock.faults.add({ method: 'POST', path: '/public/checkout', ...(fault as Partial<FaultRule>) } as FaultRule);
      placeButton(el).click();
      await until(() => expected.test(text(el)), 'message shown');
      await aTimeout(200);
      expect(orderPosts(mock)).to.have.length(1);
      q<HTMLButtonElement>(el, '[part="retry-button"]').click();
      await until(() => shadow(el).querySelector('scalev-order-status'), 'placed after retry');
    });
  }

  it('the button cannot submit twice, even while pending on a slow network', async () => {
    const { el, mock } = await mount();
    await fillEverything(el);
    mock.faults.add({ method: 'POST', path: '/public/checkout', kind: 'delay', delayMs: 400 });
    const button = placeButton(el);
    button.click();
    button.click();
    await el.updateComplete;
    expect(placeButton(el).disabled).to.equal(true);
    expect(el.matches(':state(placing)')).to.equal(true);
    placeButton(el).click();
    void el.placeOrder();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    expect(orderPosts(mock)).to.have.length(1);
  });

  it('a cancelled scalev-before-checkout sends nothing', async () => {
    const { el, mock } = await mount();
    await fillEverything(el);
    el.addEventListener('scalev-before-checkout', (e) => e.preventDefault(), { once: true });
    placeButton(el).click();
    await until(() => text(el).includes('The order was not sent'), 'cancel noted');
    expect(orderPosts(mock)).to.have.length(0);
  });

  it('ignores a stale shipping answer when the destination changed meanwhile', async () => {
    const { el, mock } = await mount();
    await fillGuestContact(el);
    await fill(el, 'shipping_address', 'Jl. Melati No. 5');
    mock.faults.add({ method: 'POST', path: '/public/checkout/shipping-options', kind: 'delay', delayMs: 900 });
    const { pickLocation } = await import('./helpers.js');
    await pickLocation(el, 'Gambir');
    // The Gambir quote is now on its way (held 900 ms); the buyer changes the destination meanwhile.
    await aTimeout(350);
    await pickLocation(el, 'Denpasar Selatan');
    await until(() => shadow(el).querySelector('input[name="courier_service_id"]'), 'options shown', 6000);
    await aTimeout(1000);
    const last = requestsTo(mock, '/shipping-options').at(-1)!;
    expect((last.body as { destination: { location_id: number } }).destination.location_id).to.equal(picker(el).value!.id);
    const bali = mock.db.findLocation('Denpasar Selatan')!;
    expect(picker(el).value!.id).to.equal(bali.id);
    // Jakarta-only couriers would show if the stale Gambir answer had won.
    const shown = [...shadow(el).querySelectorAll('[part="shipping-option"]')].map((o) => o.textContent ?? '');
    const expected = await (await import('../../../src/api/checkout.js')).listShippingOptions(
      (el as unknown as { storefront: Storefront }).storefront.http,
      { destination: { location_id: bali.id, postal_code: picker(el).postalCode } },
    );
    expect(shown.length).to.equal(expected.length);
  });

  it('re-asks the summary when the payment method changes and shows Other Charges and service fee as separate rows', async () => {
    const { el, mock } = await mount();
    await fillGuestContact(el);
    await fillGuestDelivery(el);
    await choose(el, 'payment_method', 'bank_transfer');
    await until(() => requestsTo(mock, '/summary').some((r) => (r.body as { payment_method?: string }).payment_method === 'bank_transfer'), 'summary for transfer');
    await until(() => text(el).includes('Biaya Penanganan'), 'other charges row');
    expect(text(el)).to.not.contain('Service fee');
    await choose(el, 'payment_method', 'qris');
    await until(() => requestsTo(mock, '/summary').some((r) => (r.body as { payment_method?: string }).payment_method === 'qris'), 'summary for qris');
    await until(() => text(el).includes('Service fee'), 'service fee row');
    const summary = requestsTo(mock, '/summary').at(-1)!;
    expect(summary.method).to.equal('POST');
    const totalText = q(el, '[part="total"]').textContent!.replace(/\D/g, '');
    expect(Number(totalText)).to.be.greaterThan(0);
  });

  it('a discount code is validated with a clear accepted or rejected message', async () => {
    const { el, mock } = await mount();
    await fill(el, 'discount_code_code', 'NOPE');
    q<HTMLButtonElement>(el, '.discount button').click();
    await until(() => text(el).includes('Code NOPE does not apply'), 'rejected');
    expect(q(el, '[name="discount_code_code"]').getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'discount_code_code', 'HEMAT10');
    q<HTMLButtonElement>(el, '.discount button').click();
    await until(() => text(el).includes('Code HEMAT10 applied'), 'accepted');
    await until(() => requestsTo(mock, '/summary').some((r) => (r.body as { discount_code_code?: string }).discount_code_code === 'HEMAT10'), 'summary with code');
    await until(() => text(el).includes('Discount (HEMAT10)'), 'discount row');
    await expect(el).to.be.accessible();
  });

  /** A checkout of direct items whose first payment-methods request answers 500. */
  async function checkoutWithFailingPreparation(): Promise<ScalevCheckout> {
    sessionStorage.clear();
    const storeId = `store_fail_${Date.now().toString(36)}_${++stores}`;
    const mock = createMockScalev({ storeId });
    mock.faults.add({ method: 'GET', path: '/public/payment-methods', status: 500 });
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${storeId} storefront-key=${DEMO_STOREFRONT_KEY} api-base=${DEMO_API_BASE} locale="en" .fetcher=${mock.fetch}
      ><scalev-checkout items=${JSON.stringify([{ variant_id: PHYSICAL_VARIANT, quantity: 1 }])}></scalev-checkout
    ></scalev-store>`);
    const el = store.querySelector('scalev-checkout') as ScalevCheckout;
    return el;
  }

  it('preparing fails (payment methods 500) → an error with a retry that works', async () => {
    const el = await checkoutWithFailingPreparation();
    await until(() => shadow(el).querySelector('[part="error"]'), 'error');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part="retry-button"]').click();
    await ready(el);
  });

  it('a preparation retry pressed from the keyboard leaves the focus in the form, not on the page', async () => {
    const el = await checkoutWithFailingPreparation();
    await until(() => shadow(el).querySelector('[part="retry-button"]'), 'error');
    q<HTMLButtonElement>(el, '[part="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await ready(el);
    await until(() => shadow(el).activeElement?.getAttribute('name') === 'customer_name', 'focus on the first field, not lost to the page');
  });

  it('an empty cart shows the empty state; invalid items say so', async () => {
    const { el } = await mount({ setup: async () => undefined, wait: false });
    await until(() => text(el).includes('Your cart is empty'), 'empty');
    expect(el.matches(':state(empty)')).to.equal(true);
    el.setAttribute('items', '[{"variant_id": "abc"}]');
    await until(() => text(el).includes('not valid'), 'invalid items');
  });

  it('renders hostile text from the catalogue and the API as text', async () => {
    const payload = '<img src=x onerror="window.__xss=true">';
    const { el, mock } = await mount({
      setup: async (sf, m) => {
        m.db.variants.get(PHYSICAL_VARIANT)!.product.detail.name = payload;
        m.db.paymentMethods[0]!.label = payload;
        m.db.store.otherCharge.name = payload;
        await addToCart(sf, PHYSICAL_VARIANT, 1, payload + 'x'.repeat(100), m);
      },
    });
    await fillGuestContact(el);
    await fillGuestDelivery(el);
    await choose(el, 'payment_method', 'bank_transfer');
    await until(() => text(el).includes('<img src=x'), 'payload shown as text');
    await aTimeout(50);
    expect((window as unknown as { __xss?: boolean }).__xss).to.equal(undefined);
    expect(shadow(el).querySelector('img[onerror]')).to.equal(null);
    void mock;
  });
});
