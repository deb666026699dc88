/**
 * The order events of the conversion relays (see `conversions.ts` for what all events share):
 * InitiateCheckout and Purchase. Loaded by the checkout once an order is placed:
 * `void import('../../state/order-conversions.js').then((c) => c.trackPurchase(sf, order, items, buyer))`.
 *
 * - **Purchase** is counted at one point only, order creation; never for `is_probably_spam` orders.
 *   It uses the deterministic ids `${order_id}-${eventName}-FORM` and a per-order guard in
 *   localStorage, so a reload or a second call never counts a purchase twice (SnackVideo, which
 *   has no event id, included).
 */
import { parseMoney } from '../api/money.js';
import type { StorefrontPublicOrder } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import { cleanItems, firePixels, interaction, logFailure, send, tiktokName, type ConversionItem } from './conversions.js';

export type { ConversionItem };

/** What is known about the buyer at purchase time (all optional; the order fills the gaps). */
export interface ConversionBuyer {
  name?: string | null;
  email?: string | null;
  /** Digits, `62…`. */
  phone?: string | null;
  city?: string | null;
  province?: string | null;
  locationId?: number | null;
  customerId?: number | string | null;
}

const GUARD_KEY = 'scalev:conversions:fired';
const GUARD_TTL_MS = 30 * 86_400_000;

function readGuard(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(GUARD_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

const firedThisPage = new Set<string>();

/** Marks `key` as counted; false when it already was (in this tab or an earlier page view). */
function claim(key: string): boolean {
  if (firedThisPage.has(key)) return false;
  const guard = readGuard();
  if (guard[key]) return false;
  firedThisPage.add(key);
  const now = Date.now();
  for (const [k, at] of Object.entries(guard)) if (typeof at !== 'number' || now - at > GUARD_TTL_MS) delete guard[k];
  guard[key] = now;
  try {
    localStorage.setItem(GUARD_KEY, JSON.stringify(guard));
  } catch {
    // Storage full or blocked: the in-page guard still holds.
  }
  return true;
}

/**
 * `InitiateCheckout`: the checkout form opened with items. `value` is the subtotal (or null, then
 * it is computed from the items when every price is known). The kit's checkout sends it through
 * `interaction` of `conversions.ts` directly, so this module loads only once an order is placed.
 */
export function trackInitiateCheckout(
  sf: Storefront,
  lines: readonly ConversionItem[],
  value: number | null,
): Promise<void> {
  return interaction(sf, 'InitiateCheckout', lines ?? [], value ?? undefined);
}

/**
 * `Purchase` (TikTok `CompletePayment`): call once, right after the order was created. Uses the
 * deterministic id `${order_id}-${eventName}-FORM` and a per-order guard in storage, so calling it
 * again (a reload, a second widget) sends nothing. Skipped for orders flagged `is_probably_spam`.
 * `items` (with unique ids) and `buyer` come from the checkout form when available; the order
 * fills in what they lack.
 */
export async function trackPurchase(
  sf: Storefront,
  order: StorefrontPublicOrder,
  items?: readonly ConversionItem[],
  buyer: ConversionBuyer = {},
): Promise<void> {
  try {
    if (!order || typeof order !== 'object' || order.is_probably_spam) return;
    const orderId = String(order.order_id || order.id || '');
    if (!orderId || !claim(`purchase|${sf.config.storeId}|${orderId}`)) return;
    const lines = cleanItems(
      items?.length
        ? items
        : (order.orderlines ?? []).map((line) => ({
            name: line.product_name ?? '',
            price: parseMoney(line.variant_price),
            quantity: line.quantity ?? 1,
          })),
    );
    const value = parseMoney(order.gross_revenue);
    const ids = [`${orderId}-Purchase-FORM`, `${orderId}-${tiktokName('Purchase')}-FORM`] as const;
    firePixels('Purchase', ids, lines, value);
    const address = order.destination_address;
    const [fn = null, ...rest] = (buyer.name ?? address?.name ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    const email = (buyer.email ?? order.customer?.email)?.trim().toLowerCase() || null;
    const phone = buyer.phone ?? address?.phone ?? null;
    const customerId = buyer.customerId ?? order.customer_id;
    const external_id = customerId == null ? null : String(customerId);
    await send(sf, 'Purchase', ids, lines, value, {
      meta: {
        fn,
        ln: rest.join(' ') || null,
        em: email,
        ph: phone,
        ct: (buyer.city ?? address?.city)?.toLowerCase() || null,
        st: (buyer.province ?? address?.province)?.toLowerCase() || null,
        external_id,
        location_id: buyer.locationId ?? null,
      },
      tiktok: { email, phone, external_id },
    });
  } catch (error) {
    logFailure('conversion', error);
  }
}
