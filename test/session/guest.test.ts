import { expect, waitUntil } from '@open-wc/testing';
import type { GuestChangeDetail } from '../../src/session/index.js';
import { API_BASE } from './fake-api.js';
import { ThrowingStorage, clearSessionStorage, openTab, recordChanges, setup, uniqueStoreId } from './helpers.js';

const getCart = (tab: ReturnType<typeof openTab>) => tab.http.request({ family: 'guest', path: '/public/cart' });

describe('GuestSession', () => {
  afterEach(clearSessionStorage);

  it('takes the token from the response header, stores it per store, and resends it', async () => {
    const { fake, storeId } = setup();
    const tab = openTab(fake, storeId);
    const changes = recordChanges<GuestChangeDetail>(tab.sessions.guest);
    expect(tab.sessions.guest.get()).to.equal(null);

    await getCart(tab);
    const token = tab.sessions.guest.get();
    expect(token).to.match(/^7e7f8c12-/);
    expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:guest-token`)).to.equal(token);
    expect(changes).to.deep.equal([{ hasToken: true, reason: 'received' }]);

    await getCart(tab);
    const [first, second] = fake.calls('/public/cart');
    expect(first!.headers).to.not.have.property('x-scalev-guest-token');
    expect(second!.headers['x-scalev-guest-token']).to.equal(token);
    expect(second!.headers).to.not.have.property('x-guest-token');
    // The same token again is not a change.
    expect(changes).to.have.length(1);
    tab.sessions.dispose();
  });

  it('survives a reload: a new client and new sessions over the same storage reuse the token', async () => {
    const { fake, storeId } = setup();
    const before = openTab(fake, storeId);
    await getCart(before);
    const token = before.sessions.guest.get();
    before.sessions.dispose();

    const after = openTab(fake, storeId);
    expect(after.sessions.guest.get()).to.equal(token);
    await getCart(after);
    expect(fake.calls('/public/cart').at(-1)!.headers['x-scalev-guest-token']).to.equal(token);
    expect(after.sessions.guest.get()).to.equal(token);
    after.sessions.dispose();
  });

  it('never lends one store’s token to another store', async () => {
    const { fake, storeId } = setup();
    const shop = openTab(fake, storeId);
    await getCart(shop);
    const otherStore = openTab(fake, uniqueStoreId());
    expect(otherStore.sessions.guest.get()).to.equal(null);
    await otherStore.http.request({ family: 'guest', path: '/public/cart' }).catch(() => null);
    expect(fake.requests.at(-1)!.headers).to.not.have.property('x-scalev-guest-token');
    shop.sessions.dispose();
    otherStore.sessions.dispose();
  });

  it('is only sent on guest routes', async () => {
    const { fake, storeId } = setup();
    const tab = openTab(fake, storeId);
    await getCart(tab);
    await tab.http.request({ method: 'POST', family: 'public', path: '/public/auth/forget-password', body: { email: 'a@b.c' } });
    expect(fake.requests.at(-1)!.headers).to.not.have.property('x-scalev-guest-token');
    tab.sessions.dispose();
  });

  it('ignores a header value that could not be sent back', () => {
    const { fake, storeId } = setup();
    const tab = openTab(fake, storeId);
    tab.sessions.guest.set('  ');
    tab.sessions.guest.set('bad\u00e9token');
    tab.sessions.guest.set('x'.repeat(300));
    expect(tab.sessions.guest.get()).to.equal(null);
    localStorage.setItem(`scalev:${API_BASE}|${storeId}:guest-token`, 'line\nbreak');
    expect(tab.sessions.guest.get()).to.equal(null);
    tab.sessions.dispose();
  });

  it('clear() forgets the token here and in other tabs', async () => {
    const { fake, storeId } = setup();
    const a = openTab(fake, storeId);
    const b = openTab(fake, storeId);
    const seenByB = recordChanges<GuestChangeDetail>(b.sessions.guest);
    await getCart(a);
    await waitUntil(() => seenByB.length === 1, 'other tab sees the new token');
    expect(seenByB[0]).to.deep.equal({ hasToken: true, reason: 'other-tab' });
    expect(b.sessions.guest.get()).to.equal(a.sessions.guest.get());

    const seenByA = recordChanges<GuestChangeDetail>(a.sessions.guest);
    a.sessions.guest.clear();
    expect(a.sessions.guest.get()).to.equal(null);
    expect(seenByA).to.deep.equal([{ hasToken: false, reason: 'cleared' }]);
    await waitUntil(() => seenByB.length === 2, 'other tab sees the clear');
    expect(seenByB[1]).to.deep.equal({ hasToken: false, reason: 'other-tab' });
    expect(b.sessions.guest.get()).to.equal(null);
    a.sessions.dispose();
    b.sessions.dispose();
  });

  it('works in memory where storage throws, and tabs still agree through the channel', async () => {
    const { fake, storeId } = setup();
    const a = openTab(fake, storeId, { storage: new ThrowingStorage() });
    const b = openTab(fake, storeId, { storage: new ThrowingStorage() });
    await getCart(a);
    const token = a.sessions.guest.get();
    expect(token).to.match(/^7e7f8c12-/);
    await waitUntil(() => b.sessions.guest.get() === token, 'other tab adopts the token');
    await getCart(a);
    expect(fake.calls('/public/cart').at(-1)!.headers['x-scalev-guest-token']).to.equal(token);
    a.sessions.dispose();
    b.sessions.dispose();
  });

  it('after dispose it stops following other tabs and is unplugged from the client', async () => {
    const { fake, storeId } = setup();
    const a = openTab(fake, storeId);
    const b = openTab(fake, storeId);
    const seenByB = recordChanges<GuestChangeDetail>(b.sessions.guest);
    b.sessions.dispose();
    expect(b.http.guestTokens).to.equal(null);
    expect(b.http.customerAuth).to.equal(null);
    await getCart(a);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seenByB).to.have.length(0);
    a.sessions.dispose();
  });
});
