import { checkoutItems, pick } from './body.js';
import type { RequestOptions, ScalevHttp } from './http.js';
import type {
  StorefrontCheckoutDestination,
  StorefrontCheckoutShippingOptionsRequest,
  StorefrontCheckoutShippingOptionsResponse,
  StorefrontCheckoutSummaryRequest,
  StorefrontCheckoutSummaryResponse,
  StorefrontSelectedShippingOption,
  StorefrontShippingOption,
} from './types.js';

/*
 * The guest checkout's quotes (CONTRACT §5): shipping options and summary, what the form asks while
 * the buyer fills it in. The discount check (`checkout-discount.ts`) and order creation
 * (`checkout-order.ts`) are apart so a form loads them only when used; `checkout.ts` has them all.
 * Without `items` the guest cart behind the stored guest token is the item source.
 */

const SUMMARY_FIELDS = [
  'payment_method',
  'courier_service_id',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'shipping_cost',
  'discount_code_code',
] as const;

export function destination(value: StorefrontCheckoutDestination | undefined): StorefrontCheckoutDestination | undefined {
  return value === undefined ? undefined : (pick(value, ['location_id', 'postal_code']) as StorefrontCheckoutDestination);
}

function selectedOption(value: StorefrontSelectedShippingOption | undefined): StorefrontSelectedShippingOption | undefined {
  return value === undefined
    ? undefined
    : pick(value, ['courier_service_id', 'warehouse_unique_id', 'courier_aggregator_code']);
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
  options: Pick<RequestOptions, 'statusOnly'> = {},
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
    ...options,
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
