import type { ScalevApiError } from './api/errors.js';
import type { StorefrontPublicOrder } from './api/types.js';

/**
 * Every event of the kit: prefixed `scalev-`, bubbling, composed, typed here and documented with
 * `@fires` on the element that dispatches it. State events (`scalev-cart-change`, `scalev-login`,
 * `scalev-logout`) are dispatched on `document` by the shared stores, once per change however
 * many widgets show it, so a page script can listen in one place.
 */

/** A line as the buyer sees it: ids for the API plus what is needed to render it later. */
export interface CartLineSnapshot {
  /** Cart line id (`items[].id`); absent while an optimistic add is pending. */
  id?: number;
  type: 'variant' | 'bundle_price_option';
  variantId?: number;
  bundlePriceOptionId?: number;
  quantity: number;
  name?: string;
  /** Option values such as ['Merah', 'XL']. */
  options?: string[];
  image?: string;
  unitPrice?: number | null;
}

export interface CartSnapshot {
  /** The API cart id (`cart_id` for customer checkout). */
  id: number | null;
  lines: CartLineSnapshot[];
  itemCount: number;
  subtotal: number | null;
  /** 'guest' before sign-in, 'customer' after. */
  owner: 'guest' | 'customer';
}

export interface AddToCartDetail {
  item: CartLineSnapshot;
  /** The element that asked (catalog card, product buy box). */
  source: string;
}

export interface AddedToCartDetail extends AddToCartDetail {
  cart: CartSnapshot;
}

export interface CartChangeDetail {
  cart: CartSnapshot;
  reason: 'add' | 'update' | 'remove' | 'load' | 'merge' | 'clear' | 'sync' | 'rollback';
}

export interface BeforeCheckoutDetail {
  /** The body about to be sent to the order route; a listener may read it, not change it. */
  request: Readonly<Record<string, unknown>>;
  customer: boolean;
}

export interface OrderCreatedDetail {
  order: StorefrontPublicOrder;
}

export interface LoginDetail {
  email: string | null;
}

export interface LogoutDetail {
  reason: 'logout' | 'revoked' | 'expired' | 'other-tab';
}

export interface ScalevErrorDetail {
  error: ScalevApiError | Error;
  /** What the element was doing, e.g. 'catalog.load', 'cart.update', 'checkout.submit'. */
  operation: string;
}

export interface ScalevEventMap {
  'scalev-before-add-to-cart': CustomEvent<AddToCartDetail>;
  'scalev-add-to-cart': CustomEvent<AddedToCartDetail>;
  'scalev-cart-change': CustomEvent<CartChangeDetail>;
  'scalev-before-checkout': CustomEvent<BeforeCheckoutDetail>;
  'scalev-order-created': CustomEvent<OrderCreatedDetail>;
  'scalev-login': CustomEvent<LoginDetail>;
  'scalev-logout': CustomEvent<LogoutDetail>;
  'scalev-error': CustomEvent<ScalevErrorDetail>;
}

export type ScalevEventName = keyof ScalevEventMap;
export type ScalevEventDetail<K extends ScalevEventName> = ScalevEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ScalevEventMap {}
}

/** Dispatches a page-level state event on `document`. */
export function announce<K extends ScalevEventName>(name: K, detail: ScalevEventDetail<K>): void {
  document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
