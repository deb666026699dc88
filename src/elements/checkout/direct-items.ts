/** Items ordered directly (`items` attribute, or the items a recovery link restored) instead of the cart. */
import { parseMoney } from '../../api/money.js';
import type { StorefrontCheckoutItem } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { catalogCache } from '../../state/catalog-cache.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import { positiveInt, type CheckoutDirectItem, type CheckoutHost, type ViewLine } from './checkout-host.js';

/** Reads the `items` attribute/property leniently; null when it cannot be ordered. */
export function parseDirectItems(value: unknown): CheckoutDirectItem[] | null {
  let list = value;
  if (typeof list === 'string') {
    if (!list.trim()) return null;
    try {
      list = JSON.parse(list);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) return null;
  const out: CheckoutDirectItem[] = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object') return null;
    const item = raw as Record<string, unknown>;
    const bundle = positiveInt(item['bundle_price_option_id']);
    const variant = positiveInt(item['variant_id']);
    const type = item['type'] === 'bundle_price_option' || (!variant && bundle) ? 'bundle_price_option' : 'variant';
    const id = type === 'variant' ? variant : bundle;
    if (!id) return null;
    const quantity = Math.min(100, positiveInt(item['quantity'] ?? 1) ?? 0);
    if (!quantity) return null;
    const price = parseMoney(item['price']);
    out.push({
      type,
      ...(type === 'variant' ? { variant_id: id } : { bundle_price_option_id: id }),
      quantity,
      ...(typeof item['name'] === 'string' ? { name: item['name'].slice(0, 300) } : {}),
      ...(price !== null ? { price } : {}),
      ...(typeof item['image'] === 'string' ? { image: item['image'] } : {}),
      ...(typeof item['unique_id'] === 'string' ? { unique_id: item['unique_id'] } : {}),
    });
  }
  return out;
}

/** The summary's lines for direct items: the given name and price, else "Product #id" and a price looked up later. */
export function toViewLines(host: CheckoutHost, direct: CheckoutDirectItem[]): ViewLine[] {
  return direct.map((item): ViewLine => {
    const id = item.type === 'bundle_price_option' ? item.bundle_price_option_id! : item.variant_id!;
    const checkoutItem: StorefrontCheckoutItem =
      item.type === 'bundle_price_option'
        ? { type: 'bundle_price_option', bundle_price_option_id: id, quantity: item.quantity! }
        : { type: 'variant', variant_id: id, quantity: item.quantity! };
    return {
      key: `${item.type === 'bundle_price_option' ? 'bundle' : 'variant'}:${id}`,
      name: item.name || host.t('checkout.itemFallback', { id }),
      options: [],
      image: safeHttpUrl(item.image),
      quantity: item.quantity!,
      unitPrice: item.price ?? null,
      lineTotal: item.price !== undefined ? item.price * item.quantity! : null,
      item: checkoutItem,
      uniqueId: item.unique_id ?? null,
    };
  });
}

/** Direct items without a price get one from the catalogue (one batched call); the summary stays the truth. */
export async function lookUpPrices(host: CheckoutHost, sf: Storefront): Promise<void> {
  const missing = (host.directLines ?? []).filter((l) => l.unitPrice === null && l.item.type === 'variant');
  if (!missing.length) return;
  const prices = await catalogCache(sf).pricingMany(missing.map((l) => (l.item as { variant_id: number }).variant_id));
  host.directLines = (host.directLines ?? []).map((line) => {
    const price = line.item.type === 'variant' ? parseMoney(prices.get(line.item.variant_id)?.price) : null;
    return price === null || line.unitPrice !== null ? line : { ...line, unitPrice: price, lineTotal: price * line.quantity };
  });
}
