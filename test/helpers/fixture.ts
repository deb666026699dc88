import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  createMockScalev,
  type MockOptions,
  type MockScalev,
} from '../../src/mock/index.js';
import { ScalevStore } from '../../src/elements/store/scalev-store.js';
import type { Storefront } from '../../src/context/storefront.js';

ScalevStore.define();

export interface Mounted<T extends Element> {
  store: ScalevStore;
  el: T;
  mock: MockScalev;
  storefront: Storefront;
}

let mountCount = 0;

/**
 * Mounts `template` inside a `<scalev-store>` whose requests go to a fresh in-browser mock of the
 * Scalev API. Each mount gets its own mock and its own store id, so tests never share carts,
 * tokens or tab channels, even when several test pages run at once on the same origin.
 */
export async function mountInStore<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: { mock?: MockScalev; mockOptions?: MockOptions; locale?: string; urls?: Record<string, string>; /** Reuse the same mock (and its store id) to simulate a reload. */
    keepStorage?: boolean;
  } = {},
): Promise<Mounted<T>> {
  const mock =
    options.mock ??
    createMockScalev({ storeId: `store_test_${Date.now().toString(36)}_${++mountCount}`, ...options.mockOptions });
  const urls = options.urls ?? {};
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${mock.options.storeId}
    storefront-key=${mock.options.storefrontKey}
    api-base=${mock.options.apiBase}
    locale=${options.locale ?? 'id'}
    product-url=${urls['product'] ?? ''}
    cart-url=${urls['cart'] ?? ''}
    checkout-url=${urls['checkout'] ?? ''}
    order-url=${urls['order'] ?? ''}
    account-url=${urls['account'] ?? ''}
    login-url=${urls['login'] ?? ''}
    .fetcher=${mock.fetch}
    >${template}</scalev-store
  >`);
  const el = store.firstElementChild as T;
  if (el && 'updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { store, el, mock, storefront: store.storefront! };
}

/** Waits until `predicate` holds, with a message that says what was awaited. */
export function until(predicate: () => unknown, message: string, timeout = 4000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no shadow root`);
  return root;
}

/** Requests the mock received for a path (substring or regex), optionally by method. */
export function requestsTo(mock: MockScalev, path: string | RegExp, method?: string) {
  return mock.requests.filter(
    (r) => (typeof path === 'string' ? r.path.includes(path) : path.test(r.path)) && (!method || r.method === method),
  );
}
