import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type MockOptions, type MockScalev } from '../../../src/mock/index.js';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import type { Storefront } from '../../../src/context/storefront.js';
import type { RecordedRequest } from '../../../src/mock/types.js';

ScalevStore.define('scalev-store');

export interface Mounted<T extends Element> {
  store: ScalevStore;
  el: T;
  mock: MockScalev;
  storefront: Storefront;
  storeId: string;
}

/**
 * Mounts `template` in a `<scalev-store>` backed by a fresh mock, under a store id of its own:
 * test files run in parallel pages of one origin, and a shared store id would share guest tokens
 * and cart broadcasts between them.
 */
export async function mount<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: {
    mockOptions?: MockOptions;
    setup?: (mock: MockScalev) => void;
    locale?: string;
    productUrl?: string;
    cartUrl?: string;
    /** Request timeout of the store, ms. */
    timeout?: number;
  } = {},
): Promise<Mounted<T>> {
  const storeId = `store_cat${Math.random().toString(36).slice(2, 10)}`;
  const mock = createMockScalev({ ...options.mockOptions, storeId });
  options.setup?.(mock);
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${storeId}
    storefront-key=${DEMO_STOREFRONT_KEY}
    api-base=${DEMO_API_BASE}
    locale=${options.locale ?? 'id'}
    product-url=${options.productUrl ?? ''}
    cart-url=${options.cartUrl ?? ''}
    timeout=${options.timeout ?? 15000}
    .fetcher=${mock.fetch}
    >${template}</scalev-store
  >`);
  const el = store.firstElementChild as T;
  if (el && 'updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { store, el, mock, storefront: store.storefront!, storeId };
}

/** Requests to one route (path below the store, without query), by method. */
export function calls(mock: MockScalev, route: string | RegExp, method = 'GET'): RecordedRequest[] {
  return mock.requests.filter((request) => {
    if (request.method !== method) return false;
    const path = request.path.replace(/^\/v3\/stores\/[^/]+/, '');
    return typeof route === 'string' ? path === route : route.test(path);
  });
}

/** Removes every listed item (products and bundles) from `/public/items`. */
export function emptyCatalog(mock: MockScalev): void {
  for (const entry of mock.db.catalog) entry.record.listed = false;
}

/** `window.__xss` is set by the payloads below if any of them ever runs. */
export const XSS_NAME = '<img src=x onerror="window.__xss=1">Kopi<script>window.__xss=2</script>';
export const XSS_RICH =
  '<p>Aman</p><img src=x onerror="window.__xss=3"><script>window.__xss=4</script><a href="javascript:window.__xss=5">klik</a><iframe srcdoc="<script>parent.__xss=6</script>"></iframe>';

export function xssFlag(): unknown {
  return (window as unknown as { __xss?: unknown }).__xss;
}

/** Every element under `root`, through nested shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
