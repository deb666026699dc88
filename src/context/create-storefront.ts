import { ScalevHttp } from '../api/http.js';
import { createSessions } from '../session/index.js';
import type { MessageOverrides } from '../i18n/localize.js';
import type { ConfigProblem, StoreConfig, Storefront, UrlKind } from './storefront.js';

export const DEFAULT_API_BASE = 'https://api.scalev.com';

/** Finds configuration mistakes before any request is made. A business key is never sent anywhere. */
export function checkConfig(config: StoreConfig): ConfigProblem | null {
  if (!config.storeId.trim()) return { code: 'missing-store-id' };
  const key = config.storefrontKey.trim();
  if (!key) return { code: 'missing-storefront-key' };
  if (/^sk_/i.test(key)) return { code: 'business-key' };
  try {
    const url = new URL(config.apiBase);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
  } catch {
    return { code: 'invalid-api-base', detail: config.apiBase };
  }
  return null;
}

interface StoreCore {
  http: ScalevHttp;
  guest: Storefront['guest'];
  customer: Storefront['customer'];
  services: Map<string, unknown>;
  /**
   * Every Storefront of this store, held weakly: the core lives as long as the page, and a removed
   * `<scalev-store>` (each `<scalev-storefront>` renders one) must not stay alive through it.
   */
  storefronts: Set<WeakRef<StorefrontImpl>>;
  storeNotFound: boolean;
}

const REGISTRY_KEY = Symbol.for('scalev-elements/store-cores');
const cores = ((globalThis as unknown as Record<symbol, unknown>)[REGISTRY_KEY] ??= new Map()) as Map<string, StoreCore>;

/**
 * One HTTP client, one session pair and one set of shared stores per store per page: a cart icon
 * under a `<scalev-store>` in the header and a catalog under another one in the body share one
 * cart, one session and one cache, even when their URL templates or languages differ.
 */
const fetchIds = new WeakMap<typeof fetch, number>();
let nextFetchId = 1;
/** A store behind a custom `fetch` (a test's mock) gets its own core. */
function fetchIdentity(fetchImpl: typeof fetch | undefined): string {
  if (!fetchImpl) return '';
  if (!fetchIds.has(fetchImpl)) fetchIds.set(fetchImpl, nextFetchId++);
  return String(fetchIds.get(fetchImpl));
}

function obtainCore(config: StoreConfig, problem: ConfigProblem | null): StoreCore {
  const key = [config.apiBase, config.storeId, problem ? '' : config.storefrontKey, fetchIdentity(config.fetch)].join('|');
  let core = cores.get(key);
  if (!core) {
    const http = new ScalevHttp({
      apiBase: config.apiBase,
      storeId: config.storeId,
      // A business key must not travel, not even by mistake.
      storefrontKey: problem ? '' : config.storefrontKey,
      timeoutMs: config.timeoutMs,
      fetch: config.fetch,
    });
    const sessions = createSessions(http);
    core = {
      http,
      guest: sessions.guest,
      customer: sessions.customer,
      services: new Map(),
      storefronts: new Set(),
      storeNotFound: false,
    };
    cores.set(key, core);
  }
  return core;
}

class StorefrontImpl extends EventTarget implements Storefront {
  readonly http: ScalevHttp;
  readonly guest: Storefront['guest'];
  readonly customer: Storefront['customer'];
  messages: MessageOverrides = {};
  private readonly core: StoreCore;
  private readonly configProblem: ConfigProblem | null;

  constructor(readonly config: Readonly<StoreConfig>) {
    super();
    this.configProblem = checkConfig(config);
    this.core = obtainCore(config, this.configProblem);
    this.http = this.core.http;
    this.guest = this.core.guest;
    this.customer = this.core.customer;
    for (const ref of this.core.storefronts) if (!ref.deref()) this.core.storefronts.delete(ref);
    this.core.storefronts.add(new WeakRef(this));
  }

  get problem(): ConfigProblem | null {
    return this.configProblem ?? (this.core.storeNotFound ? { code: 'store-not-found' } : null);
  }

  service<T>(key: string, create: (storefront: Storefront) => T): T {
    if (!this.core.services.has(key)) this.core.services.set(key, create(this));
    return this.core.services.get(key) as T;
  }

  existingService<T>(key: string): T | undefined {
    return this.core.services.get(key) as T | undefined;
  }

  url(kind: UrlKind, params: Record<string, string | number> = {}): string | null {
    const template = this.config.urls[kind];
    if (!template) return null;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      params[name] === undefined ? match : encodeURIComponent(String(params[name])),
    );
  }

  reportStoreNotFound(): void {
    if (this.core.storeNotFound) return;
    this.core.storeNotFound = true;
    for (const ref of this.core.storefronts) ref.deref()?.dispatchEvent(new Event('problem'));
  }
}

/** A Storefront for one `<scalev-store>` configuration, sharing its store's core with the page. */
export function createStorefront(config: StoreConfig): Storefront {
  return new StorefrontImpl(config);
}
