/** API field errors onto the form's fields; loaded when an answer has some (saving an address, placing the order). */
import type { CheckoutHost, Step } from './checkout-host.js';
import type { FieldName } from './form-state.js';
import { focusFirstError } from './submit.js';
import { registerMessages } from '../../i18n/localize.js';

// The API's validation phrasings in the buyer's language (English with the form's, in
// `parts.strings.en.ts`; `checkout.required` and `checkout.tooLong` come with `submit.ts`).
registerMessages(
  {
    id: {
      'checkout.apiInvalid': 'Isian ini tidak valid.',
      'checkout.apiFormat': 'Formatnya tidak benar.',
      'checkout.apiTooShort': 'Terlalu pendek (minimal {min} karakter).',
      'checkout.apiNotFound': 'Tidak ditemukan. Periksa kembali isian ini.',
      'checkout.apiMinimum': 'Minimal {min}.',
      'checkout.apiAbove': 'Harus lebih dari {min}.',
      'checkout.apiMaximum': 'Maksimal {max}.',
      'checkout.apiBelow': 'Harus kurang dari {max}.',
    },
  },
  { en: () => import('./parts.strings.en.js') },
);

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * One API validation message in the form's words. The backend (Ecto) phrasings the contract's
 * validation produces are recognised; anything else is the API's own text.
 */
export function translateApiMessage(message: string, field: FieldName | null, t: Translate): string {
  const text = message.trim();
  if (text === "can't be blank") return t('checkout.required');
  if (text === 'has invalid format' || text === 'is invalid') {
    // The fields the form checks itself say what is expected, as the form's own check does.
    if (field === 'customer_email') return t('checkout.invalidEmail');
    if (field === 'customer_phone') return t('checkout.invalidPhone');
    return t(text === 'is invalid' ? 'checkout.apiInvalid' : 'checkout.apiFormat');
  }
  if (text === 'does not exist') return t('checkout.apiNotFound');
  let m = /^should be at most (\d+) character\(s\)$/.exec(text);
  if (m) return t('checkout.tooLong', { max: Number(m[1]) });
  m = /^should be at least (\d+) character\(s\)$/.exec(text);
  if (m) return t('checkout.apiTooShort', { min: Number(m[1]) });
  m = /^must be (greater|less) than( or equal to)? (-?\d+(?:\.\d+)?)$/.exec(text);
  if (m) {
    const key = m[1] === 'greater' ? (m[2] ? 'checkout.apiMinimum' : 'checkout.apiAbove') : m[2] ? 'checkout.apiMaximum' : 'checkout.apiBelow';
    return t(key, { min: m[3], max: m[3] });
  }
  return message;
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
 * language (`translateApiMessage`); without it they stay as the API wrote them.
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
    const texts = messages.filter(Boolean).map((m) => (t ? translateApiMessage(m, target ?? null, t) : m));
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
