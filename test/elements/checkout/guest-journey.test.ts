import { expect, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { cartStore } from '../../../src/state/cart.js';
import {
  DIGITAL_VARIANT,
  PHYSICAL_VARIANT,
  addToCart,
  choose,
  fill,
  fillGuestContact,
  fillGuestDelivery,
  placeButton,
  q,
  ready,
  text,
  mountIsolated,
  type IsolatedOptions,
} from './helpers.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

/**
 * Mounts a store, lets `setup` fill the cart, then adds the checkout (as on a real checkout page,
 * the cart exists before the checkout opens).
 */
async function mountCheckout(
  attrs: { items?: string } = {},
  setup: (sf: Storefront) => Promise<void> = async () => undefined,
  options: IsolatedOptions = {},
) {
  sessionStorage.clear();
  const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`, options);
  await setup(mounted.storefront);
  const el = document.createElement('scalev-checkout');
  if (attrs.items) el.setAttribute('items', attrs.items);
  mounted.el.append(el);
  await el.updateComplete;
  return { ...mounted, el };
}

describe('scalev-checkout: guest journey', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  async function filledCartCheckout() {
    const mounted = await mountCheckout({}, (sf) => addToCart(sf, PHYSICAL_VARIANT, 2, 'Kaos Batik'));
    const { el } = mounted;
    await ready(el);
    expect(text(el)).to.contain('Kaos Batik');
    await fillGuestContact(el);
    await fillGuestDelivery(el);
    await choose(el, 'payment_method', 'bank_transfer');
    await until(() => q(el, '[part="total"]').textContent!.match(/\d/), 'total shown');
    return mounted;
  }

  it('quotes the guest cart: contact, delivery with courier, payment, totals from the summary', async () => {
    const { el, mock } = await filledCartCheckout();
    await until(() => requestsTo(mock, '/public/checkout/summary').some((r) => (r.body as Record<string, unknown>)['courier_service_id']), 'summary with courier');
    const summaryBody = requestsTo(mock, '/public/checkout/summary').at(-1)!.body as Record<string, unknown>;
    expect(summaryBody['destination']).to.deep.include({ location_id: 9090 });
    expect(summaryBody['payment_method']).to.equal('bank_transfer');
    expect(summaryBody).to.not.have.property('items');
    const total = Number(q(el, '[part="total"]').textContent!.replace(/\D/g, ''));
    expect(total).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says an email or phone is mistyped when the buyer leaves the field, and forgets it as they correct it', async () => {
    const { el } = await mountCheckout({}, (sf) => addToCart(sf, PHYSICAL_VARIANT, 1, 'Kaos Batik'));
    await ready(el);
    const email = q<HTMLInputElement>(el, '[name="customer_email"]');
    await fill(el, 'customer_email', 'budi@contoh');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Enter a valid email address');
    await fill(el, 'customer_email', 'budi@contoh.id');
    expect(email.getAttribute('aria-invalid')).to.not.equal('true');
    expect(text(el)).to.not.contain('Enter a valid email address');
    await fill(el, 'customer_phone', '12ab');
    expect(q(el, '[name="customer_phone"]').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it("offers a returning customer the store's sign-in page, and nothing without one", async () => {
    const withLogin = await mountCheckout({}, (sf) => addToCart(sf, PHYSICAL_VARIANT, 1, 'Kaos Batik'), { urls: { login: '/masuk?dari=checkout' } });
    await ready(withLogin.el);
    const link = q<HTMLAnchorElement>(withLogin.el, '[part="sign-in-link"]');
    expect(link.getAttribute('href')).to.equal('/masuk?dari=checkout');
    expect(q(withLogin.el, '[part="sign-in"]').textContent).to.contain('Have an account?');
    expect(link.textContent).to.contain('Sign in to use your saved addresses');
    await expect(withLogin.el).to.be.accessible();
    const without = await mountCheckout({}, (sf) => addToCart(sf, PHYSICAL_VARIANT, 1, 'Kaos Batik'));
    await ready(without.el);
    expect(shadow(without.el).querySelector('[name="customer_name"]'), 'the contact step is shown').to.exist;
    expect(shadow(without.el).querySelector('[part~="sign-in"]')).to.equal(null);
  });

  it('places the guest cart order once, clears the cart and shows the status in place', async () => {
    const { el, mock, storefront } = await filledCartCheckout();
    let created: unknown = null;
    el.addEventListener('scalev-order-created', (e) => (created = e.detail.order));
    let before: unknown = null;
    el.addEventListener('scalev-before-checkout', (e) => (before = e.detail));
    placeButton(el).click();
    placeButton(el).click();
    await until(() => created, 'order created');
    expect(requestsTo(mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
    const body = requestsTo(mock, '/public/checkout', 'POST').find((r) => r.path.endsWith('/public/checkout'))!.body as Record<string, unknown>;
    expect(body).to.not.have.property('items');
    expect(body).to.include({
      customer_name: 'Sari Dewi',
      customer_email: 'sari@example.com',
      customer_phone: '6281234567890',
      shipping_location_id: 9090,
      payment_method: 'bank_transfer',
    });
    expect(body['shipping_postal_code']).to.match(/^\d{5}$/);
    expect(body['courier_service_id']).to.be.a('number');
    expect((before as { customer: boolean }).customer).to.equal(false);
    expect(cartStore(storefront).snapshot.lines).to.have.length(0);
    await until(() => shadow(el).querySelector('scalev-order-status'), 'status in place');
    const status = shadow(el).querySelector('scalev-order-status')!;
    await until(() => status.shadowRoot?.querySelector('[part="payment-instructions"]'), 'instructions');
    expect(el.matches(':state(placed)')).to.equal(true);

    // A reload shows the placed order, not the form…
    el.remove();
    const again = document.createElement('scalev-checkout');
    const host = document.querySelector('scalev-store div') as HTMLElement;
    host.append(again);
    await until(() => again.shadowRoot?.querySelector('scalev-order-status'), 'status after reload');
    // …until the buyer shops again: new cart items bring the form back.
    again.remove();
    await addToCart(storefront, PHYSICAL_VARIANT, 1, 'Kaos Batik');
    const next = document.createElement('scalev-checkout');
    host.append(next);
    await ready(next);
    expect(next.shadowRoot!.querySelector('scalev-order-status')).to.equal(null);
  });

  it('placing the order from the keyboard leaves the focus on the confirmation, not on the page', async () => {
    const { el } = await filledCartCheckout();
    placeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    await until(() => shadow(el).activeElement?.matches('[part~="placed"] > [part~="notice"]'), 'focus on the "order placed" notice');
    expect(shadow(el).activeElement!.textContent).to.match(/^(Order \S+ placed\.|Pesanan \S+ berhasil dibuat\.)$/);

    // "Shop again" leaves with the placed view: focus goes to the (now empty) checkout.
    const again = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="placed"] > button')].at(-1)!;
    again.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.matches(':state(empty)'), 'empty after the order');
    await until(() => shadow(el).activeElement === shadow(el).querySelector('[part~="empty"]'), 'focus on the empty message, not on the page');
  });

  it('orders direct items without touching the cart, and skips delivery for a digital-only order', async () => {
    const { el, mock, storefront } = await mountCheckout(
      { items: JSON.stringify([{ type: 'variant', variant_id: DIGITAL_VARIANT, quantity: 1, name: 'E-book Resep' }]) },
      (sf) => addToCart(sf, PHYSICAL_VARIANT, 1),
    );
    await ready(el);
    expect(text(el)).to.contain('Digital products');
    expect(shadow(el).querySelector('scalev-location-picker')).to.equal(null);
    await fill(el, 'customer_name', 'Budi');
    await fill(el, 'customer_email', 'budi@example.com');
    await choose(el, 'payment_method', 'qris');
    placeButton(el).click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    const post = requestsTo(mock, '/public/checkout', 'POST').find((r) => r.path.endsWith('/public/checkout'))!;
    expect(post.body).to.deep.include({ items: [{ type: 'variant', variant_id: DIGITAL_VARIANT, quantity: 1 }] });
    expect(post.headers['x-scalev-guest-token'], 'direct items leave the guest cart alone').to.equal(undefined);
    expect(cartStore(storefront).snapshot.lines).to.have.length(1);
  });

  it('keeps what the buyer typed across a reload until the order is placed, then shows the status after a reload', async () => {
    const items = JSON.stringify([{ variant_id: DIGITAL_VARIANT, quantity: 1 }]);
    const first = await mountCheckout({ items });
    await ready(first.el);
    await fill(first.el, 'customer_name', 'Rina');
    await fill(first.el, 'customer_email', 'rina@example.com');
    await aTimeout(400);
    first.el.remove();
    const second = await mountIsolated<ScalevCheckout>(html`<scalev-checkout items=${items}></scalev-checkout>`, { mock: first.mock, storeId: first.storeId });
    await ready(second.el);
    expect(q<HTMLInputElement>(second.el, '[name="customer_name"]').value).to.equal('Rina');
    expect(q<HTMLInputElement>(second.el, '[name="customer_email"]').value).to.equal('rina@example.com');
    expect(text(second.el)).to.contain('restored');
    await choose(second.el, 'payment_method', 'bank_transfer');
    placeButton(second.el).click();
    await until(() => shadow(second.el).querySelector('scalev-order-status'), 'placed');
    second.el.remove();
    const third = await mountIsolated<ScalevCheckout>(html`<scalev-checkout items=${items}></scalev-checkout>`, { mock: first.mock, storeId: first.storeId });
    await until(() => shadow(third.el).querySelector('scalev-order-status'), 'status after reload');
    expect(shadow(third.el).querySelector('[name="customer_name"]')).to.equal(null);
    expect(requestsTo(first.mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
  });
});
