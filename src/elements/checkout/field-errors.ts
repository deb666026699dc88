/** API field errors onto the form's fields; loaded when an answer has some (saving an address, placing the order). */
import type { CheckoutHost, Step } from './checkout-host.js';
import type { FieldName } from './form-state.js';
import { focusFirstError } from './submit.js';
import { translateApiMessage, type ApiMessageKind, type Translate } from '../../i18n/api-messages.js';

// The form's own words where it has them: blank and too long as its own checks say them, and the
// fields it checks itself say what is expected. Other phrasings use the shared `api.*` strings.
const FORM_KEYS: Partial<Record<ApiMessageKind, string>> = { required: 'checkout.required', tooLong: 'checkout.tooLong' };
const EXPECTED: Partial<Record<FieldName, string>> = { customer_email: 'checkout.invalidEmail', customer_phone: 'checkout.invalidPhone' };

/** One API validation message in the checkout's words (see `translateApiMessage`). */
function inFormWords(message: string, field: FieldName | null, t: Translate): string {
  const expected = field ? EXPECTED[field] : undefined;
  return translateApiMessage(message, t, expected ? { ...FORM_KEYS, invalid: expected, format: expected } : FORM_KEYS);
}

const FIELD_ALIASES: Record<string, FieldName> = {
  customer_name: 'customer_name',
  name: 'customer_name',
  customer_email: 'customer_email',
  email: 'customer_email',
  customer_phone: 'customer_phone',
  phone: 'customer_phone',
  shipping_address: 'shipping_address',
  address: 'shipping_address',
  shipping_location_id: 'location',
  location_id: 'location',
  location: 'location',
  shipping_province: 'location',
  shipping_city: 'location',
  shipping_subdistrict: 'location',
  destination: 'location',
  shipping_postal_code: 'postal_code',
  postal_code: 'postal_code',
  address_id: 'address_id',
  courier_service_id: 'courier',
  warehouse_unique_id: 'courier',
  courier_aggregator_code: 'courier',
  shipping_option: 'courier',
  selected_shipping_option: 'courier',
  payment_method: 'payment_method',
  sub_payment_method: 'payment_method',
  discount_code_code: 'discount_code',
  notes: 'notes',
};

/**
 * Maps API field errors (`ScalevApiError.fieldErrors`) onto form fields. Nested keys such as
 * `customer.phone` or `destination.postal_code` use their last segment unless the whole key is
 * known; a field the form does not have goes to `other`. With `t`, the messages are put in the form's
 * language (`translateApiMessage` of `i18n/api-messages.ts`); without it they stay as the API wrote them.
 */
export function mapFieldErrors(
  fieldErrors: Record<string, string[]>,
  t?: Translate,
): {
  fields: Partial<Record<FieldName, string>>;
  other: string[];
} {
  const fields: Partial<Record<FieldName, string>> = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const segments = key.split('.').filter((s) => !/^\d+$/.test(s));
    const target = FIELD_ALIASES[key] ?? FIELD_ALIASES[segments.join('_')] ?? FIELD_ALIASES[segments.at(-1) ?? ''];
    const texts = messages.filter(Boolean).map((m) => (t ? inFormWords(m, target ?? null, t) : m));
    const message = [...new Set(texts)].join(' ');
    if (target && !fields[target]) fields[target] = message;
    else if (!target) other.push(`${key.replace(/[._]/g, ' ')}: ${message}`);
  }
  return { fields, other };
}

/** A refused order's field errors back on their fields, the step of the first one shown and focused. */
export function showFieldErrors(host: CheckoutHost, fieldErrors: Record<string, string[]>): void {
  const { fields, other } = mapFieldErrors(fieldErrors, (key, params) => host.t(key, params));
  if ((fields.location || fields.postal_code || fields.shipping_address) && !host.requiresShipping) {
    // The probe read the order as digital-only, but the API wants a destination.
    host.requiresShipping = true;
  }
  host.errors = { ...host.errors, ...fields };
  host.otherErrors = other;
  host.submitProblem = { message: host.t('checkout.fixErrors'), uncertain: false, retry: false };
  if (!host.wide) {
    const step = stepOfError(host);
    if (step) host.stepIndex = Math.max(0, host.steps().indexOf(step));
  }
  void host.updateComplete.then(() => focusFirstError(host));
}

function stepOfError(host: CheckoutHost): Step | null {
  const e = host.errors;
  if (e.customer_name || e.customer_email || e.customer_phone) return 'contact';
  if (e.address_id || e.shipping_address || e.location || e.postal_code || e.courier) return 'delivery';
  if (e.payment_method || e.discount_code || e.notes) return 'payment';
  return null;
}
