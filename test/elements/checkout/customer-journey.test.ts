import { expect, html } from '@open-wc/testing';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import { DEMO_CUSTOMER } from '../../../src/mock/index.js';
import '../../../src/elements/checkout/define.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { cartStore } from '../../../src/state/cart.js';
import { DIGITAL_VARIANT, PHYSICAL_VARIANT, addToCart, mountIsolated, choose, fill, pickLocation, placeButton, q, ready, text } from './helpers.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

const opened: Storefront[] = [];

/* Sessions and cart stores of finished tests would keep listening to their channels: closed after each test. */
afterEach(() => {
  for (const sf of opened.splice(0)) {
    sf.customer.dispose();
    cartStore(sf).dispose();
  }
});

async function signedInCheckout(options: { items?: string; setup?: boolean } = {}) {
  sessionStorage.clear();
  const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const sf = mounted.storefront;
  opened.push(sf);
  const result = await sf.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
  expect(result.kind).to.equal('signed-in');
  if (options.setup !== false && !options.items) {
    await cartStore(sf).load({ force: true });
    await addToCart(sf, PHYSICAL_VARIANT, 1, 'Kaos Batik', mounted.mock);
  }
  const el = document.createElement('scalev-checkout');
  if (options.items) el.setAttribute('items', options.items);
  mounted.el.append(el);
  await ready(el);
  return { ...mounted, el };
}

const customerPosts = (mock: Parameters<typeof requestsTo>[0]) =>
  requestsTo(mock, '/customers/me/checkout', 'POST').filter((r) => r.path.endsWith('/customers/me/checkout'));

describe('scalev-checkout: signed-in customer', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('uses saved addresses, labelled payment codes, customer shipping and summary, and orders the customer cart by cart_id', async () => {
    const { el, mock, storefront } = await signedInCheckout();
    expect(requestsTo(mock, '/customers/me/checkout/addresses', 'GET')).to.have.length(1);
    expect(requestsTo(mock, '/customers/me/checkout/payment-methods', 'GET')).to.have.length(1);
    expect(shadow(el).querySelector('[name="customer_email"]'), 'no guest contact step').to.equal(null);
    const addresses = shadow(el).querySelectorAll('input[name="address_id"]');
    expect(addresses.length).to.be.greaterThan(0);
    await until(() => shadow(el).querySelector('input[name="courier_service_id"]'), 'shipping options for the saved address', 6000);
    const shipping = requestsTo(mock, '/customers/me/checkout/shipping-options', 'POST').at(-1)!.body as Record<string, unknown>;
    expect(shipping['location_id']).to.be.a('number');
    expect(shipping['postal_code']).to.match(/^\d{5}$/);
    expect(shipping).to.not.have.property('destination');
    await choose(el, 'courier_service_id');
    // Payment methods come as codes: the kit names them.
    expect(text(el)).to.contain('Virtual Account BCA');
    expect(text(el)).to.contain('Bank transfer');
    await choose(el, 'payment_method', 'va_bca');
    await until(() => requestsTo(mock, '/customers/me/checkout/summary').some((r) => (r.body as { payment_method?: string }).payment_method === 'va_bca'), 'customer summary');
    await expect(el).to.be.accessible();
    placeButton(el).click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    const [post] = customerPosts(mock);
    const body = post!.body as Record<string, unknown>;
    expect(body['cart_id']).to.equal(cartStore(storefront).snapshot.id ?? body['cart_id']);
    expect(body['cart_id']).to.be.a('number');
    expect(body).to.not.have.property('items');
    expect(body['address_id']).to.not.equal(undefined);
    expect(body['payment_method']).to.equal('va_bca');
    expect(post!.headers['authorization']).to.match(/^Bearer /);
    expect(cartStore(storefront).snapshot.lines).to.have.length(0);
    expect(customerPosts(mock)).to.have.length(1);
  });

  it('adds a new address with the location picker, then orders to it', async () => {
    const { el, mock } = await signedInCheckout();
    q<HTMLButtonElement>(el, '.link').click();
    await el.updateComplete;
    await fill(el, 'name', 'Budi Santoso');
    await fill(el, 'phone', '+62 812-1111-2222');
    await fill(el, 'address', 'Jl. Kenanga No. 9');
    await pickLocation(el, 'Gambir');
    await expect(el).to.be.accessible();
    const before = requestsTo(mock, '/customers/me/addresses', 'POST').length;
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.new-address .button')][0]!.click();
    await until(() => requestsTo(mock, '/customers/me/addresses', 'POST').length === before + 1, 'address saved');
    const saved = requestsTo(mock, '/customers/me/addresses', 'POST').at(-1)!.body as Record<string, unknown>;
    expect(saved).to.include({ name: 'Budi Santoso', phone: '6281211112222', location_id: 9090, address: 'Jl. Kenanga No. 9' });
    await until(() => text(el).includes('Address saved'), 'announced');
    await until(() => shadow(el).querySelector('input[name="courier_service_id"]'), 'shipping', 6000);
    await choose(el, 'courier_service_id');
    await choose(el, 'payment_method', 'bank_transfer');
    placeButton(el).click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    const body = customerPosts(mock)[0]!.body as Record<string, unknown>;
    const chosen = [...mock.db.addresses.values()].at(-1)!;
    expect(String(body['address_id'])).to.equal(String(chosen.id));
  });

  it('orders direct items for a customer (digital: no address) and a 401 on place order says the session ended', async () => {
    const items = JSON.stringify([{ type: 'variant', variant_id: DIGITAL_VARIANT, quantity: 1, name: 'E-book' }]);
    const { el, mock } = await signedInCheckout({ items });
    expect(shadow(el).querySelector('input[name="address_id"]')).to.equal(null);
    await choose(el, 'payment_method', 'bank_transfer');
    mock.faults.add({ method: 'POST', path: '/customers/me/checkout', status: 401, body: { message: 'Unauthorized' }, times: 2 });
    placeButton(el).click();
    await until(() => text(el).includes('session has ended'), 'session end explained');
    const body = customerPosts(mock)[0]!.body as Record<string, unknown>;
    expect(body['items']).to.deep.equal([{ type: 'variant', variant_id: DIGITAL_VARIANT, quantity: 1 }]);
    expect(body).to.not.have.property('cart_id');
    expect(body).to.not.have.property('address_id');
    // No order was made; whether the session survived or ended, the buyer can go on.
    expect([...mock.db.orders.values()].filter((o) => o.customerEmail === DEMO_CUSTOMER.email && o.lines.some((l) => l.variantId === DIGITAL_VARIANT && o.createdAt > Date.now() - 60_000))).to.have.length(0);
  });
});
