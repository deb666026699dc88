import type { GuestCart, GuestCartItem } from '../../api/types.js';
import { ApiError, badRequest, notFound, type FieldErrors } from '../core/http.js';
import { decimalString, parseMoney } from '../core/money.js';
import { addError, isPlainObject, itemUnionRule, readId, validate } from '../core/validate.js';
import type { MockDatabase } from '../db.js';
import type { CartLine, CartRecord } from '../model.js';
import { bundleAvailableQty, variantAvailableQty } from './catalog.js';

export interface ItemRef {
  type: 'variant' | 'bundle_price_option';
  id: number;
}

/** Renders a cart: only ids and quantities per line, plus `item_count` and `total` (CONTRACT §4). */
export function renderCart(db: MockDatabase, cart: CartRecord): GuestCart {
  let total = 0;
  let count = 0;
  const items: GuestCartItem[] = cart.lines.map((line) => {
    count += line.quantity;
    total += unitPrice(db, line) * line.quantity;
    if (line.type === 'variant') {
      return { id: line.id, type: 'variant', variant_id: line.variantId!, bundle_price_option_id: null, quantity: line.quantity };
    }
    const bundle = db.bundles.get(line.bundleId!);
    const item: GuestCartItem = {
      id: line.id,
      type: 'bundle_price_option',
      variant_id: null,
      bundle_price_option_id: line.bundleId!,
      quantity: line.quantity,
    };
    if (bundle) {
      item.bundle_price_option_slug = bundle.detail.slug;
      item.bundle_price_option_unique_id = bundle.uniqueId;
    }
    return item;
  });
  // `item_count` counts units, not lines; `total` is the decimal string Scalev uses for prices.
  return { id: cart.id, item_count: count, total: decimalString(total), items };
}

function unitPrice(db: MockDatabase, line: CartLine): number {
  if (line.type === 'variant') return parseMoney(db.variants.get(line.variantId!)?.json.price);
  return parseMoney(db.bundles.get(line.bundleId!)?.detail.price);
}

const CART_ITEM_RULE = itemUnionRule({ strictIds: false });

/** Reads a `CartItemRequest` (closed, `type`-discriminated); a bad body is a 400 with field errors. */
export function readCartItemRequest(body: unknown): { ref: ItemRef; quantity: number } {
  if (!isPlainObject(body)) throw badRequest('Request body must be a JSON object', { body: ['is invalid'] });
  const errors: FieldErrors = {};
  CART_ITEM_RULE.check(body, '', errors);
  if (Object.keys(errors).length > 0) throw badRequest('Invalid cart item', errors, 'invalid_cart_item');
  const type = body['type'] as ItemRef['type'];
  const id = readId(type === 'variant' ? body['variant_id'] : body['bundle_price_option_id'])!;
  const quantity = typeof body['quantity'] === 'number' ? body['quantity'] : 1;
  return { ref: { type, id }, quantity };
}

export function readQuantityUpdate(body: unknown): number {
  const errors = validate(body, { fields: { quantity: { kind: 'integer', required: true, min: 1 } } });
  if (Object.keys(errors).length > 0) throw badRequest('Invalid quantity', errors, 'invalid_quantity');
  return (body as { quantity: number }).quantity;
}

/**
 * Checks that a variant or bundle exists in this store and that `quantity` units can be bought.
 * `field` names the request field in the error (`variant_id`, `items.0.variant_id`, …).
 */
export function assertPurchasable(db: MockDatabase, ref: ItemRef, quantity: number, field = ''): void {
  const prefix = field ? `${field}.` : '';
  const idField = `${prefix}${ref.type === 'variant' ? 'variant_id' : 'bundle_price_option_id'}`;
  let available: number | null;
  if (ref.type === 'variant') {
    const variant = db.variants.get(ref.id);
    if (!variant) throw badRequest('Variant not found', { [idField]: ['does not exist'] }, 'variant_not_found');
    if (variant.json.is_active === false) {
      throw badRequest('This variant is not available', { [idField]: ['is not available'] }, 'variant_unavailable');
    }
    available = variantAvailableQty(variant);
  } else {
    const bundle = db.bundles.get(ref.id);
    if (!bundle) throw badRequest('Bundle price option not found', { [idField]: ['does not exist'] }, 'bundle_price_option_not_found');
    available = bundleAvailableQty(db, bundle);
  }
  if (available !== null && quantity > available) {
    const errors: FieldErrors = {};
    addError(errors, `${prefix}quantity`, available === 0 ? 'is out of stock' : `only ${available} available`);
    throw new ApiError(400, {
      error: available === 0 ? 'Out of stock' : `Only ${available} left in stock`,
      error_code: 'insufficient_stock',
      errors,
    });
  }
}

/** Adds to a cart; the same variant or bundle again raises the existing line's quantity. */
export function addToCart(db: MockDatabase, cart: CartRecord, ref: ItemRef, quantity: number): void {
  const existing = findLine(cart, ref);
  const wanted = (existing?.quantity ?? 0) + quantity;
  assertPurchasable(db, ref, wanted);
  if (existing) existing.quantity = wanted;
  else {
    cart.lines.push({
      id: db.nextId('cartLine'),
      type: ref.type,
      variantId: ref.type === 'variant' ? ref.id : null,
      bundleId: ref.type === 'bundle_price_option' ? ref.id : null,
      quantity,
    });
  }
  cart.updatedAt = db.now();
}

export function updateCartLine(db: MockDatabase, cart: CartRecord, itemId: string, quantity: number): void {
  const line = lineById(cart, itemId);
  assertPurchasable(db, lineRef(line), quantity);
  line.quantity = quantity;
  cart.updatedAt = db.now();
}

export function removeCartLine(db: MockDatabase, cart: CartRecord, itemId: string): void {
  const line = lineById(cart, itemId);
  cart.lines = cart.lines.filter((l) => l !== line);
  cart.updatedAt = db.now();
}

/**
 * Moves a guest cart's lines into a customer cart. Quantities of the same item add up, capped at what
 * is available; lines that cannot be bought any more are dropped. The guest cart ends empty.
 */
export function mergeCarts(db: MockDatabase, guest: CartRecord, target: CartRecord): void {
  for (const line of guest.lines) {
    const ref = lineRef(line);
    const existing = findLine(target, ref);
    const available =
      ref.type === 'variant'
        ? (() => {
            const v = db.variants.get(ref.id);
            return v ? variantAvailableQty(v) : 0;
          })()
        : (() => {
            const b = db.bundles.get(ref.id);
            return b ? bundleAvailableQty(db, b) : 0;
          })();
    const wanted = (existing?.quantity ?? 0) + line.quantity;
    const quantity = available === null ? wanted : Math.min(wanted, available);
    if (quantity < 1) continue;
    if (existing) existing.quantity = quantity;
    else target.lines.push({ ...line, id: db.nextId('cartLine'), quantity });
  }
  guest.lines = [];
  guest.updatedAt = target.updatedAt = db.now();
}

export function lineRef(line: CartLine): ItemRef {
  return line.type === 'variant' ? { type: 'variant', id: line.variantId! } : { type: 'bundle_price_option', id: line.bundleId! };
}

function findLine(cart: CartRecord, ref: ItemRef): CartLine | undefined {
  return cart.lines.find((l) => l.type === ref.type && (ref.type === 'variant' ? l.variantId : l.bundleId) === ref.id);
}

function lineById(cart: CartRecord, itemId: string): CartLine {
  const id = readId(itemId);
  const line = id === null ? undefined : cart.lines.find((l) => l.id === id);
  if (!line) throw notFound('Cart item', 'cart_item_not_found');
  return line;
}
