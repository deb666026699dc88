import { intentItems, pick } from './body.js';
import { ScalevApiError } from './errors.js';
import { path, type ScalevHttp } from './http.js';
import type {
  CheckoutIntentAttribution,
  CheckoutIntentCapture,
  CheckoutIntentFields,
  CheckoutIntentPrefillResponse,
  CheckoutIntentUpdateRequest,
  StorefrontCheckoutIntentStartRequest,
} from './types.js';

/*
 * Checkout intents (CONTRACT §8, GUIDES §10): best-effort capture of an unfinished checkout. Every
 * body here is closed, so only declared fields are sent. Start with the same `client_session_id`
 * resumes, and a snapshot with a stale `sequence` is a no-op, so both may be retried after a 429.
 * Callers must never let a failure here block the order.
 */

/** The header carrying the `cit_` write capability on snapshot saves. */
export const CHECKOUT_INTENT_TOKEN_HEADER = 'X-Scalev-Checkout-Intent-Token';

/** The prefill `data` of a recovery link. */
export type CheckoutIntentPrefill = CheckoutIntentPrefillResponse['data'];

/** The buyer fields a checkout intent keeps (CONTRACT §8). */
export const CHECKOUT_INTENT_FIELDS = [
  'customer_name',
  'customer_email',
  'customer_phone',
  'shipping_address',
  'shipping_province',
  'shipping_city',
  'shipping_subdistrict',
  'shipping_postal_code',
  'payment_method',
  'sub_payment_method',
  'notes',
  'discount_code_code',
  'shipping_location_id',
] as const;

const ATTRIBUTION_KEYS = [
  'ad_source',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  'affiliate_code',
  'fbc',
  'fbp',
  'ttclid',
  'ttp',
  'gclid',
  'kwai_clickid',
] as const;

function fields(value: CheckoutIntentFields | undefined): CheckoutIntentFields | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, unknown> = pick(value, CHECKOUT_INTENT_FIELDS);
  if (value.custom_fields !== undefined) {
    out['custom_fields'] = value.custom_fields.map((field) => pick(field, ['key', 'label', 'value']));
  }
  return out as CheckoutIntentFields;
}

function attribution(value: CheckoutIntentAttribution | undefined): CheckoutIntentAttribution | undefined {
  return value === undefined ? undefined : (pick(value, ATTRIBUTION_KEYS) as CheckoutIntentAttribution);
}

function snapshot(request: Omit<CheckoutIntentUpdateRequest, 'sequence'>): Record<string, unknown> {
  return {
    fields: fields(request.fields),
    items: intentItems(request.items),
    attribution: attribution(request.attribution),
    ...pick(request, ['source_url', 'cart_id']),
  };
}

/**
 * `POST /public/checkout-intents` (201): starts, or resumes for the same `client_session_id` (or
 * `cip_` recovery token), and returns the `cit_` write capability. Needs a reCAPTCHA token for
 * action `checkout_intent_start`.
 */
export async function startIntent(
  http: ScalevHttp,
  request: StorefrontCheckoutIntentStartRequest,
  signal?: AbortSignal,
): Promise<CheckoutIntentCapture> {
  return http.request({
    method: 'POST',
    family: 'intent',
    path: '/public/checkout-intents',
    body: {
      ...pick(request, ['recaptcha_token', 'client_session_id', 'checkout_intent_prefill_token', 'form_widget_id']),
      ...snapshot(request),
    },
    idempotent: true,
    signal,
  });
}

/**
 * `PATCH /public/checkout-intents/{checkout_intent_id}` (204) with the `cit_` token in
 * `X-Scalev-Checkout-Intent-Token`. `sequence` must rise on every save; sent arrays replace the
 * stored ones and `null` clears a field.
 */
export async function saveIntentSnapshot(
  http: ScalevHttp,
  intentId: string,
  intentToken: string,
  request: CheckoutIntentUpdateRequest,
  signal?: AbortSignal,
): Promise<void> {
  await http.request({
    method: 'PATCH',
    family: 'intent',
    path: path`/public/checkout-intents/${intentId}`,
    headers: { [CHECKOUT_INTENT_TOKEN_HEADER]: intentToken },
    body: { sequence: request.sequence, ...snapshot(request) },
    idempotent: true,
    ignoreBody: true,
    signal,
  });
}

/**
 * `GET /v3/checkout-intents/prefill?checkout_intent_prefill_token=cip_…`: the saved form of a
 * recovery link. Sent with no identity header at all. Unavailable items stay in the answer with
 * `is_available: false`.
 */
export async function getIntentPrefill(
  http: ScalevHttp,
  prefillToken: string,
  signal?: AbortSignal,
): Promise<CheckoutIntentPrefill> {
  const body = await http.request<CheckoutIntentPrefillResponse>({
    family: 'prefill',
    path: '/checkout-intents/prefill',
    query: { checkout_intent_prefill_token: prefillToken },
    signal,
  });
  if (!body || typeof body !== 'object' || !body.data || typeof body.data !== 'object') {
    throw new ScalevApiError({
      kind: 'parse',
      status: 200,
      message: 'The store sent a recovery answer the kit could not read.',
      method: 'GET',
      path: '/checkout-intents/prefill',
    });
  }
  return body.data;
}
