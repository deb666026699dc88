import { checkoutItems, pick } from './body.js';
import type { ScalevHttp } from './http.js';
import type { PublicCheckoutRequest, StorefrontCheckoutItem, StorefrontPublicOrder } from './types.js';

/* Guest order creation (CONTRACT §5): never retried automatically. */

const ORDER_FIELDS = [
  'checkout_intent_token',
  'customer_name',
  'customer_email',
  'customer_phone',
  'shipping_address',
  'shipping_province',
  'shipping_city',
  'shipping_subdistrict',
  'shipping_postal_code',
  'shipping_location_id',
  'address',
  'location',
  'location_id',
  'postal_code',
  'payment_method',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'discount_code_code',
  'notes',
] as const;

function orderBody(request: PublicCheckoutRequest): Record<string, unknown> {
  const body: Record<string, unknown> = { ...pick(request, ORDER_FIELDS), items: checkoutItems(request.items) };
  // `courier_service_id` is `integer | null` on this closed body; option values from forms arrive as strings.
  if (typeof body['courier_service_id'] === 'string') {
    body['courier_service_id'] = Number(body['courier_service_id']);
  }
  // Only the rendered reference has `sub_payment_method` (D5); the guides drop it (GUIDES §13), so
  // it is sent only when the caller gives one.
  if (typeof request.sub_payment_method === 'string' && request.sub_payment_method !== '') {
    body['sub_payment_method'] = request.sub_payment_method;
  }
  return body;
}

/**
 * `POST /public/checkout` (201): places the order. Never retried automatically and never to be
 * resubmitted after a success, even when the reply has no `redirect_url`.
 *
 * `payment_method` is always sent (D4: the rendered reference requires it; a strict two-step
 * Payment Link store takes `payment_link`). Without `items` the guest cart is the source; with
 * `items` and a stored guest token the items are ordered and the guest cart is cleared afterwards.
 */
export async function createOrder(
  http: ScalevHttp,
  request: PublicCheckoutRequest,
  signal?: AbortSignal,
): Promise<StorefrontPublicOrder> {
  return http.request({ method: 'POST', family: 'guest', path: '/public/checkout', body: orderBody(request), signal });
}

/**
 * `POST /public/checkout` for a "buy now" of direct `items` that leaves the guest cart alone: the
 * guest token is not sent, so the API neither uses nor clears the cart.
 */
export async function createOrderFromItems(
  http: ScalevHttp,
  request: PublicCheckoutRequest & { items: StorefrontCheckoutItem[] },
  signal?: AbortSignal,
): Promise<StorefrontPublicOrder> {
  return http.request({ method: 'POST', family: 'public', path: '/public/checkout', body: orderBody(request), signal });
}
