import { ScalevHttp } from '../../src/api/http.js';
import { createSessions, type SessionOptions, type Sessions } from '../../src/session/index.js';
import { API_BASE, STOREFRONT_KEY, createFakeApi, type FakeApi, type FakeOptions } from './fake-api.js';

const storesOfThisPage = new Set<string>();

/** Test pages run in parallel on one origin: a store id per test keeps their storage, locks and channels apart. */
export function uniqueStoreId(): string {
  const storeId = `store_t${Math.random().toString(36).slice(2, 10)}`;
  storesOfThisPage.add(storeId);
  return storeId;
}

/** Removes what this page's tests wrote, and nothing that other test pages on this origin may be using. */
export function clearSessionStorage(): void {
  for (const key of Object.keys(localStorage)) {
    const storeId = /^scalev:[^|]*\|([^:]+):/.exec(key)?.[1];
    if (storeId && storesOfThisPage.has(storeId)) localStorage.removeItem(key);
  }
  storesOfThisPage.clear();
}

export interface Tab {
  http: ScalevHttp;
  sessions: Sessions;
}

/** One "tab": a client and its sessions for the fake API's store. */
export function openTab(fake: FakeApi, storeId: string, options: SessionOptions & { timeoutMs?: number } = {}): Tab {
  const http = new ScalevHttp({
    apiBase: API_BASE,
    storeId,
    storefrontKey: STOREFRONT_KEY,
    fetch: fake.fetch,
    timeoutMs: options.timeoutMs,
  });
  const { timeoutMs: _ignored, ...sessionOptions } = options;
  return { http, sessions: createSessions(http, sessionOptions) };
}

export function setup(fakeOptions: Omit<FakeOptions, 'storeId'> = {}) {
  const storeId = uniqueStoreId();
  const fake = createFakeApi({ ...fakeOptions, storeId });
  return { storeId, fake };
}

/** Collects the `detail` of every `change` event. */
export function recordChanges<T>(target: EventTarget): T[] {
  const seen: T[] = [];
  target.addEventListener('change', (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

/** A `Storage` whose every method throws, like Safari private mode or a sandboxed frame. */
export class ThrowingStorage implements Storage {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  }
  clear(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('quota', 'QuotaExceededError');
  }
}

/** Runs `body` with `Date.now()` moved by `offsetMs`. */
export async function withClockShift<T>(offsetMs: number, body: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => realNow.call(Date) + offsetMs;
  try {
    return await body();
  } finally {
    Date.now = realNow;
  }
}

export { API_BASE };
