import { expect, html, aTimeout } from '@open-wc/testing';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import type { ScalevLocationPicker } from '../../../src/ui/location-picker.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { DIGITAL_VARIANT, PHYSICAL_VARIANT, addToCart, mountIsolated, choose, fill, fillGuestContact, placeButton, q, ready, text } from './helpers.js';
import { isValidPhone, normalizePhone } from '../../../src/elements/checkout/phone.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

async function mountCheckout(
  options: { width?: number; items?: string; attrs?: Record<string, string>; urls?: Record<string, string>; setup?: (sf: Storefront) => Promise<void> } = {},
) {
  sessionStorage.clear();
  const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: ${options.width ?? 900}px"></div>`, { urls: options.urls });
  await (options.setup ?? ((sf) => addToCart(sf, PHYSICAL_VARIANT, 1, 'Kaos Batik', mounted.mock)))(mounted.storefront);
  const el = document.createElement('scalev-checkout');
  if (options.items) el.setAttribute('items', options.items);
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  mounted.el.append(el);
  await ready(el);
  return { ...mounted, el };
}

function currentStep(el: ScalevCheckout): string {
  return shadow(el).querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('scalev-checkout: phone steps', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('shows one step at a time on a phone, validates each step, focuses its heading, and is accessible in every step', async () => {
    const { el } = await mountCheckout({ width: 360 });
    expect(currentStep(el)).to.contain('Contact');
    expect(shadow(el).querySelector('[name="shipping_address"]')).to.equal(null);
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    // Validation loads on the first touch of the form (a bare click() here): wait for it.
    await until(() => text(el).includes('Required.'), 'contact step validated');
    expect(currentStep(el), 'stays on an invalid step').to.contain('Contact');
    await fillGuestContact(el);
    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await until(() => currentStep(el).includes('Delivery'), 'delivery step');
    await until(() => shadow(el).activeElement?.id === 'h-delivery', 'heading focused');
    expect(shadow(el).querySelector('[name="customer_name"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await fill(el, 'shipping_address', 'Jl. Melati No. 5');
    const { pickLocation } = await import('./helpers.js');
    await pickLocation(el, 'Gambir');
    await until(() => shadow(el).querySelector('input[name="courier_service_id"]'), 'options', 6000);
    await choose(el, 'courier_service_id');
    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await until(() => currentStep(el).includes('Payment'), 'payment step');
    await expect(el).to.be.accessible();

    await choose(el, 'payment_method', 'bank_transfer');
    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await until(() => currentStep(el).includes('Review'), 'review step');
    expect(text(el)).to.contain('Kaos Batik');
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '[part="back-button"]').click();
    await until(() => currentStep(el).includes('Payment'), 'back to payment');
    expect((shadow(el).querySelector('input[value="bank_transfer"]') as HTMLInputElement).checked, 'choices kept').to.equal(true);
  });

  it('loads placing the order when the buyer first focuses the form, not before', async () => {
    const { el } = await mountCheckout();
    const loaded = () => (el as unknown as { parts: Map<string, unknown> }).parts;
    expect(loaded().has('parts'), 'the form is in').to.equal(true);
    await aTimeout(300);
    expect(loaded().has('submit'), 'nothing to place yet').to.equal(false);
    q<HTMLInputElement>(el, '[name="customer_name"]').focus();
    await until(() => loaded().has('submit'), 'submit part loaded on focus');
  });

  it('an API field error on place order brings the phone layout back to the step of that field', async () => {
    const { el, mock } = await mountCheckout({ width: 360, items: JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1 }]) });
    await fill(el, 'customer_name', 'Rina');
    await fill(el, 'customer_email', 'rina@example.com');
    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await until(() => currentStep(el).includes('Payment'), 'payment (no delivery for digital)');
    await choose(el, 'payment_method', 'bank_transfer');
    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await until(() => currentStep(el).includes('Review'), 'review');
    mock.faults.add({ method: 'POST', path: '/public/checkout', status: 422, body: { errors: { customer_email: ['has already been blocked'] } } });
    placeButton(el).click();
    await until(() => currentStep(el).includes('Contact'), 'back on contact');
    await until(() => text(el).includes('has already been blocked'), 'error on the field');
    await until(() => shadow(el).activeElement?.getAttribute('name') === 'customer_email', 'focused');
  });

  it('the location combobox works by keyboard inside the checkout', async () => {
    const { el } = await mountCheckout();
    const picker = q<ScalevLocationPicker>(el, 'scalev-location-picker');
    await until(() => picker.shadowRoot?.querySelector('input[role="combobox"]'), 'combobox');
    const input = picker.shadowRoot!.querySelector('input[role="combobox"]') as HTMLInputElement;
    input.focus();
    input.value = 'Denpasar';
    input.dispatchEvent(new Event('input'));
    await until(() => input.getAttribute('aria-expanded') === 'true', 'list open');
    const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('ArrowDown');
    key('ArrowDown');
    await picker.updateComplete;
    const active = picker.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('role')).to.equal('option');
    const name = active.querySelector('.option__main')!.textContent!;
    key('Enter');
    await until(() => picker.value?.subdistrict_name === name, 'chosen by keyboard');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('scalev-checkout: after the order', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('after-order="redirect" opens redirect_url exactly as returned', async () => {
    const { el, mock } = await mountCheckout({ items: JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1 }]), attrs: { 'after-order': 'redirect' } });
    const opened: string[] = [];
    el.navigate = (url) => opened.push(url);
    await fill(el, 'customer_name', 'Rina');
    await fill(el, 'customer_email', 'rina@example.com');
    await choose(el, 'payment_method', 'bank_transfer');
    placeButton(el).click();
    await until(() => opened.length === 1, 'navigated');
    const order = [...mock.db.orders.values()].at(-1)!;
    expect(opened[0]).to.match(new RegExp(`/o/${order.secretSlug}/success$`));
    await aTimeout(200);
    expect(requestsTo(mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
  });

  it('goes to the store order-url template with the secret slug when one is set', async () => {
    const { el, mock } = await mountCheckout({
      items: JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1 }]),
      urls: { order: '/pesanan?order={secret_slug}' },
    });
    const opened: string[] = [];
    el.navigate = (url) => opened.push(url);
    await fill(el, 'customer_name', 'Rina');
    await fill(el, 'customer_email', 'rina@example.com');
    await choose(el, 'payment_method', 'qris');
    placeButton(el).click();
    await until(() => opened.length === 1, 'navigated');
    const order = [...mock.db.orders.values()].at(-1)!;
    expect(opened[0]).to.equal(`/pesanan?order=${order.secretSlug}`);
  });

  it('a reply without redirect_url is still a placed order: status shown, never sent again', async () => {
    const { el, mock } = await mountCheckout({ items: JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1 }]), attrs: { 'after-order': 'redirect' } });
    mock.options.includeRedirectUrl = false;
    const opened: string[] = [];
    el.navigate = (url) => opened.push(url);
    await fill(el, 'customer_name', 'Rina');
    await fill(el, 'customer_email', 'rina@example.com');
    await choose(el, 'payment_method', 'bank_transfer');
    placeButton(el).click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'status in place');
    expect(opened).to.have.length(0);
    void el.placeOrder();
    await aTimeout(200);
    expect(requestsTo(mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
  });

  it('fires InitiateCheckout once with items, and one Purchase per order with the deterministic id shared with the page pixels', async () => {
    const calls: unknown[][] = [];
    const page = window as unknown as { fbq?: (...a: unknown[]) => void; ttq?: { track: (...a: unknown[]) => void } };
    page.fbq = (...args) => calls.push(['fbq', ...args]);
    page.ttq = { track: (...args) => calls.push(['ttq', ...args]) };
    try {
      const { el, mock } = await mountCheckout({ items: JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1, name: 'E-book', price: 49000 }]) });
      await until(() => mock.db.analyticsEvents.some((e) => JSON.stringify(e.body).includes('InitiateCheckout')), 'initiate relayed');
      await fill(el, 'customer_name', 'Rina');
      await fill(el, 'customer_email', 'rina@example.com');
      await choose(el, 'payment_method', 'bank_transfer');
      placeButton(el).click();
      await until(() => mock.db.analyticsEvents.some((e) => JSON.stringify(e.body).includes('-FORM')), 'purchase relayed');
      const order = [...mock.db.orders.values()].at(-1)!;
      const meta = mock.db.analyticsEvents.find((e) => e.provider === 'meta' && JSON.stringify(e.body).includes('Purchase'))!;
      const metaEvent = (meta.body['events'] as Array<{ event_id: string; event_name: string }>)[0]!;
      expect(metaEvent.event_id).to.equal(`${order.orderId}-Purchase-FORM`);
      const pixel = calls.find((c) => c[0] === 'fbq' && c[2] === 'Purchase')!;
      expect(pixel[4]).to.deep.equal({ eventID: metaEvent.event_id });
      const tiktok = mock.db.analyticsEvents.find((e) => e.provider === 'tiktok' && JSON.stringify(e.body).includes('CompletePayment'))!;
      expect((tiktok.body['events'] as Array<{ event_id: string }>)[0]!.event_id).to.equal(`${order.orderId}-CompletePayment-FORM`);
      expect(calls.filter((c) => c[0] === 'fbq' && c[2] === 'InitiateCheckout')).to.have.length(1);
      expect(mock.db.analyticsEvents.filter((e) => e.provider === 'meta' && JSON.stringify(e.body).includes('Purchase'))).to.have.length(1);
    } finally {
      delete page.fbq;
      delete page.ttq;
    }
  });
});

describe('Indonesian phone numbers', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('accepts 08…, +62…, 62… with spaces and dashes and normalises to 62… digits', () => {
    expect(normalizePhone('0812-3456-7890')).to.equal('6281234567890');
    expect(normalizePhone('+62 812 3456 7890')).to.equal('6281234567890');
    expect(normalizePhone('62 812.3456.7890')).to.equal('6281234567890');
    expect(normalizePhone('(0812) 3456 789')).to.equal('628123456789');
    expect(normalizePhone('0811-234-567')).to.equal('62811234567');
  });

  it('refuses numbers that are too short or too long, other countries, and letters', () => {
    expect(isValidPhone('12345')).to.equal(false);
    expect(isValidPhone('0812')).to.equal(false);
    expect(isValidPhone('0812345678901234')).to.equal(false);
    expect(isValidPhone('+1 415 555 0100')).to.equal(false);
    expect(isValidPhone('0812-abc-7890')).to.equal(false);
    expect(isValidPhone('')).to.equal(false);
  });
});
