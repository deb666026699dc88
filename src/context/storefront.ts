import { createContext } from '@lit/context';
import type { ScalevHttp } from '../api/http.js';
import type { GuestSession } from '../session/guest.js';
import type { CustomerSession } from '../session/customer.js';
import type { MessageOverrides } from '../i18n/localize.js';

/** Where an element sends the buyer when the merchant runs a multi-page site (DESIGN §1). */
export type UrlKind = 'product' | 'cart' | 'checkout' | 'order' | 'account' | 'login';

export type ThemeName = 'light' | 'dark' | 'auto';

export interface StoreConfig {
  storeId: string;
  storefrontKey: string;
  /** Without trailing slash, e.g. `https://api.scalev.com`. */
  apiBase: string;
  /** The store's language when an element has none of its own; '' lets `lang` decide. */
  locale: string;
  theme: ThemeName | '';
  /** URL templates such as `/produk/{slug}`; absent → the element completes the flow in place. */
  urls: Partial<Record<UrlKind, string>>;
  recaptchaSiteKey: string;
  timeoutMs: number;
  /** Replaces the global `fetch` for this store's requests (tests, stories, instrumentation). */
  fetch?: typeof fetch;
}

export type ConfigProblemCode =
  | 'missing-store-id'
  | 'missing-storefront-key'
  | 'business-key'
  | 'invalid-api-base'
  | 'no-store'
  | 'store-not-found';

/** A configuration mistake the merchant must fix; shown in the element and on the console. */
export interface ConfigProblem {
  code: ConfigProblemCode;
  detail?: string;
}

/**
 * What every element receives from `<scalev-store>` through context: the configuration, the one
 * shared HTTP client, the sessions, and a registry of shared stores (cart, customer, catalog
 * cache) created on first use so a page only loads the stores its elements need.
 */
export interface Storefront extends EventTarget {
  readonly config: Readonly<StoreConfig>;
  /** Non-null when the configuration is unusable; `http` and sessions must not be used then. */
  readonly problem: ConfigProblem | null;
  readonly http: ScalevHttp;
  readonly guest: GuestSession;
  readonly customer: CustomerSession;
  /** Merchant string overrides per locale (`messages` property of `<scalev-store>`). */
  readonly messages: MessageOverrides;
  /** One shared instance per key for the whole store: `sf.service('cart', sf => new CartStore(sf))`. */
  service<T>(key: string, create: (storefront: Storefront) => T): T;
  /** The shared instance for `key` if something already created it (its code is then loaded). */
  existingService<T>(key: string): T | undefined;
  /** Fills a URL template (`/produk/{slug}`) or returns null when the merchant set none. */
  url(kind: UrlKind, params?: Record<string, string | number>): string | null;
  /** Reports that the API answered "Store not found": every element then shows the setup message. */
  reportStoreNotFound(): void;
}

/**
 * `Symbol.for` so that two copies of the kit on one page (a theme and a plugin each loading it)
 * still find each other's provider: context keys compare by identity.
 */
export const storefrontContext = createContext<Storefront | undefined>(Symbol.for('scalev-elements/storefront'));
