import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createStorefront } from '../../../src/context/create-storefront.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type MockOptions, type MockScalev } from '../../../src/mock/index.js';

ScalevStore.define('scalev-store');

/**
 * Test pages run in parallel on one origin and share `localStorage` and broadcast channels: a store
 * id per test keeps carts, tokens and tab messages of different tests apart.
 */
const created = new Set<string>();

export function uniqueStoreId(): string {
  const id = `store_cart${Math.random().toString(36).slice(2, 10)}`;
  created.add(id);
  return id;
}

/** Removes what this test page wrote, and nothing other test pages on this origin may be using. */
export function clearCartStorage(): void {
  for (const key of Object.keys(localStorage)) {
    const storeId = /\|(store_cart[a-z0-9]+):/.exec(key)?.[1];
    if (storeId && created.has(storeId)) localStorage.removeItem(key);
  }
}

export function storageKey(storeId: string, name: string): string {
  return `scalev:${DEMO_API_BASE}|${storeId}:${name}`;
}

export interface Tab {
  sf: Storefront;
  /** `METHOD /path?query` of every request this tab sent (path below the store). */
  sent: string[];
  fetch: typeof fetch;
}

/**
 * A "tab" (or a reload): a Storefront over the shared mock with its own fetch, hence its own HTTP
 * client, sessions and cart store, reading the same browser storage as the other tabs.
 */
export function openTab(mock: MockScalev, storeId: string): Tab {
  const sent: string[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    sent.push(`${init?.method ?? 'GET'} ${url.pathname.replace(/^\/v3\/stores\/[^/]+/, '')}${url.search}`);
    return mock.fetch(input, init);
  }) as typeof fetch;
  const sf = createStorefront({
    storeId,
    storefrontKey: DEMO_STOREFRONT_KEY,
    apiBase: DEMO_API_BASE,
    locale: 'id',
    theme: '',
    urls: {},
    recaptchaSiteKey: '',
    timeoutMs: 3000,
    fetch: fetchImpl,
  });
  return { sf, sent, fetch: fetchImpl };
}

export function newMock(storeId: string, options: MockOptions = {}): MockScalev {
  return createMockScalev({ ...options, storeId });
}

export interface MountedCart<T extends Element> {
  store: ScalevStore;
  el: T;
  mock: MockScalev;
  tab: Tab;
  storeId: string;
}

/**
 * Mounts `template` inside a `<scalev-store>` of a store id of its own, over `mock` (a new one by
 * default). Passing the same mock and store id again is a reload of the page: the API keeps its
 * carts and the browser keeps its storage.
 */
export async function mountCart<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: { mock?: MockScalev; storeId?: string; mockOptions?: MockOptions; urls?: Record<string, string>; locale?: string } = {},
): Promise<MountedCart<T>> {
  const storeId = options.storeId ?? uniqueStoreId();
  const mock = options.mock ?? newMock(storeId, options.mockOptions);
  const tab = openTab(mock, storeId);
  const urls = options.urls ?? {};
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${storeId}
    storefront-key=${DEMO_STOREFRONT_KEY}
    api-base=${DEMO_API_BASE}
    locale=${options.locale ?? 'id'}
    product-url=${urls['product'] ?? ''}
    checkout-url=${urls['checkout'] ?? ''}
    .fetcher=${tab.fetch}
    >${template}</scalev-store
  >`);
  const el = store.firstElementChild as T;
  if (el && 'updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { store, el, mock, tab, storeId };
}

/** Requests of one kind in a tab's log, e.g. `count(tab, 'PATCH /public/cart/items')`. */
export function count(tab: Tab, prefix: string): number {
  return tab.sent.filter((line) => line.startsWith(prefix)).length;
}

/** `scalev-cart-change` events reaching `document` while `run` is being awaited and until `until` resolves. */
export function recordCartChanges(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('scalev-cart-change', listener);
  return { events, stop: () => document.removeEventListener('scalev-cart-change', listener) };
}
