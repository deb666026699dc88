import { expect } from '@open-wc/testing';
import { SessionStorage } from '../../src/session/storage.js';
import { adopt } from '../../src/session/cross-tab.js';
import { API_BASE, ThrowingStorage, clearSessionStorage, uniqueStoreId } from './helpers.js';

/** Quota-limited storage: reads work, writes fail. */
class FullStorage extends Map<string, string> implements Storage {
  get length() {
    return this.size;
  }
  getItem(key: string) {
    return this.get(key) ?? null;
  }
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
  removeItem(key: string) {
    this.delete(key);
  }
  key(index: number) {
    return [...this.keys()][index] ?? null;
  }
}

describe('SessionStorage', () => {
  afterEach(clearSessionStorage);

  it('namespaces keys by API origin and store', () => {
    const storeId = uniqueStoreId();
    const storage = new SessionStorage(API_BASE, storeId);
    storage.set('guest-token', 'abc');
    expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:guest-token`)).to.equal('abc');
    expect(storage.get('guest-token')).to.equal('abc');
  });

  it('keeps two stores, and two API origins, apart', () => {
    const storeId = uniqueStoreId();
    const first = new SessionStorage(API_BASE, storeId);
    const otherStore = new SessionStorage(API_BASE, uniqueStoreId());
    const otherOrigin = new SessionStorage('https://evil.example', storeId);
    first.set('customer', 'secret');
    expect(otherStore.get('customer')).to.equal(null);
    expect(otherOrigin.get('customer')).to.equal(null);
    otherOrigin.remove('customer');
    expect(first.get('customer')).to.equal('secret');
  });

  it('never throws when storage refuses every call, and keeps values for the page', () => {
    const storage = new SessionStorage(API_BASE, uniqueStoreId(), new ThrowingStorage());
    expect(storage.get('x')).to.equal(null);
    storage.set('x', '1');
    expect(storage.get('x')).to.equal('1');
    storage.remove('x');
    expect(storage.get('x')).to.equal(null);
  });

  it('works with no storage at all', () => {
    const storage = new SessionStorage(API_BASE, uniqueStoreId(), null);
    storage.set('x', '1');
    expect(storage.get('x')).to.equal('1');
  });

  it('when a write hits the quota, the new value wins over the old shared one', () => {
    const storeId = uniqueStoreId();
    const full = new FullStorage();
    full.set(`scalev:${API_BASE}|${storeId}:guest-token`, 'old');
    const storage = new SessionStorage(API_BASE, storeId, full);
    expect(storage.get('guest-token')).to.equal('old');
    storage.set('guest-token', 'new');
    expect(storage.get('guest-token')).to.equal('new');
    expect(full.has(`scalev:${API_BASE}|${storeId}:guest-token`)).to.equal(false);
  });

  it('adopts a value another tab announced only where shared storage lacks it', () => {
    const shared = new SessionStorage(API_BASE, uniqueStoreId());
    shared.set('k', 'newest');
    adopt(shared, 'k', 'older');
    expect(shared.get('k')).to.equal('newest');
    adopt(shared, 'k', null);
    expect(shared.get('k')).to.equal('newest');

    // The announcing tab could not write (quota): the value only exists in its message.
    const missing = new SessionStorage(API_BASE, uniqueStoreId());
    adopt(missing, 'k', 'only-announced');
    expect(missing.get('k')).to.equal('only-announced');
    adopt(missing, 'k', null);
    expect(missing.get('k')).to.equal(null);

    const memoryOnly = new SessionStorage(API_BASE, uniqueStoreId(), null);
    adopt(memoryOnly, 'k', 'from-other-tab');
    expect(memoryOnly.get('k')).to.equal('from-other-tab');
    adopt(memoryOnly, 'k', null);
    expect(memoryOnly.get('k')).to.equal(null);
  });

  it('reports changes another document makes to its key, and only those', () => {
    const storeId = uniqueStoreId();
    const storage = new SessionStorage(API_BASE, storeId);
    let calls = 0;
    const stop = storage.watch('customer', () => calls++);
    const fire = (key: string | null, area: Storage = localStorage) =>
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: area }));
    fire(`scalev:${API_BASE}|${storeId}:customer`);
    fire(`scalev:${API_BASE}|${uniqueStoreId()}:customer`);
    fire(`scalev:${API_BASE}|${storeId}:customer`, sessionStorage);
    fire(null);
    expect(calls).to.equal(2);
    stop();
    fire(`scalev:${API_BASE}|${storeId}:customer`);
    expect(calls).to.equal(2);
  });
});
