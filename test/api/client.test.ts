import { expect } from '@open-wc/testing';
import * as account from '../../src/api/account.js';
import * as analytics from '../../src/api/analytics.js';
import * as auth from '../../src/api/auth.js';
import * as cart from '../../src/api/cart.js';
import * as catalog from '../../src/api/catalog.js';
import * as checkout from '../../src/api/checkout.js';
import { memoryGuestTokens, ScalevClient } from '../../src/api/client.js';
import * as courses from '../../src/api/courses.js';
import * as customerCart from '../../src/api/customer-cart.js';
import * as customerCheckout from '../../src/api/customer-checkout.js';
import * as customerOrders from '../../src/api/customer-orders.js';
import { ScalevApiError } from '../../src/api/errors.js';
import { ScalevHttp } from '../../src/api/http.js';
import * as api from '../../src/api/index.js';
import * as intents from '../../src/api/intents.js';
import * as locations from '../../src/api/locations.js';
import * as orders from '../../src/api/orders.js';
import * as subscriptions from '../../src/api/subscriptions.js';
import * as f from './fixtures.js';
import { json, recordingFetch } from './recording-fetch.js';

const modules = {
  account, analytics, auth, cart, catalog, checkout, courses, customerCart, customerCheckout, customerOrders,
  intents, locations, orders, subscriptions,
};

function functionNames(module: object): string[] {
  return Object.entries(module).filter(([, value]) => typeof value === 'function').map(([name]) => name).sort();
}

describe('ScalevClient', () => {
  it('exposes every function of every route module under its namespace', () => {
    const client = new ScalevClient({ storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY });
    for (const [name, module] of Object.entries(modules)) {
      const namespace = (client as unknown as Record<string, object>)[name];
      expect(namespace, name).to.be.an('object');
      expect(functionNames(namespace), name).to.deep.equal(functionNames(module));
    }
  });

  it('fills in its http and keeps the guest token between calls', async () => {
    let served = 0;
    const recorder = recordingFetch(() =>
      json(served++ === 0 ? 200 : 201, f.guestCart, { 'X-Scalev-Guest-Token': f.GUEST_TOKEN }),
    );
    const client = new ScalevClient({ storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY, apiBase: f.API_BASE, fetch: recorder.fetch });
    expect(await client.cart.getCart()).to.deep.equal(f.guestCart);
    await client.cart.addItem({ type: 'variant', variant_id: 11, quantity: 1 });
    expect(recorder.requests[0]!.headers['x-scalev-guest-token']).to.equal(undefined);
    expect(recorder.requests[1]!.headers['x-scalev-guest-token']).to.equal(f.GUEST_TOKEN);
    expect(recorder.requests[1]!.url.href).to.equal(`${f.API_BASE}/v3/stores/${f.STORE_ID}/public/cart/items`);
  });

  it('defaults to the production API base', () => {
    const client = new ScalevClient({ storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY });
    expect(client.http.url({ family: 'public', path: '/public/items' })).to.equal(`https://api.scalev.com/v3/stores/${f.STORE_ID}/public/items`);
  });

  it('wraps an existing ScalevHttp instead of making one', () => {
    const http = new ScalevHttp({ apiBase: f.API_BASE, storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY });
    expect(new ScalevClient(http).http).to.equal(http);
  });

  it('refuses a missing store id or key, and a secret business key', () => {
    for (const config of [
      { storeId: '', storefrontKey: f.STOREFRONT_KEY },
      { storeId: f.STORE_ID, storefrontKey: ' ' },
      { storeId: f.STORE_ID, storefrontKey: 'sk_live_secret' },
    ]) {
      try {
        new ScalevClient(config);
        expect.fail(`accepted ${JSON.stringify(config)}`);
      } catch (error) {
        expect(error).to.be.instanceOf(ScalevApiError);
        expect((error as ScalevApiError).kind).to.equal('config');
      }
    }
  });

  it('keeps a guest token in memory by default', () => {
    const store = memoryGuestTokens();
    expect(store.get()).to.equal(null);
    store.set('abc');
    expect(store.get()).to.equal('abc');
  });
});

describe('public index', () => {
  it('re-exports the client, the errors, the wrapper and every module as a namespace', () => {
    expect(api.ScalevClient).to.equal(ScalevClient);
    expect(api.ScalevApiError).to.equal(ScalevApiError);
    expect(api.ScalevHttp).to.equal(ScalevHttp);
    expect(typeof api.parseMoney).to.equal('function');
    expect(typeof api.collectAll).to.equal('function');
    for (const [name, module] of Object.entries(modules)) {
      expect(functionNames((api as unknown as Record<string, object>)[name]!), name).to.deep.equal(functionNames(module));
    }
  });
});
