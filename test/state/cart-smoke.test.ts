import { expect } from '@open-wc/testing';
import { createStorefront } from '../../src/context/create-storefront.js';
import { cartStore } from '../../src/state/cart.js';

/** A tiny guest-cart API: enough to prove add() and load() against the contract's shapes. */
function tinyApi() {
  const carts = new Map<string, { id: number; items: Array<{ id: number; type: 'variant'; variant_id: number; bundle_price_option_id: null; quantity: number }> }>();
  const requests: Array<{ method: string; path: string; token: string | null }> = [];
  let next = 1;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const token = headers.get('X-Scalev-Guest-Token');
    const path = url.pathname.replace(/^\/v3\/stores\/[^/]+/, '');
    requests.push({ method, path, token });
    if (path.startsWith('/public/variants/pricing')) {
      return new Response(JSON.stringify({ data: [], is_paginated: false }), { headers: { 'Content-Type': 'application/json' } });
    }
    let cart = token ? carts.get(token) : undefined;
    let issued = token ?? '';
    if (!cart) {
      issued = crypto.randomUUID();
      cart = { id: next++, items: [] };
      carts.set(issued, cart);
    }
    if (method === 'POST') {
      const body = JSON.parse(String(init?.body)) as { variant_id: number; quantity: number };
      const line = cart.items.find((i) => i.variant_id === body.variant_id);
      if (line) line.quantity += body.quantity;
      else cart.items.push({ id: next++, type: 'variant', variant_id: body.variant_id, bundle_price_option_id: null, quantity: body.quantity });
    }
    const total = cart.items.reduce((s, i) => s + i.quantity * 1000, 0);
    return new Response(JSON.stringify({ id: cart.id, item_count: 0, total: `${total}.00`, items: cart.items }), {
      status: method === 'POST' ? 201 : 200,
      headers: { 'Content-Type': 'application/json', 'X-Scalev-Guest-Token': issued },
    });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

function storefront(fetchImpl: typeof fetch, storeId: string) {
  return createStorefront({
    storeId,
    storefrontKey: 'sfpk_test',
    apiBase: 'https://smoke.invalid',
    locale: 'id',
    theme: '',
    urls: {},
    recaptchaSiteKey: '',
    timeoutMs: 2000,
    fetch: fetchImpl,
  });
}

describe('cart store (smoke)', () => {
  it('makes no request without a token, shows an add at once, and keeps the token for the next call', async () => {
    const api = tinyApi();
    const sf = storefront(api.fetchImpl, `store_smoke${Math.random().toString(36).slice(2, 8)}`);
    const cart = cartStore(sf);
    await cart.load();
    expect(api.requests).to.have.length(0);
    expect(cart.snapshot.itemCount).to.equal(0);

    const adding = cart.add({ type: 'variant', variantId: 7, quantity: 2, display: { name: 'Kopi', unitPrice: 1000, maxQuantity: null } });
    expect(cart.snapshot.itemCount, 'count shows before the answer').to.equal(2);
    expect(cart.isPending('variant:7')).to.equal(true);
    await adding;
    expect(cart.snapshot.lines[0]!.id).to.be.a('number');
    expect(cart.snapshot.lines[0]!.name).to.equal('Kopi');
    expect(cart.snapshot.subtotal).to.equal(2000);
    expect(sf.guest.get()).to.be.a('string');

    await cart.add({ type: 'variant', variantId: 7, quantity: 1, display: { name: 'Kopi', unitPrice: 1000, maxQuantity: null } });
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts[0]!.token).to.equal(null);
    expect(posts[1]!.token).to.equal(sf.guest.get());
    expect(cart.snapshot.itemCount).to.equal(3);
  });
});
