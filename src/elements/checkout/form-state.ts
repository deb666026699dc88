import type { StorefrontLocation } from '../../api/types.js';

/** Everything the buyer typed or chose; persisted per store and checkout source until the order is placed. */
export interface CheckoutValues {
  customer_name: string;
  customer_email: string;
  customer_phone: string;
  shipping_address: string;
  location: StorefrontLocation | null;
  postal_code: string;
  /** Customer checkout: the chosen saved address id. */
  address_id: string;
  /** `${courier_service_id}|${warehouse_unique_id}` of the chosen shipping option. */
  courier: string;
  payment_method: string;
  /** What is typed in the discount field. */
  discount_input: string;
  /** The code the discount check accepted (sent to summary and order). */
  discount_code: string;
  notes: string;
}

export const EMPTY_VALUES: CheckoutValues = {
  customer_name: '',
  customer_email: '',
  customer_phone: '',
  shipping_address: '',
  location: null,
  postal_code: '',
  address_id: '',
  courier: '',
  payment_method: '',
  discount_input: '',
  discount_code: '',
  notes: '',
};

function isLocation(value: unknown): value is StorefrontLocation {
  const v = value as StorefrontLocation | null;
  return Boolean(v) && typeof v === 'object' && typeof v!.id === 'number' && typeof v!.display === 'string';
}

/** Reads stored values defensively: anything malformed falls back to empty. */
export function readValues(raw: string | null): CheckoutValues | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (!parsed || typeof parsed !== 'object') return null;
    const out: CheckoutValues = { ...EMPTY_VALUES };
    for (const key of Object.keys(EMPTY_VALUES) as Array<keyof CheckoutValues>) {
      const value = parsed[key];
      if (key === 'location') out.location = isLocation(value) ? value : null;
      else if (typeof value === 'string') (out as unknown as Record<string, string>)[key] = value.slice(0, 2000);
    }
    return out;
  } catch {
    return null;
  }
}

export function hasAnyValue(values: CheckoutValues): boolean {
  return Object.entries(values).some(([key, value]) => key !== 'payment_method' && Boolean(value));
}

/** The API field names a 400/422 answer may use, mapped to the form's fields (`customer.phone` → phone). */
export type FieldName =
  | 'customer_name'
  | 'customer_email'
  | 'customer_phone'
  | 'shipping_address'
  | 'location'
  | 'postal_code'
  | 'address_id'
  | 'courier'
  | 'payment_method'
  | 'discount_code'
  | 'notes';
