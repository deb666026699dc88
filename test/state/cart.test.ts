import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { cartStore, QUANTITY_COALESCE_MS, type CartStore } from '../../src/state/cart.js';
import { catalogCache } from '../../src/state/catalog-cache.js';
import { DEMO_CUSTOMER } from '../../src/mock/index.js';
import type { MockScalev } from '../../src/mock/index.js';
import { clearCartStorage, count, newMock, openTab, recordCartChanges, storageKey, uniqueStoreId, type Tab } from '../elements/cart/helpers.js';

const GAYO = 494535; // Rp89.000, 40 in stock
const GAYO_500 = 494536; // Rp165.000, 25 in stock
const LUWAK = 494542; // Rp350.000, 3 in stock
const TAMBI = 494543; // Rp32.000, unlimited
const BUNDLE = 31925;

const gayo = { name: 'Kopi Arabika Gayo', options: ['Biji Utuh', '250 g'], unitPrice: 89000, productSlug: 'kopi-arabika-gayo', maxQuantity: 40 };

function until(predicate: () => unknown, message: string, timeout = 4000) {
  return waitUntil(predicate, message, { timeout });
}

describe('cart store', () => {
  let storeId: string;
  let mock: MockScalev;
  let tab: Tab;
  let cart: CartStore;
  const opened: CartStore[] = [];

  function open(): { tab: Tab; cart: CartStore } {
    const t = openTab(mock, storeId);
    const c = cartStore(t.sf);
    opened.push(c);
    return { tab: t, cart: c };
  }

  beforeEach(() => {
    storeId = uniqueStoreId();
    mock = newMock(storeId);
    ({ tab, cart } = open());
  });

  afterEach(() => {
    for (const c of opened.splice(0)) c.dispose();
    clearCartStorage();
  });

  describe('guest cart', () => {
    it('makes no request at all while there is no guest token', async () => {
      await cart.load();
      await cart.load();
      expect(tab.sent).to.deep.equal([]);
      expect(cart.status).to.equal('ready');
      expect(cart.snapshot.lines).to.deep.equal([]);
      expect(cart.snapshot.itemCount).to.equal(0);
    });

    it('shows an add at once, creates the cart with the first add, stores its token under the store namespace and resends it', async () => {
      const adding = cart.add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      // Synchronously, before any answer.
      expect(cart.snapshot.itemCount).to.equal(2);
      expect(cart.isPending(`variant:${GAYO}`)).to.equal(true);
      expect(cart.snapshot.lines[0]!.id).to.equal(undefined);
      const after = await adding;
      expect(after.lines[0]!.id).to.be.a('number');
      expect(cart.isPending(`variant:${GAYO}`)).to.equal(false);

      const first = mock.requests.find((r) => r.method === 'POST' && r.path.endsWith('/public/cart/items'))!;
      expect(first.headers['x-scalev-guest-token']).to.equal(undefined);
      expect(first.body).to.deep.equal({ type: 'variant', variant_id: GAYO, quantity: 2 });
      const token = localStorage.getItem(storageKey(storeId, 'guest-token'));
      expect(token).to.match(/^[0-9a-f-]{36}$/);

      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      const posts = mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/public/cart/items'));
      expect(posts[1]!.headers['x-scalev-guest-token']).to.equal(token);
      expect(posts[1]!.headers['x-guest-token']).to.equal(undefined);
      expect(cart.snapshot.itemCount).to.equal(3);
      expect(cart.snapshot.subtotal).to.equal(2 * 89000 + 32000);
      expect(cart.snapshot.owner).to.equal('guest');
    });

    it('sends two quick first adds one after the other, so both land in one cart', async () => {
      await Promise.all([
        cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo }),
        cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh' } }),
      ]);
      expect(mock.db.guestCarts.size).to.equal(1);
      expect(cart.snapshot.lines.map((l) => l.variantId).sort()).to.deep.equal([GAYO, TAMBI].sort());
    });

    it('keeps the cart and its display data over a reload', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      const reloaded = open();
      // The last known cart shows at once, before the API answers.
      expect(reloaded.cart.snapshot.itemCount).to.equal(2);
      await reloaded.cart.load();
      expect(count(reloaded.tab, 'GET /public/cart')).to.equal(1);
      const line = reloaded.cart.snapshot.lines[0]!;
      expect(line.name).to.equal('Kopi Arabika Gayo');
      expect(line.options).to.deep.equal(['Biji Utuh', '250 g']);
      expect(line.quantity).to.equal(2);
      const get = mock.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/public/cart')).pop()!;
      expect(get.headers['x-scalev-guest-token']).to.equal(localStorage.getItem(storageKey(storeId, 'guest-token')));
    });

    it('prices lines it knows nothing about with one batched call and reads bundles by slug', async () => {
      // Another device put these in the cart: no display data here.
      const other = openTab(mock, storeId);
      const { addItem } = await import('../../src/api/cart.js');
      await addItem(other.sf.http, { type: 'variant', variant_id: GAYO, quantity: 1 });
      await addItem(other.sf.http, { type: 'variant', variant_id: LUWAK, quantity: 2 });
      await addItem(other.sf.http, { type: 'bundle_price_option', bundle_price_option_id: BUNDLE, quantity: 1 });
      localStorage.removeItem(storageKey(storeId, 'cart-lines'));
      localStorage.removeItem(storageKey(storeId, 'cart'));
      const fresh = open();
      await fresh.cart.load();
      await aTimeout(20);
      expect(
        fresh.tab.sent.filter((line) => line.startsWith('GET /public/variants/pricing')),
        'a badge alone needs no prices',
      ).to.have.length(0);
      fresh.cart.wantLineDetails();
      await until(
        () => fresh.cart.snapshot.lines.length === 3 && fresh.cart.snapshot.lines.every((l) => l.unitPrice != null),
        'every line priced',
      );
      const pricing = fresh.tab.sent.filter((line) => line.startsWith('GET /public/variants/pricing'));
      expect(pricing).to.have.length(1);
      expect(decodeURIComponent(pricing[0]!)).to.contain(`ids=${GAYO},${LUWAK}`);
      const luwak = fresh.cart.snapshot.lines.find((l) => l.variantId === LUWAK)!;
      expect(luwak.unitPrice).to.equal(350000);
      expect(luwak.maxQuantity).to.equal(3);
      expect(luwak.name, 'no route names a variant: the element shows a placeholder').to.equal(undefined);
      const bundle = fresh.cart.snapshot.lines.find((l) => l.type === 'bundle_price_option')!;
      expect(bundle.name).to.be.a('string').and.not.equal('');
      expect(count(fresh.tab, 'GET /public/bundle-price-options/')).to.equal(1);
      // The subtotal is the API's own total, and the lines add up to it.
      const apiTotal = Number((await (await import('../../src/api/cart.js')).getCart(other.sf.http)).total);
      expect(fresh.cart.snapshot.subtotal).to.equal(apiTotal);
      expect(fresh.cart.snapshot.lines.reduce((sum, l) => sum + (l.lineTotal ?? 0), 0)).to.equal(apiTotal);
    });

    it('coalesces a burst of quantity clicks into one PATCH with the last value', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const lineId = cart.snapshot.lines[0]!.id!;
      for (const quantity of [2, 3, 4, 5, 6]) {
        cart.setQuantity(lineId, quantity);
        expect(cart.snapshot.lines[0]!.quantity, 'shown at once').to.equal(quantity);
        await aTimeout(40);
      }
      expect(cart.snapshot.itemCount).to.equal(6);
      expect(cart.snapshot.subtotal).to.equal(6 * 89000);
      await until(() => !cart.hasUnsavedChanges, 'the burst is saved');
      const patches = mock.requests.filter((r) => r.method === 'PATCH');
      expect(patches).to.have.length(1);
      expect(patches[0]!.body).to.deep.equal({ quantity: 6 });
      expect(mock.db.guestCarts.values().next().value!.lines[0]!.quantity).to.equal(6);
    });

    it('sends a change made while a PATCH is in flight after it, with the latest value', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const lineId = cart.snapshot.lines[0]!.id!;
      mock.options.latencyMs = 300;
      cart.setQuantity(lineId, 2);
      await aTimeout(QUANTITY_COALESCE_MS + 50);
      cart.setQuantity(lineId, 4);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(4);
      await until(() => !cart.hasUnsavedChanges, 'both saved', 5000);
      expect(mock.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).to.deep.equal([{ quantity: 2 }, { quantity: 4 }]);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(4);
    });

    it('never goes below 1 nor above availability', async () => {
      await cart.add({ type: 'variant', variantId: LUWAK, quantity: 1, display: { name: 'Luwak', unitPrice: 350000, maxQuantity: 3 } });
      const lineId = cart.snapshot.lines[0]!.id!;
      cart.setQuantity(lineId, 0);
      expect(cart.snapshot.lines[0]!.quantity, '0 is not a quantity: removing is explicit').to.equal(1);
      cart.setQuantity(lineId, -5);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(1);
      cart.setQuantity(lineId, 50);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(3);
      await cart.flush();
      expect(mock.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).to.deep.equal([{ quantity: 3 }]);
    });

    it('caps unlimited stock at 99', async () => {
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      cart.setQuantity(cart.snapshot.lines[0]!.id!, 500);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(99);
      await cart.flush();
    });

    it('rolls a failed quantity change back with a message, and announces the rollback', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      const lineId = cart.snapshot.lines[0]!.id!;
      const changes = recordCartChanges();
      mock.faults.add({ method: 'PATCH', path: '/public/cart/items/*', status: 500, body: { message: 'boom' } });
      cart.setQuantity(lineId, 5);
      expect(cart.snapshot.itemCount).to.equal(5);
      await cart.flush();
      changes.stop();
      expect(cart.snapshot.lines[0]!.quantity).to.equal(2);
      expect(cart.failure?.operation).to.equal('update');
      expect(cart.error?.status).to.equal(500);
      expect(changes.events.map((e) => e.detail.reason)).to.include('rollback');
      expect(changes.events.at(-1)!.detail.cart.itemCount).to.equal(2);
      // The next successful change clears the message.
      cart.setQuantity(lineId, 3);
      await cart.flush();
      expect(cart.failure).to.equal(null);
      expect(cart.snapshot.lines[0]!.quantity).to.equal(3);
    });

    it('reads the cart again after a write whose outcome is unknown (answer unreadable)', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const lineId = cart.snapshot.lines[0]!.id!;
      // The answer cannot be read: the kit cannot know whether the change was applied.
      mock.faults.add({ method: 'PATCH', path: '/public/cart/items/*', kind: 'malformed' });
      const applied = mock.db.guestCarts.get(tab.sf.guest.get()!)!;
      cart.setQuantity(lineId, 3);
      await cart.flush();
      expect(cart.failure?.operation).to.equal('update');
      expect(cart.error?.kind).to.equal('parse');
      const gets = count(tab, 'GET /public/cart');
      expect(gets, 'the cart was read again').to.be.at.least(1);
      // Whatever the API holds is what is shown.
      expect(cart.snapshot.lines[0]!.quantity).to.equal(applied.lines[0]!.quantity);
    });

    it('rolls back a quantity the API refuses for stock (400) with the API message, keeping the token', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: { ...gayo, maxQuantity: 40 } });
      const token = tab.sf.guest.get();
      mock.db.setStock(GAYO, 2);
      cart.setQuantity(cart.snapshot.lines[0]!.id!, 10);
      await cart.flush();
      expect(cart.snapshot.lines[0]!.quantity).to.equal(1);
      expect(cart.failure?.operation).to.equal('update');
      expect(cart.error?.status).to.equal(400);
      expect(cart.error?.message).to.match(/2/);
      expect(tab.sf.guest.get(), 'an item refusal is not a stale token').to.equal(token);
    });

    it('removes a line at once, and puts it back with a message when the API refuses', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      const [first, second] = cart.snapshot.lines;
      mock.faults.add({ method: 'DELETE', path: '/public/cart/items/*', kind: 'offline' });
      const failing = cart.remove(first!.id!);
      expect(cart.snapshot.lines.map((l) => l.key)).to.deep.equal([second!.key]);
      expect(cart.snapshot.subtotal).to.equal(32000);
      await failing.then(
        () => expect.fail('should reject'),
        (error: Error) => expect(error.name).to.equal('ScalevApiError'),
      );
      expect(cart.snapshot.lines.map((l) => l.key)).to.deep.equal([first!.key, second!.key]);
      expect(cart.failure?.operation).to.equal('remove');

      await cart.remove(first!.id!);
      expect(cart.snapshot.lines.map((l) => l.key)).to.deep.equal([second!.key]);
      const del = mock.requests.filter((r) => r.method === 'DELETE' && !r.fault);
      expect(del).to.have.length(1);
      expect(del[0]!.path).to.match(new RegExp(`/public/cart/items/${first!.id}$`));
      expect(cart.failure).to.equal(null);
    });

    it('rolls back a refused add and rejects with the API error', async () => {
      mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 429, body: 'Too many requests', contentType: 'text/plain' });
      const adding = cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      expect(cart.snapshot.itemCount).to.equal(1);
      const error = await adding.then(
        () => null,
        (e: Error & { status?: number }) => e,
      );
      expect(error?.status).to.equal(429);
      expect(cart.snapshot.itemCount).to.equal(0);
      expect(cart.failure?.operation).to.equal('add');
      expect(cart.failure?.key).to.equal(`variant:${GAYO}`);
    });

    it('rejects an add without a valid id, without a request', async () => {
      const error = await cart.add({ type: 'variant', quantity: 1, display: gayo }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error).to.be.instanceOf(TypeError);
      expect(tab.sent).to.deep.equal([]);
      expect(cart.snapshot.itemCount).to.equal(0);
    });
  });

  describe('stale guest token', () => {
    it('loads an unknown token as a fresh, empty cart without an error', async () => {
      localStorage.setItem(storageKey(storeId, 'guest-token'), '00000000-0000-4000-8000-000000000000');
      ({ tab, cart } = open());
      await cart.load();
      expect(cart.status).to.equal('ready');
      expect(cart.failure).to.equal(null);
      expect(cart.snapshot.lines).to.deep.equal([]);
    });

    it('clears a token the API answers 404 for, quietly', async () => {
      localStorage.setItem(storageKey(storeId, 'guest-token'), '00000000-0000-4000-8000-000000000000');
      ({ tab, cart } = open());
      mock.faults.add({ method: 'GET', path: '/public/cart', status: 404, body: { message: 'Cart not found' } });
      await cart.load();
      expect(cart.status).to.equal('ready');
      expect(cart.failure).to.equal(null);
      expect(tab.sf.guest.get()).to.equal(null);
    });

    it('re-runs an add whose token went stale, so the click is not lost', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const stale = tab.sf.guest.get()!;
      mock.db.guestCarts.delete(stale);
      mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 404, body: { message: 'Cart not found' } });
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      expect(tab.sf.guest.get()).to.be.a('string').and.not.equal(stale);
      expect(cart.failure).to.equal(null);
      expect(cart.snapshot.lines.map((l) => l.variantId)).to.deep.equal([TAMBI]);
      const posts = mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cart/items'));
      expect(posts.at(-1)!.fault).to.equal(undefined);
    });

    it('puts the lines into a fresh cart when a quantity change meets a stale token', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 2, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      const stale = tab.sf.guest.get()!;
      mock.db.guestCarts.delete(stale);
      cart.setQuantity(cart.snapshot.lines[0]!.id!, 3);
      await cart.flush();
      await until(() => !cart.hasUnsavedChanges, 'rebuilt');
      await cart.flush();
      expect(cart.failure).to.equal(null);
      expect(tab.sf.guest.get()).to.not.equal(stale);
      const rebuilt = mock.db.guestCarts.get(tab.sf.guest.get()!)!;
      expect(rebuilt.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([
        [GAYO, 3],
        [TAMBI, 2],
      ]);
      expect(cart.snapshot.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([
        [GAYO, 3],
        [TAMBI, 2],
      ]);
    });

    it('treats removing a line of a stale cart as done, keeping the other lines in a fresh cart', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 2, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      const stale = tab.sf.guest.get()!;
      mock.db.guestCarts.delete(stale);
      await cart.remove(cart.snapshot.lines[0]!.id!);
      await until(() => !cart.hasUnsavedChanges, 'rebuilt');
      await cart.flush();
      expect(cart.failure).to.equal(null);
      expect(cart.snapshot.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([[TAMBI, 2]]);
      expect(mock.db.guestCarts.get(tab.sf.guest.get()!)!.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([[TAMBI, 2]]);
    });
  });

  describe('loading failures', () => {
    async function withToken(): Promise<void> {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      localStorage.removeItem(storageKey(storeId, 'cart'));
      ({ tab, cart } = open());
    }

    for (const [label, fault] of [
      ['a 500', { status: 500, body: { message: 'Internal error' } }],
      ['a plain-text 429', { status: 429, body: 'Too many requests', contentType: 'text/plain' }],
      ['a timeout', { kind: 'timeout' }],
      ['being offline', { kind: 'offline' }],
      ['malformed JSON', { kind: 'malformed' }],
    ] as const) {
      it(`shows an error after ${label}, and retrying works`, async () => {
        await withToken();
        mock.faults.add({ method: 'GET', path: '/public/cart', times: 3, ...fault });
        await cart.load();
        expect(cart.status).to.equal('error');
        expect(cart.failure?.operation).to.equal('load');
        expect(cart.error).to.not.equal(null);
        mock.faults.clear();
        await cart.load({ force: true });
        expect(cart.status).to.equal('ready');
        expect(cart.failure).to.equal(null);
        expect(cart.snapshot.itemCount).to.equal(1);
      });
    }

    it('reads odd cart data without failing: string ids and quantities, unknown types, missing fields', async () => {
      await withToken();
      mock.faults.add({
        method: 'GET',
        path: '/public/cart',
        status: 200,
        body: {
          id: '77',
          total: 'not money',
          items: [
            { id: '5', type: 'variant', variant_id: String(GAYO), bundle_price_option_id: null, quantity: '2' },
            { id: 6, type: 'gift_card', quantity: 1 },
            { id: 7, type: 'variant', variant_id: null, quantity: 1 },
            null,
            { id: 8, type: 'variant', variant_id: TAMBI, quantity: 0 },
          ],
        },
      });
      await cart.load();
      expect(cart.error?.message ?? null).to.equal(null);
      expect(cart.status).to.equal('ready');
      expect(cart.snapshot.lines.map((l) => [l.id, l.variantId, l.quantity])).to.deep.equal([[5, GAYO, 2]]);
      expect(cart.snapshot.id).to.equal(77);
    });
  });

  describe('signed-in customer', () => {
    async function signIn(target: Tab = tab): Promise<void> {
      await target.sf.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    }

    it('merges the guest cart into the customer cart exactly once, and forgets the emptied guest token', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      const other = open();
      await other.cart.load();
      other.tab.sent.length = 0;
      const changes = recordCartChanges();
      await signIn();
      await until(() => cart.status === 'ready' && cart.snapshot.owner === 'customer', 'customer cart shown');
      await until(() => other.cart.snapshot.owner === 'customer' && other.cart.status === 'ready', 'other tab follows');
      await aTimeout(100);
      changes.stop();

      const merges = mock.requests.filter((r) => r.path.endsWith('/public/cart/merge'));
      expect(merges, 'one merge for the whole browser').to.have.length(1);
      expect(merges[0]!.headers['authorization']).to.match(/^Bearer /);
      expect(merges[0]!.headers['x-scalev-guest-token']).to.be.a('string');
      expect(merges[0]!.headers['x-scalev-storefront-api-key']).to.be.a('string');
      expect(cart.snapshot.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([[GAYO, 2]]);
      expect(cart.snapshot.lines[0]!.name).to.equal('Kopi Arabika Gayo');
      expect(changes.events.map((e) => e.detail.reason)).to.include('merge');
      expect(mock.db.customerCart(DEMO_CUSTOMER.email)!.lines.map((l) => l.quantity)).to.deep.equal([2]);
      expect(tab.sf.guest.get(), 'the API emptied the guest cart').to.equal(null);
      expect(other.tab.sent.some((line) => line.includes('/merge'))).to.equal(false);
      expect(other.cart.snapshot.lines.map((l) => l.variantId)).to.deep.equal([GAYO]);
    });

    it('uses the customer cart routes with the bearer only', async () => {
      await signIn();
      await until(() => cart.status === 'ready' && cart.snapshot.owner === 'customer', 'customer cart');
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      const post = mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/customers/me/cart/items'));
      expect(post).to.have.length(1);
      expect(post[0]!.headers['authorization']).to.match(/^Bearer /);
      expect(post[0]!.headers['x-scalev-guest-token']).to.equal(undefined);
      expect(cart.snapshot.id).to.equal(mock.db.customerCart(DEMO_CUSTOMER.email)!.id);
      cart.setQuantity(cart.snapshot.lines.find((l) => l.variantId === TAMBI)!.id!, 4);
      await cart.flush();
      expect(mock.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/customers/me/cart/items/'))).to.have.length(1);
      await cart.remove(cart.snapshot.lines.find((l) => l.variantId === TAMBI)!.id!);
      expect(mock.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/customers/me/cart/items/'))).to.have.length(1);
      expect(mock.db.customerCart(DEMO_CUSTOMER.email)!.lines.some((l) => l.variantId === TAMBI)).to.equal(false);
    });

    it('merges nothing when there is no guest cart', async () => {
      await signIn();
      await until(() => cart.status === 'ready' && cart.snapshot.owner === 'customer', 'customer cart');
      expect(mock.requests.filter((r) => r.path.endsWith('/merge'))).to.have.length(0);
      expect(count(tab, 'GET /customers/me/cart')).to.equal(1);
    });

    it('shows the guest cart again after signing out', async () => {
      await signIn();
      await until(() => cart.snapshot.owner === 'customer' && cart.status === 'ready', 'customer cart');
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await tab.sf.customer.signOut();
      await until(() => cart.snapshot.owner === 'guest', 'guest again');
      expect(cart.snapshot.lines).to.deep.equal([]);
      expect(mock.db.customerCart(DEMO_CUSTOMER.email)!.lines).to.have.length(1);
    });

    it('keeps the items in a fresh guest cart when the session is revoked', async () => {
      await signIn();
      await until(() => cart.snapshot.owner === 'customer' && cart.status === 'ready', 'customer cart');
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 1, display: { name: 'Teh', unitPrice: 32000, maxQuantity: null } });
      for (const record of mock.db.tokens.values()) {
        record.revoked = true;
        mock.db.revokedFamilies.add(record.family);
      }
      // The next customer call meets 401, the refresh is refused, the session ends as revoked.
      cart.setQuantity(cart.snapshot.lines[0]!.id!, 3);
      await until(() => tab.sf.customer.status === 'signed-out', 'signed out');
      await until(() => cart.snapshot.owner === 'guest' && !cart.hasUnsavedChanges, 'rescued', 5000);
      await cart.flush();
      // The lines as the buyer last saw them, their latest quantity included.
      const expected = [
        [GAYO, 3],
        [TAMBI, 1],
      ];
      expect(cart.snapshot.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal(expected);
      expect(cart.snapshot.lines[0]!.name).to.equal('Kopi Arabika Gayo');
      expect(cart.failure, 'no error shown for the ended session').to.equal(null);
      const guest = mock.db.guestCarts.get(tab.sf.guest.get()!)!;
      expect(guest.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal(expected);
    });
  });

  describe('every widget and every tab', () => {
    it('is one store per storefront: a second widget costs no request', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const before = tab.sent.length;
      expect(cartStore(tab.sf)).to.equal(cart);
      await cartStore(tab.sf).load();
      expect(tab.sent.length).to.equal(before);
    });

    it('shows another tab the new cart without that tab calling the API', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const other = open();
      other.cart.wantLineDetails();
      await other.cart.load();
      await until(() => other.cart.snapshot.itemCount === 1, 'other tab loaded');
      // Remembered prices are refreshed once per page view, when lines are shown.
      await until(() => count(other.tab, 'GET /public/variants/pricing') === 1, 'other tab priced its lines');
      const sentBefore = other.tab.sent.length;

      await cart.add({ type: 'variant', variantId: TAMBI, quantity: 2, display: { name: 'Teh Tambi', unitPrice: 32000, maxQuantity: null } });
      await until(() => other.cart.snapshot.itemCount === 3, 'other tab updated');
      expect(other.cart.snapshot.lines.find((l) => l.variantId === TAMBI)!.name, 'display travels along').to.equal('Teh Tambi');

      cart.setQuantity(cart.snapshot.lines[0]!.id!, 4);
      await cart.flush();
      await until(() => other.cart.snapshot.itemCount === 6, 'quantity follows');
      await cart.remove(cart.snapshot.lines[0]!.id!);
      await until(() => other.cart.snapshot.itemCount === 2, 'removal follows');
      cart.clearAfterOrder();
      await until(() => other.cart.snapshot.itemCount === 0, 'clear follows');
      expect(other.tab.sent.length, 'the other tab asked the API nothing').to.equal(sentBefore);
    });

    it('follows another tab through the storage event where broadcast channels are missing', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const token = tab.sf.guest.get();
      const before = tab.sent.length;
      const key = storageKey(storeId, 'cart');
      const message = {
        from: 'tab-without-channel',
        stamp: 1,
        owner: 'guest',
        identity: token,
        cart: { id: cart.snapshot.id, total: 89000 * 4, lines: [{ id: cart.snapshot.lines[0]!.id, type: 'variant', variantId: GAYO, bundleId: null, quantity: 4 }] },
        display: {},
      };
      localStorage.setItem(key, JSON.stringify(message));
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage, newValue: localStorage.getItem(key) }));
      expect(cart.snapshot.itemCount).to.equal(4);
      expect(cart.snapshot.subtotal).to.equal(356000);
      // The same message again (the channel and the storage event may both deliver) changes nothing.
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage, newValue: localStorage.getItem(key) }));
      expect(cart.snapshot.itemCount).to.equal(4);
      expect(tab.sent.length).to.equal(before);
    });

    it('ignores a tab of another guest cart', async () => {
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const channel = new BroadcastChannel(`scalev:${new URL(tab.sf.config.apiBase).origin}|${storeId}:cart`);
      channel.postMessage({
        from: 'intruder',
        stamp: 1,
        owner: 'guest',
        identity: '11111111-1111-4111-8111-111111111111',
        cart: { id: 9, total: 1, lines: [{ id: 1, type: 'variant', variantId: TAMBI, bundleId: null, quantity: 9 }] },
        display: {},
      });
      await aTimeout(50);
      channel.close();
      expect(cart.snapshot.itemCount).to.equal(1);
    });

    it('announces scalev-cart-change on document once per change, with the cart', async () => {
      const changes = recordCartChanges();
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      // A second reader of the same store adds no events.
      cartStore(tab.sf);
      await aTimeout(20);
      changes.stop();
      const mine = changes.events.filter((e) => e.detail.cart.lines.some((l: { variantId?: number }) => l.variantId === GAYO));
      expect(mine.length).to.be.within(1, 2);
      expect(mine[0]!.detail.reason).to.equal('add');
      expect(mine[0]!.detail.cart.itemCount).to.equal(1);
      expect(mine[0]!.bubbles && mine[0]!.composed).to.equal(true);
      const signatures = mine.map((e) => JSON.stringify([e.detail.cart.itemCount, e.detail.cart.lines.map((l: { id?: number }) => l.id)]));
      expect(new Set(signatures).size, 'no event repeats an unchanged cart').to.equal(signatures.length);
    });

    it('shares variant pricing with the catalog cache', async () => {
      await catalogCache(tab.sf).pricingMany([GAYO]);
      const before = count(tab, 'GET /public/variants/pricing');
      cart.wantLineDetails();
      await cart.add({ type: 'variant', variantId: GAYO, quantity: 1, display: { name: 'Kopi' } });
      await aTimeout(20);
      expect(count(tab, 'GET /public/variants/pricing')).to.equal(before);
      expect(cart.snapshot.lines[0]!.unitPrice).to.equal(89000);
    });
  });

  it('forgets every line after an order, without a request', async () => {
    await cart.add({ type: 'variant', variantId: GAYO_500, quantity: 1, display: { name: 'Gayo 500', unitPrice: 165000, maxQuantity: 25 } });
    const before = tab.sent.length;
    cart.clearAfterOrder();
    expect(cart.snapshot.itemCount).to.equal(0);
    expect(cart.snapshot.subtotal).to.equal(0);
    expect(tab.sent.length).to.equal(before);
  });
});
