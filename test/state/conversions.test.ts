import { expect, html, aTimeout } from '@open-wc/testing';
import { requestsTo } from '../helpers/fixture.js';
import { mountIsolated } from '../elements/checkout/helpers.js';
import type { MockScalev } from '../../src/mock/index.js';
import type { Storefront } from '../../src/context/storefront.js';
import {
  captureAttribution,
  conversionSettings,
  trackAddToCart,
  trackViewContent,
  type ConversionItem,
} from '../../src/state/conversions.js';
import { trackInitiateCheckout, trackPurchase } from '../../src/state/order-conversions.js';
import type { StorefrontPublicOrder } from '../../src/api/types.js';

type Pixel = (...args: unknown[]) => void;
const page = window as unknown as { fbq?: Pixel; ttq?: { track: Pixel } };

function clearCookies(): void {
  for (const name of ['_fbc', '_fbp', '_ttclid', '_kwai_click_id', '_ttp']) document.cookie = `${name}=; Max-Age=0; Path=/`;
}

async function setup(): Promise<{ sf: Storefront; mock: MockScalev; item: ConversionItem }> {
  const { storefront, mock } = await mountIsolated(html`<div></div>`);
  const variant = mock.db.variants.get(494535)!;
  return {
    sf: storefront,
    mock,
    item: { variantId: 494535, uniqueId: variant.json.unique_id!, name: 'Kaos Batik', price: 125000, quantity: 2 },
  };
}

function fakeOrder(mock: MockScalev, overrides: Partial<StorefrontPublicOrder> = {}): StorefrontPublicOrder {
  return {
    id: crypto.randomUUID(),
    order_id: `ORD-${Math.floor(Math.random() * 1e9)}`,
    secret_slug: 'slug',
    public_order_url: null,
    payment_url: null,
    status: 'pending',
    payment_status: 'unpaid',
    gross_revenue: '147000.00',
    product_price: '125000.00',
    shipping_cost: '12000',
    pg_payment_info: {},
    payment_method: 'bank_transfer',
    orderlines: [{ quantity: 1, product_name: 'Kaos Batik', variant_price: '125000.00' }],
    customer: { email: 'Sari@Example.com' },
    destination_address: { name: 'Sari Dewi', phone: '6281234567890', city: 'Kota Jakarta Pusat', province: 'DKI Jakarta' },
    customer_id: 77,
    ...overrides,
  };
  void mock;
}

describe('conversion events', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  beforeEach(() => {
    localStorage.removeItem('scalev:conversions:fired');
    clearCookies();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(() => {
    delete page.fbq;
    delete page.ttq;
    history.replaceState(null, '', location.pathname);
  });

  it('AddToCart: one random event id shared by the pixels and the Meta/TikTok relays, unique ids as items, IDR integers', async () => {
    const { sf, mock, item } = await setup();
    const calls: unknown[][] = [];
    page.fbq = (...a) => calls.push(['fbq', ...a]);
    page.ttq = { track: (...a) => calls.push(['ttq', ...a]) };
    await trackAddToCart(sf, item);
    const meta = mock.db.analyticsEvents.find((e) => e.provider === 'meta')!;
    const tiktok = mock.db.analyticsEvents.find((e) => e.provider === 'tiktok')!;
    const metaEvent = (meta.body['events'] as Array<{ event_id: string; event_name: string; parameters: Record<string, unknown> }>)[0]!;
    const tiktokEvent = (tiktok.body['events'] as Array<{ event_id: string; event: string }>)[0]!;
    expect(metaEvent.event_name).to.equal('AddToCart');
    expect(metaEvent.event_id).to.match(/^atc_[0-9a-f-]{36}$/);
    expect(tiktokEvent.event_id).to.equal(metaEvent.event_id);
    expect(calls.find((c) => c[0] === 'fbq')).to.deep.equal(['fbq', 'track', 'AddToCart', metaEvent.parameters, { eventID: metaEvent.event_id }]);
    expect(calls.find((c) => c[0] === 'ttq')![3]).to.deep.equal({ event_id: metaEvent.event_id });
    expect(metaEvent.parameters).to.include({ value: 250000, currency: 'IDR', num_items: 2 });
    expect(meta.body['variants']).to.deep.equal([{ variant_unique_id: item.uniqueId, quantity: 2 }]);
    expect(mock.db.analyticsEvents.some((e) => e.provider === 'snackvideo'), 'no SnackVideo server event without a click id').to.equal(false);
    // A second add is another interaction: another id.
    await trackAddToCart(sf, item);
    const ids = mock.db.analyticsEvents.filter((e) => e.provider === 'meta').map((e) => (e.body['events'] as Array<{ event_id: string }>)[0]!.event_id);
    expect(new Set(ids).size).to.equal(2);
  });

  it('ViewContent and InitiateCheckout are relayed with their names', async () => {
    const { sf, mock, item } = await setup();
    await trackViewContent(sf, { ...item, quantity: 5 });
    await trackInitiateCheckout(sf, [item, { ...item, variantId: 494545, uniqueId: mock.db.variants.get(494545)!.json.unique_id!, quantity: 1 }], null);
    const names = mock.db.analyticsEvents.filter((e) => e.provider === 'meta').map((e) => (e.body['events'] as Array<{ event_name: string; parameters: Record<string, unknown> }>)[0]!);
    expect(names.map((n) => n.event_name)).to.deep.equal(['ViewContent', 'InitiateCheckout']);
    expect(names[0]!.parameters['num_items'], 'a detail view counts one of the visible variant').to.equal(1);
    expect(names[1]!.parameters['value']).to.equal(125000 * 2 + 125000);
  });

  it('captures fbclid, ttclid and click_id into the documented cookies; SnackVideo server events only with a click id', async () => {
    history.replaceState(null, '', `${location.pathname}?fbclid=FB123&ttclid=TT456&click_id=KW789&order=secret-slug`);
    const attribution = captureAttribution();
    expect(attribution.fbc).to.match(/^fb\.1\.\d{13}\.FB123$/);
    expect(document.cookie).to.contain('_fbc=fb.1.');
    expect(document.cookie).to.match(/_fbp=fb\.1\.\d+\.\d+/);
    expect(document.cookie).to.contain('_ttclid=TT456');
    expect(document.cookie).to.contain('_kwai_click_id=KW789');
    const { sf, mock, item } = await setup();
    await trackAddToCart(sf, item);
    const snack = mock.db.analyticsEvents.find((e) => e.provider === 'snackvideo')!;
    expect(snack.body['click_id']).to.equal('KW789');
    expect((snack.body['events'] as Array<{ event_name: string }>)[0]!.event_name).to.equal('addToCart');
    const meta = mock.db.analyticsEvents.find((e) => e.provider === 'meta')!;
    expect((meta.body['user_data'] as Record<string, unknown>)['fbc']).to.match(/FB123$/);
    expect((mock.db.analyticsEvents.find((e) => e.provider === 'tiktok')!.body['user'] as Record<string, unknown>)['ttclid']).to.equal('TT456');
    // Page URLs go without query: the order slug never reaches analytics.
    for (const event of mock.db.analyticsEvents) {
      expect(String(event.body['event_source_url'])).to.not.contain('?');
      expect(JSON.stringify(event.body)).to.not.contain('secret-slug');
    }
  });

  it('Purchase: deterministic ids, counted once per order even across calls and reloads, buyer data from the order', async () => {
    const { sf, mock, item } = await setup();
    const order = fakeOrder(mock);
    const calls: unknown[][] = [];
    page.fbq = (...a) => calls.push(['fbq', ...a]);
    await trackPurchase(sf, order, [item]);
    await trackPurchase(sf, order, [item]);
    const purchases = mock.db.analyticsEvents.filter((e) => e.provider === 'meta');
    expect(purchases).to.have.length(1);
    const event = (purchases[0]!.body['events'] as Array<{ event_id: string; parameters: Record<string, unknown> }>)[0]!;
    expect(event.event_id).to.equal(`${order.order_id}-Purchase-FORM`);
    expect(event.parameters['value']).to.equal(147000);
    expect(calls).to.have.length(1);
    expect(calls[0]![4]).to.deep.equal({ eventID: `${order.order_id}-Purchase-FORM` });
    const user = purchases[0]!.body['user_data'] as Record<string, unknown>;
    expect(user).to.include({ em: 'sari@example.com', ph: '6281234567890', fn: 'sari', ln: 'dewi', country: 'id', external_id: '77' });
    expect(localStorage.getItem('scalev:conversions:fired')).to.contain(String(order.order_id));
    const tiktok = mock.db.analyticsEvents.find((e) => e.provider === 'tiktok')!;
    expect((tiktok.body['events'] as Array<{ event: string; event_id: string }>)[0]).to.deep.include({
      event: 'CompletePayment',
      event_id: `${order.order_id}-CompletePayment-FORM`,
    });
  });

  it('no purchase event for an order flagged is_probably_spam', async () => {
    const { sf, mock } = await setup();
    await trackPurchase(sf, fakeOrder(mock, { is_probably_spam: true }));
    expect(mock.db.analyticsEvents).to.have.length(0);
    expect(requestsTo(mock, '/analytics')).to.have.length(0);
  });

  it('relay failures never throw and never reach the buyer; any 2xx counts as accepted', async () => {
    const { sf, mock, item } = await setup();
    mock.faults.add({ path: '/public/analytics/meta/events', status: 500, times: 1 });
    mock.faults.add({ path: '/public/analytics/tiktok/events', kind: 'offline', times: 1 });
    await trackAddToCart(sf, item);
    mock.faults.add({ path: '/public/analytics/meta/events', status: 202, body: 'queued', contentType: 'text/plain', times: 1 });
    await trackAddToCart(sf, item);
    expect(requestsTo(mock, '/public/analytics/meta/events')).to.have.length(2);
    // A throwing page pixel does not stop the relay either.
    page.fbq = () => {
      throw new Error('pixel broke');
    };
    await trackViewContent(sf, item);
    expect(mock.db.analyticsEvents.some((e) => JSON.stringify(e.body).includes('ViewContent'))).to.equal(true);
    await trackAddToCart(sf, undefined as unknown as ConversionItem);
    await aTimeout(10);
  });

  it('a network can be switched off per store', async () => {
    const { sf, mock, item } = await setup();
    conversionSettings(sf).tiktok = false;
    await trackAddToCart(sf, item);
    expect(requestsTo(mock, '/analytics/tiktok')).to.have.length(0);
    expect(requestsTo(mock, '/analytics/meta')).to.have.length(1);
  });
});
