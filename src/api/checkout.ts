import { checkoutItems, pick, toCheckoutItem } from './body.js';
import type { ScalevHttp } from './http.js';
import type {
  GuestCart,
  PublicCheckoutRequest,
  StorefrontCheckoutDestination,
  StorefrontCheckoutItem,
  StorefrontCheckoutShippingOptionsRequest,
  StorefrontCheckoutShippingOptionsResponse,
  StorefrontCheckoutSummaryRequest,
  StorefrontCheckoutSummaryResponse,
  StorefrontDiscountCodeCheckRequest,
  StorefrontDiscountCodeCheckResponse,
  StorefrontPublicOrder,
  StorefrontSelectedShippingOption,
  StorefrontShippingOption,
} from './types.js';

/*
 * Guest checkout (CONTRACT §5). Without `items` the guest cart behind the stored guest token is
 * the item source. Shipping options, summary and discount check change nothing and may be
 * retried after a 429; order creation never is.
 */

const SUMMARY_FIELDS = [
  'payment_method',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'shipping_cost',
  'discount_code_code',
] as const;

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

function destination(value: StorefrontCheckoutDestination | undefined): StorefrontCheckoutDestination | undefined {
  return value === undefined ? undefined : (pick(value, ['location_id', 'postal_code']) as StorefrontCheckoutDestination);
}

function selectedOption(value: StorefrontSelectedShippingOption | undefined): StorefrontSelectedShippingOption | undefined {
  return value === undefined
    ? undefined
    : pick(value, ['courier_service_id', 'warehouse_unique_id', 'courier_aggregator_code']);
}

/** Checkout items for every line of a cart (guest or customer), e.g. to check a cart out directly. */
export function checkoutItemsFromCart(cart: GuestCart | null | undefined): StorefrontCheckoutItem[] {
  return (cart?.items ?? []).map(toCheckoutItem);
}

/** The flat courier fields that summary, discount check and order creation take from a chosen option. */
export function shippingSelection(option: StorefrontShippingOption): {
  courier_service_id: number;
  warehouse_unique_id: string;
  courier_aggregator_code: string | null;
} {
  return {
    courier_service_id: option.courier_service_id,
    warehouse_unique_id: option.warehouse_unique_id,
    courier_aggregator_code: option.courier_aggregator_code ?? null,
  };
}

/**
 * `POST /public/checkout/shipping-options`. An empty array means a digital-only cart: skip the
 * courier step.
 */
export async function listShippingOptions(
  http: ScalevHttp,
  request: StorefrontCheckoutShippingOptionsRequest = {},
  signal?: AbortSignal,
): Promise<StorefrontShippingOption[]> {
  const body = await http.request<StorefrontCheckoutShippingOptionsResponse>({
    method: 'POST',
    family: 'guest',
    path: '/public/checkout/shipping-options',
    body: {
      items: checkoutItems(request.items),
      destination: destination(request.destination),
      payment_method: request.payment_method,
    },
    idempotent: true,
    signal,
  });
  return Array.isArray(body?.data) ? body.data : [];
}

/**
 * `POST /public/checkout/summary`: a preview of the totals (`gross_revenue` is what the buyer
 * pays). Call it again whenever items, destination, courier, discount or payment method change.
 */
export async function getSummary(
  http: ScalevHttp,
  request: StorefrontCheckoutSummaryRequest = {},
  signal?: AbortSignal,
): Promise<StorefrontCheckoutSummaryResponse> {
  return http.request({
    method: 'POST',
    family: 'guest',
    path: '/public/checkout/summary',
    body: {
      items: checkoutItems(request.items),
      destination: destination(request.destination),
      ...pick(request, SUMMARY_FIELDS),
      shipping_option: selectedOption(request.shipping_option),
      selected_shipping_option: selectedOption(request.selected_shipping_option),
    },
    idempotent: true,
    signal,
  });
}

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
