import { checkoutItems, listData, pick } from './body.js';
import type { RequestOptions, ScalevHttp } from './http.js';
import type {
  CustomerAddress,
  CustomerCheckoutAddressListResponse,
  CustomerCheckoutPaymentMethodsResponse,
  CustomerCheckoutRequest,
  CustomerCheckoutShippingOptionsRequest,
  CustomerCheckoutShippingOptionsResponse,
  CustomerCheckoutSummaryRequest,
  CustomerCheckoutSummaryResponse,
  StorefrontPublicOrder,
  StorefrontSelectedShippingOption,
  StorefrontShippingOption,
} from './types.js';

/*
 * Signed-in checkout (CONTRACT §12): bearer only, a flat `location_id` + `postal_code` destination
 * instead of the guest `destination` object, and `items` or `cart_id` as the item source.
 */

const SHIPPING_FIELDS = ['cart_id', 'location_id', 'postal_code', 'payment_method'] as const;

const SUMMARY_FIELDS = [
  ...SHIPPING_FIELDS,
  'shipping_cost',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'discount_code_code',
] as const;

const ORDER_FIELDS = [
  'checkout_intent_token',
  'cart_id',
  'address_id',
  'address',
  'location_id',
  'postal_code',
  'payment_method',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'discount_code_code',
  'notes',
] as const;

function selectedOption(value: StorefrontSelectedShippingOption | undefined): StorefrontSelectedShippingOption | undefined {
  return value === undefined
    ? undefined
    : pick(value, ['courier_service_id', 'warehouse_unique_id', 'courier_aggregator_code']);
}

/** `GET /customers/me/checkout/addresses`: saved addresses to pick a destination from. */
export async function listAddresses(http: ScalevHttp, signal?: AbortSignal): Promise<CustomerAddress[]> {
  const body = await http.request<CustomerCheckoutAddressListResponse>({
    family: 'customer',
    path: '/customers/me/checkout/addresses',
    signal,
  });
  return listData(body);
}

/**
 * `GET /customers/me/checkout/payment-methods`: method codes (no labels) and the store's accounts
 * for manual transfer. An extra `xendit_va_bank_codes` object (D12) is passed through untouched.
 */
export async function listPaymentMethods(
  http: ScalevHttp,
  signal?: AbortSignal,
): Promise<CustomerCheckoutPaymentMethodsResponse> {
  const body = await http.request<Partial<CustomerCheckoutPaymentMethodsResponse> | null>({
    family: 'customer',
    path: '/customers/me/checkout/payment-methods',
    signal,
  });
  return {
    ...body,
    payment_methods: Array.isArray(body?.payment_methods) ? body.payment_methods : [],
    payment_accounts: Array.isArray(body?.payment_accounts) ? body.payment_accounts : [],
  };
}

/** `POST /customers/me/checkout/shipping-options`. An empty array means nothing to ship. */
export async function listShippingOptions(
  http: ScalevHttp,
  request: CustomerCheckoutShippingOptionsRequest = {},
  signal?: AbortSignal,
  options: Pick<RequestOptions, 'statusOnly'> = {},
): Promise<StorefrontShippingOption[]> {
  const body = await http.request<CustomerCheckoutShippingOptionsResponse>({
    method: 'POST',
    family: 'customer',
    path: '/customers/me/checkout/shipping-options',
    body: { items: checkoutItems(request.items), ...pick(request, SHIPPING_FIELDS) },
    idempotent: true,
    signal,
    ...options,
  });
  return listData(body);
}

/** `POST /customers/me/checkout/summary`: a preview of the totals; `gross_revenue` is what is charged. */
export async function getSummary(
  http: ScalevHttp,
  request: CustomerCheckoutSummaryRequest = {},
  signal?: AbortSignal,
): Promise<CustomerCheckoutSummaryResponse> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: '/customers/me/checkout/summary',
    body: {
      items: checkoutItems(request.items),
      ...pick(request, SUMMARY_FIELDS),
      shipping_option: selectedOption(request.shipping_option),
      selected_shipping_option: selectedOption(request.selected_shipping_option),
    },
    idempotent: true,
    signal,
  });
}

/**
 * `POST /customers/me/checkout` (201): places the order and returns a `StorefrontPublicOrder`
 * (with `secret_slug`). Never retried automatically. `payment_method` is always sent (D4);
 * `sub_payment_method` only when given (D5, GUIDES §13). With `items` and `cart_id` the items are
 * ordered and the cart is cleared afterwards.
 */
export async function createOrder(
  http: ScalevHttp,
  request: CustomerCheckoutRequest,
  signal?: AbortSignal,
): Promise<StorefrontPublicOrder> {
  const body: Record<string, unknown> = { ...pick(request, ORDER_FIELDS), items: checkoutItems(request.items) };
  if (typeof request.sub_payment_method === 'string' && request.sub_payment_method !== '') {
    body['sub_payment_method'] = request.sub_payment_method;
  }
  return http.request({ method: 'POST', family: 'customer', path: '/customers/me/checkout', body, signal });
}
