/**
 * A recovery link (`cip_…`) of an abandoned checkout: what the buyer had typed comes back, items no
 * longer available are named, and the saved items return when the cart is empty. Loaded only when
 * such a link is open.
 */
import { parseMoney } from '../../api/money.js';
import type { StorefrontLocation } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { positiveInt, type CheckoutDirectItem, type CheckoutHost } from './checkout-host.js';

export async function applyPrefill(host: CheckoutHost, sf: Storefront, token: string): Promise<void> {
  const data = await (await import('../../state/checkout-intent.js')).readPrefill(sf, token);
  if (!data) return;
  const pick = (value: unknown) => (typeof value === 'string' ? value : '');
  const locationId = positiveInt(data.destination_subdistrict_id);
  const location: StorefrontLocation | null =
    locationId && data.subdistrict
      ? {
          id: locationId,
          subdistrict_name: data.subdistrict,
          city_name: data.city ?? '',
          province_name: data.province ?? '',
          display: [data.subdistrict, data.city, data.province].filter(Boolean).join(', '),
        }
      : null;
  const v = host.values;
  host.values = {
    ...v,
    customer_name: pick(data.name) || v.customer_name,
    customer_email: pick(data.email) || v.customer_email,
    customer_phone: pick(data.fullPhoneNumber) || pick(data.phone) || v.customer_phone,
    shipping_address: pick(data.address) || v.shipping_address,
    location: location ?? v.location,
    postal_code: pick(data.postalCodeSelected) || v.postal_code,
    payment_method: pick(data.payment_method) || v.payment_method,
    notes: pick(data.notes) || v.notes,
    discount_input: pick(data.discountCode) || v.discount_input,
  };
  host.restored = true;
  const items = Array.isArray(data.checkout_intent?.items) ? data.checkout_intent.items : [];
  host.unavailable = items.filter((i) => i && i.is_available === false).map((i) => i.name || i.product_name || '').filter(Boolean);
  // A recovery link on a checkout without its own items restores the saved items when the cart is empty.
  if (!host.hasItemsAttribute) {
    const cart = (await import('../../state/cart.js')).cartStore(sf);
    await cart.load().catch(() => undefined);
    const available = items.filter((i) => i && i.is_available !== false);
    if (!cart.snapshot.lines.length && available.length) {
      host.recoveredItems = available.map((i) => ({
        type: i.type,
        ...(i.type === 'bundle_price_option' ? { bundle_price_option_id: i.bundle_price_option_id } : { variant_id: i.variant_id }),
        quantity: i.quantity,
        name: i.name ?? i.product_name ?? undefined,
        price: parseMoney(i.unit_price) ?? undefined,
        image: i.image ?? undefined,
        unique_id: i.variant_unique_id ?? i.bundle_price_option_unique_id ?? undefined,
      })) as CheckoutDirectItem[];
    }
  }
}
