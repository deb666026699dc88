import type {
  CheckoutIntentCapture,
  CheckoutIntentFields,
  CheckoutIntentPrefillItem,
  CheckoutIntentPrefillResponse,
} from '../../api/types.js';
import { iso } from '../core/ids.js';
import { decimalString, parseMoney } from '../core/money.js';
import type { MockDatabase } from '../db.js';
import type { CheckoutIntentRecord } from '../model.js';
import { bundleAvailableQty, variantAvailableQty } from './catalog.js';

/** An intent idle this long is `abandoned` (GUIDES §10). */
export const ABANDONED_AFTER_MS = 15 * 60_000;
/** `cit_` lifetime, renewed by each start/resume. */
export const INTENT_TOKEN_TTL_MS = 24 * 3_600_000;
/** `cip_` lifetime from issuance. */
export const PREFILL_TOKEN_TTL_MS = 30 * 24 * 3_600_000;

export function intentStatus(db: MockDatabase, intent: CheckoutIntentRecord): CheckoutIntentCapture['status'] {
  if (intent.completed) return 'completed';
  return db.now() - intent.lastActivityAt >= ABANDONED_AFTER_MS ? 'abandoned' : 'active';
}

export function renderCapture(db: MockDatabase, intent: CheckoutIntentRecord): CheckoutIntentCapture {
  return {
    id: intent.id,
    form_widget_id: intent.formWidgetId,
    checkout_intent_token: intent.token,
    status: intentStatus(db, intent),
    last_sequence: intent.lastSequence,
    started_at: iso(intent.startedAt),
    last_activity_at: iso(intent.lastActivityAt),
    expires_at: iso(intent.tokenExpiresAt),
  };
}

/**
 * Completes the intent a `cit_` token belongs to, when the token is valid and the intent unfinished.
 * Anything else is ignored: a bad token never blocks an order. Returns the completed intent id.
 */
export function completeIntentByToken(db: MockDatabase, token: string, orderSlug: string): string | null {
  for (const intent of db.checkoutIntents.values()) {
    if (intent.token !== token) continue;
    if (intent.completed || intent.tokenExpiresAt <= db.now()) return null;
    intent.completed = true;
    intent.orderSecretSlug = orderSlug;
    intent.lastActivityAt = db.now();
    return intent.id;
  }
  return null;
}

/** Blank strings are stored as null (GUIDES §10). */
export function normaliseFields(fields: CheckoutIntentFields): CheckoutIntentFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.trim() === '') out[key] = null;
    else if (key === 'custom_fields' && Array.isArray(value)) {
      out[key] = value.map((f: Record<string, unknown>) => ({
        ...f,
        ...(typeof f['value'] === 'string' && f['value'].trim() === '' ? { value: null } : {}),
      }));
    } else out[key] = value;
  }
  return out as CheckoutIntentFields;
}

/** Omitted fields stay, `null` clears, arrays replace. */
export function mergeFields(stored: CheckoutIntentFields, patch: CheckoutIntentFields): CheckoutIntentFields {
  const out: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(normaliseFields(patch))) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as CheckoutIntentFields;
}

export function renderPrefill(db: MockDatabase, intent: CheckoutIntentRecord): CheckoutIntentPrefillResponse {
  const f = intent.fields;
  const phone = f.customer_phone ?? null;
  return {
    data: {
      name: f.customer_name ?? null,
      email: f.customer_email ?? null,
      phone: phone ? phone.replace(/^(\+?62|0)/, '') : null,
      fullPhoneNumber: phone,
      address: f.shipping_address ?? null,
      province: f.shipping_province ?? null,
      city: f.shipping_city ?? null,
      subdistrict: f.shipping_subdistrict ?? null,
      postalCodeSelected: f.shipping_postal_code ?? null,
      payment_method: f.payment_method ?? null,
      sub_payment_method: f.sub_payment_method ?? null,
      notes: f.notes ?? null,
      discountCode: f.discount_code_code ?? null,
      destination_subdistrict_id: f.shipping_location_id ?? null,
      checkout_intent: { id: intent.id, fields: { ...f }, items: intent.items.map((item) => prefillItem(db, item)) },
    },
  };
}

/** A saved item with current catalogue display and availability; deleted ones stay, marked unavailable. */
function prefillItem(db: MockDatabase, item: CheckoutIntentRecord['items'][number]): CheckoutIntentPrefillItem {
  if (item.type === 'variant') {
    const variant = db.variants.get(item.variant_id);
    if (!variant) {
      return { type: 'variant', variant_id: item.variant_id, quantity: item.quantity, available: false, is_available: false, unavailable_reason: 'deleted' };
    }
    const qty = variantAvailableQty(variant);
    const disabled = variant.json.is_active === false;
    const available = !disabled && (qty === null || qty >= item.quantity);
    const unit = parseMoney(variant.json.price);
    const images = variant.json.images?.length ? variant.json.images : variant.product.detail.images;
    return {
      type: 'variant',
      variant_id: item.variant_id,
      quantity: item.quantity,
      name: variant.json.fullname ?? variant.product.detail.name,
      unit_price: decimalString(unit),
      line_total: decimalString(unit * item.quantity),
      currency: 'IDR',
      variant_unique_id: variant.json.unique_id ?? null,
      product_name: variant.product.detail.name,
      variant_name: variant.json.name ?? null,
      image: images?.[0] ?? null,
      images: [...(variant.json.images ?? [])],
      display_images: [...(images ?? [])],
      item_type: variant.json.item_type ?? variant.product.detail.item_type,
      weight: variant.json.weight ?? null,
      available_qty: qty,
      available,
      is_available: available,
      unavailable_reason: available ? null : disabled ? 'disabled' : 'out_of_stock',
    };
  }
  const bundle = db.bundles.get(item.bundle_price_option_id);
  if (!bundle) {
    return {
      type: 'bundle_price_option',
      bundle_price_option_id: item.bundle_price_option_id,
      quantity: item.quantity,
      available: false,
      is_available: false,
      unavailable_reason: 'deleted',
    };
  }
  const qty = bundleAvailableQty(db, bundle);
  const available = qty === null || qty >= item.quantity;
  const unit = parseMoney(bundle.detail.price);
  return {
    type: 'bundle_price_option',
    bundle_price_option_id: item.bundle_price_option_id,
    quantity: item.quantity,
    name: bundle.detail.name,
    unit_price: decimalString(unit),
    line_total: decimalString(unit * item.quantity),
    currency: 'IDR',
    bundle_price_option_unique_id: bundle.uniqueId,
    bundle_name: bundle.detail.bundle_name ?? bundle.detail.name,
    bundle_price_option_name: bundle.detail.bundle_price_option_name ?? null,
    image: bundle.detail.images[0] ?? null,
    images: [...bundle.detail.images],
    display_images: [...bundle.detail.images],
    item_type: 'bundle',
    weight_bump: bundle.detail.weight_bump ?? null,
    available_qty: qty,
    available,
    is_available: available,
    unavailable_reason: available ? null : 'out_of_stock',
    bundlelines: (bundle.detail.bundlelines ?? []).map((line) => {
      const variant = db.variants.get(line.variant_id);
      const lineQty = variant ? variantAvailableQty(variant) : 0;
      return {
        variant_id: line.variant_id,
        quantity: line.quantity,
        variant_name: variant?.json.name ?? null,
        product_name: variant?.product.detail.name ?? null,
        variant_unique_id: variant?.json.unique_id ?? null,
        available_qty: lineQty,
        is_available: Boolean(variant) && (lineQty === null || lineQty >= line.quantity),
      };
    }),
  };
}
