/**
 * The one-tag drop-in (`dist/scalev.js`). It registers `<scalev-store>` at once and loads the code
 * of every other element the first time its tag appears on the page, so a page pays only for the
 * elements it shows. Loading this script twice (page builders do) is harmless.
 */
import { ScalevStore } from './elements/store/scalev-store.js';
import { setMessages } from './i18n/localize.js';
// Every element shows its errors and live messages with these two; shipped inside this file rather
// than as two tiny chunks each page would fetch separately.
import './ui/status-message.js';
import './ui/status-message.styles.js';

const LOADER_KEY = Symbol.for('scalev-elements/loader');

type Loader = () => Promise<unknown>;

/** `./elements/<name>/define.ts` registers `<scalev-<name>>`; every such module becomes its own chunk. */
const defineModules = import.meta.glob<unknown>(['./*/define.ts', '!./store/define.ts'], { base: './elements' });

const loaders = new Map<string, Loader>();
for (const file in defineModules) loaders.set(`scalev-${file.split('/')[1]}`, defineModules[file]!);

const requested = new Map<string, Promise<void>>();

/** Tags whose code could not load (offline, or a site redeployed meanwhile), tried again together. */
const failed = new Set<string>();
let retries = 0;
let retryPending = false;

/**
 * Tries failed tags again when the browser is back online, and after pauses of 2, 4 … 64 s; then
 * only when back online (code gone for good must not cost a request a minute for the page's life).
 */
function retryLater(): void {
  if (retryPending) return;
  retryPending = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = () => {
    retryPending = false;
    clearTimeout(timer);
    removeEventListener('online', retry);
    for (const tag of failed) void loadElement(tag);
  };
  addEventListener('online', retry);
  if (retries < 6) timer = setTimeout(retry, 2_000 * 2 ** retries++);
}

/** Loads and registers one element; resolves when the tag is defined. */
export function loadElement(tag: string): Promise<void> {
  const existing = requested.get(tag);
  if (existing) return existing;
  const load = loaders.get(tag);
  if (!load || customElements.get(tag)) return Promise.resolve();
  failed.delete(tag);
  const pending = load().then(
    () => undefined,
    (error: unknown) => {
      requested.delete(tag);
      failed.add(tag);
      retryLater();
      console.error(`[scalev-elements] could not load <${tag}>; trying again`, error);
    },
  );
  requested.set(tag, pending);
  return pending;
}

function loadTagsIn(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    if (!customElements.get(tag) && !requested.has(tag) && root.querySelector(tag)) void loadElement(tag);
  }
}

function start(): void {
  ScalevStore.define();
  loadTagsIn(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (loaders.has(node.localName)) void loadElement(node.localName);
        if (node.firstElementChild) loadTagsIn(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

const page = globalThis as unknown as Record<symbol, unknown> & { ScalevElements?: unknown };
if (!page[LOADER_KEY]) {
  page[LOADER_KEY] = true;
  page.ScalevElements = { load: loadElement, setMessages, version: __SCALEV_VERSION__ };
  if (document.readyState === 'loading') {
    ScalevStore.define();
    document.addEventListener('DOMContentLoaded', start, { once: true });
    // Tags parsed before DOMContentLoaded start loading at once, not after the whole page.
    loadTagsIn(document);
  } else {
    start();
  }
}
