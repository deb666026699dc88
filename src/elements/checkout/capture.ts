/** The form as abandoned-checkout capture keeps it: loaded with the capture, only when the merchant enabled it. */
import type { CheckoutHost } from './checkout-host.js';
// Through the form's module, so its pieces are not split into a chunk of their own.
import { normalizePhone } from './parts.js';

/** What abandoned-checkout capture keeps of the form (only when the merchant enabled it). */
export function captureSnapshot(host: CheckoutHost): void {
  const v = host.values;
  const location = host.customer ? null : v.location;
  host.capture?.update({
    fields: {
      customer_name: v.customer_name,
      customer_email: v.customer_email,
      customer_phone: normalizePhone(v.customer_phone) ?? v.customer_phone,
      shipping_address: v.shipping_address,
      shipping_province: location?.province_name ?? null,
      shipping_city: location?.city_name ?? null,
      shipping_subdistrict: location?.subdistrict_name ?? null,
      shipping_postal_code: v.postal_code,
      shipping_location_id: location?.id ?? null,
      payment_method: v.payment_method,
      notes: v.notes,
      discount_code_code: v.discount_code,
    },
    items: host.lines().map((l) => l.item),
    cartId: host.directLines ? null : (host.cart?.snapshot.id ?? null),
  });
}
