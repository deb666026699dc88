import { checkoutItems, pick } from './body.js';
import type { ScalevHttp } from './http.js';
import type { StorefrontDiscountCodeCheckRequest, StorefrontDiscountCodeCheckResponse } from './types.js';
import { destination } from './checkout-quotes.js';

const DISCOUNT_FIELDS = [
  'code',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'payment_method',
  'net_product_price',
  'gross_revenue',
  'shipping_cost',
] as const;

/**
 * `POST /public/discount-codes/check`. An unknown or ineligible code is a 200 with
 * `is_eligible: false`, not an error.
 *
 * The contract states the item-source precedence both ways (route text: guest cart first; field
 * text and guides: `items` first), so exactly one source is sent: with `items` the guest token is
 * left out, without them the guest cart is the source.
 */
export async function checkDiscountCode(
  http: ScalevHttp,
  request: StorefrontDiscountCodeCheckRequest,
  signal?: AbortSignal,
): Promise<StorefrontDiscountCodeCheckResponse> {
  const items = checkoutItems(request.items);
  return http.request({
    method: 'POST',
    family: items ? 'public' : 'guest',
    path: '/public/discount-codes/check',
    body: { ...pick(request, DISCOUNT_FIELDS), items, destination: destination(request.destination) },
    idempotent: true,
    signal,
  });
}
