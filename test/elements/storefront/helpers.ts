import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type MockOptions, type MockScalev } from '../../../src/mock/index.js';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import '../../../src/elements/storefront/define.js';
import { ScalevStorefront } from '../../../src/elements/storefront/storefront.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { shadow, until } from '../../helpers/fixture.js';

/** The test page's own URL (with web-test-runner's session parameter), restored after every test. */
export const START_URL = `${location.pathname}${location.search}`;

export function setUrl(url: string): void {
  history.replaceState(null, '', url);
}

const originalLoader = ScalevStorefront.elementLoader;
const mountedStores: Storefront[] = [];

/** Back to the page's URL and the real loader; sessions of finished tests stop listening. */
export function cleanUp(): void {
  setUrl(START_URL);
  markHistoryStart();
  ScalevStorefront.elementLoader = originalLoader;
  for (const storefront of mountedStores.splice(0)) {
    storefront.customer.dispose();
    storefront.http.customerAuth = null;
  }
}

/** Records which element chunks the storefront asks for, passing each on to the real loader. */
export function recordLoads(): string[] {
  const tags: string[] = [];
  ScalevStorefront.elementLoader = (tag) => {
    tags.push(tag);
    return originalLoader(tag);
  };
  return tags;
}

export interface MountedStorefront {
  el: ScalevStorefront;
  mock: MockScalev;
  storeId: string;
  /** The page's `<scalev-store>` (surrounding mode) or null (the storefront is its own store). */
  pageStore: ScalevStore | null;
}

/** A store id of its own per test: test files share one origin, and with it storage and broadcasts. */
function freshStoreId(): string {
  return `store_sf${Math.random().toString(36).slice(2, 10)}`;
}

export interface MountOptions {
  /** The storefront gets the store attributes itself instead of sitting in a page `<scalev-store>`. */
  own?: boolean;
  routing?: string;
  base?: string;
  routeKey?: string;
  locale?: string;
  theme?: string;
  hideHeader?: boolean;
  /** Light-DOM children of the storefront (slotted content). */
  children?: TemplateResult;
  /** Siblings of the storefront inside the page store (surrounding mode). */
  extra?: TemplateResult;
  mockOptions?: MockOptions;
  setup?: (mock: MockScalev) => void;
  /** Reuse a mock (a "reload" of the same shop). */
  mock?: MockScalev;
  storeId?: string;
  keepStorage?: boolean;
}

/**
 * Mounts a storefront against a fresh mock: inside a page `<scalev-store>` (the default), or as
 * its own store (`own: true`).
 */
export async function mountStorefront(options: MountOptions = {}): Promise<MountedStorefront> {
  if (!options.keepStorage) localStorage.clear();
  const storeId = options.storeId ?? freshStoreId();
  const mock = options.mock ?? createMockScalev({ ...options.mockOptions, storeId });
  options.setup?.(mock);
  const storefront = (own: boolean) => html`<scalev-storefront
    store-id=${own ? storeId : nothing}
    storefront-key=${own ? DEMO_STOREFRONT_KEY : nothing}
    api-base=${own ? DEMO_API_BASE : nothing}
    locale=${own ? (options.locale ?? 'id') : nothing}
    routing=${options.routing ?? nothing}
    base=${options.base ?? nothing}
    route-key=${options.routeKey ?? nothing}
    theme=${options.theme ?? nothing}
    ?hide-header=${options.hideHeader ?? false}
    .fetcher=${own ? mock.fetch : undefined}
    >${options.children ?? nothing}</scalev-storefront
  >`;
  let el: ScalevStorefront;
  let pageStore: ScalevStore | null = null;
  if (options.own) {
    el = await fixture<ScalevStorefront>(storefront(true));
  } else {
    pageStore = await fixture<ScalevStore>(html`<scalev-store
      store-id=${storeId}
      storefront-key=${DEMO_STOREFRONT_KEY}
      api-base=${DEMO_API_BASE}
      locale=${options.locale ?? 'id'}
      .fetcher=${mock.fetch}
      >${options.extra ?? nothing}${storefront(false)}</scalev-store
    >`);
    el = pageStore.querySelector('scalev-storefront')!;
    if (pageStore.storefront) mountedStores.push(pageStore.storefront);
  }
  await el.updateComplete;
  await until(() => innerStore(el)?.storefront, 'the storefront rendered its inner store');
  mountedStores.push(innerStore(el)!.storefront!);
  return { el, mock, storeId, pageStore };
}

export function innerStore(el: Element): ScalevStore | null {
  return shadow(el).querySelector('scalev-store');
}

/** The element the current route shows (`scalev-catalog`, …), once it is there and upgraded. */
export async function routeElement<T extends HTMLElement = HTMLElement>(el: Element, selector: string): Promise<T> {
  await until(() => {
    const found = shadow(el).querySelector<HTMLElement>(`.main ${selector}`);
    return found && customElements.get(found.localName) && found.shadowRoot;
  }, `the route shows ${selector}`);
  return shadow(el).querySelector<T>(`.main ${selector}`)!;
}

/** Whether the current route shows `selector` right now. */
export function shows(el: Element, selector: string): boolean {
  return Boolean(shadow(el).querySelector(`.main ${selector}`));
}

export function textOf(root: Element | ShadowRoot | null | undefined): string {
  const node = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A real click on an anchor: returns whether the browser would have followed it. */
export function clickLink(anchor: HTMLAnchorElement): boolean {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
  return anchor.dispatchEvent(event);
}

/**
 * Session history as this file's tests moved it. `history.length` and the Navigation API's entry
 * index stop growing at 50 entries in Chromium (the oldest are dropped), and one page runs every
 * test of this file, so the tests count the entries they add themselves: `pushState` is counted
 * (calling through), `back()`/`forward()` move within them.
 */
const historyLog = { pushed: 0, position: 0, ahead: 0 };
// Entries of the test page below the first test: a step back too many (a late popstate of an
// ended test) lands on the test page, where the next route check fails, instead of on the tab's
// first entry, `about:blank`, which would end the file without saying which test did it.
for (let i = 0; i < 3; i++) history.pushState(history.state, '', location.href);
const realPushState = history.pushState;
history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
  historyLog.pushed += 1;
  historyLog.position += 1;
  historyLog.ahead = 0;
  return realPushState.apply(this, args);
};

/** Entries the running test has added to session history (`pushState` calls). */
export function historyEntriesAdded(): number {
  return historyLog.pushed;
}

/**
 * Called between tests: the next test starts counting from zero, and its history steps stop at the
 * entry it starts on. The tab's first history entry is `about:blank` (where the test page was
 * opened); stepping back past the test page ends the whole file with "the page navigated to
 * about:blank".
 */
function markHistoryStart(): void {
  historyLog.pushed = 0;
  historyLog.position = 0;
  historyLog.ahead = 0;
}

/**
 * `history.back()` / `forward()` and the `popstate` that follows, for the storefront `el` of the
 * running test. Fails (instead of leaving the test page) when `el` is gone because its test already
 * ended, when there is no entry of this test to go back to, or when no `popstate` comes.
 */
export function historyStep(step: 'back' | 'forward', el: Element, timeout = 4000): Promise<void> {
  if (!el.isConnected) return Promise.reject(new Error(`history.${step}() from a test that already ended`));
  if (step === 'back' && historyLog.position <= 0) {
    return Promise.reject(new Error('history.back() would leave the entries this test added (no route change added one)'));
  }
  if (step === 'forward' && historyLog.ahead <= 0) {
    return Promise.reject(new Error('history.forward() with no entry of this test ahead'));
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      const move = step === 'back' ? -1 : 1;
      historyLog.position += move;
      historyLog.ahead -= move;
      resolve();
    };
    const timer = setTimeout(() => {
      window.removeEventListener('popstate', done);
      reject(new Error(`no popstate after history.${step}()`));
    }, timeout);
    window.addEventListener('popstate', done, { once: true });
    if (step === 'back') history.back();
    else history.forward();
  });
}
