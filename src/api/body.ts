/**
 * Request-body shaping shared by the route modules. Many request bodies of the contract are
 * closed (`additionalProperties: false`): these helpers send only the declared fields, drop
 * `undefined`, and turn ids into the integers the checkout routes require.
 */
import type { CursorParams } from './pagination.js';
import type { CartItemRequest, CheckoutIntentItem, StorefrontCheckoutItem } from './types.js';

/** Copies the listed keys whose value is not `undefined` (`null` is kept: it clears a field). */
export function pick<T extends object, K extends string>(
  source: T | null | undefined,
  keys: readonly K[],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (!source) return out;
  const record = source as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A positive integer from a number or a numeric string; anything else is a caller bug. */
export function toPositiveInteger(value: unknown, field: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    throw new TypeError(`${field} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

type ItemLike = {
  type?: string;
  variant_id?: number | string | null;
  bundle_price_option_id?: number | string | null;
  quantity?: number | string | null;
};

/**
 * The closed, typed checkout item union (CONTRACT §5): integer ids ≥ 1, a required quantity, and
 * nothing else. Accepts cart lines or cart requests too, so a cart can be checked out directly.
 */
export function toCheckoutItem(item: ItemLike): StorefrontCheckoutItem {
  const quantity = toPositiveInteger(item.quantity ?? 1, 'quantity');
  if (item.type === 'bundle_price_option') {
    return {
      type: 'bundle_price_option',
      bundle_price_option_id: toPositiveInteger(item.bundle_price_option_id, 'bundle_price_option_id'),
      quantity,
    };
  }
  if (item.type === 'variant') {
    return { type: 'variant', variant_id: toPositiveInteger(item.variant_id, 'variant_id'), quantity };
  }
  throw new TypeError(`checkout item type must be "variant" or "bundle_price_option", got ${JSON.stringify(item.type)}`);
}

/** `items` only when the caller gave them; `[]` is passed on (the API rejects it rather than using the cart). */
export function checkoutItems(items: readonly ItemLike[] | undefined): StorefrontCheckoutItem[] | undefined {
  return items === undefined ? undefined : items.map(toCheckoutItem);
}

/** Checkout-intent items have the same closed union (quantity up to 10 000 instead of 100). */
export function intentItems(items: readonly ItemLike[] | undefined): CheckoutIntentItem[] | undefined {
  return items === undefined ? undefined : items.map(toCheckoutItem);
}

/** The closed cart-item request: ids may stay strings here (CONTRACT §4), `quantity` is optional. */
export function toCartItemRequest(item: CartItemRequest): CartItemRequest {
  if (item.type === 'bundle_price_option') {
    return pick(item, ['type', 'bundle_price_option_id', 'quantity']) as CartItemRequest;
  }
  if (item.type === 'variant') {
    return pick(item, ['type', 'variant_id', 'quantity']) as CartItemRequest;
  }
  throw new TypeError(`cart item type must be "variant" or "bundle_price_option", got ${JSON.stringify((item as ItemLike).type)}`);
}

/** Cursor query for list routes: the contract asks for only one of the two cursors, next first. */
export function cursorQuery(params: CursorParams): Record<string, string | number | undefined> {
  return {
    page_size: params.page_size,
    next_cursor: params.next_cursor || undefined,
    previous_cursor: params.next_cursor ? undefined : params.previous_cursor || undefined,
  };
}

/** The `data` array of a list envelope, or `[]` when the body is not one. */
export function listData<T>(body: { data?: T[] | null } | null | undefined): T[] {
  return Array.isArray(body?.data) ? body.data : [];
}
