import type { StorefrontCheckoutSummaryResponse, StorefrontShippingOption } from '../../api/types.js';
import { badRequest, type FieldErrors } from '../core/http.js';
import { decimalString, integerString, parseMoney } from '../core/money.js';
import { isPlainObject, itemUnionRule, readId, type Rule } from '../core/validate.js';
import type { MockDatabase } from '../db.js';
import type { CartRecord, CourierServiceRecord, DiscountCodeRecord, LocationRecord, PaymentMethodRecord } from '../model.js';
import { ZONE_BASE_RATE } from '../seed/store.js';
import { assertPurchasable, lineRef, type ItemRef } from './carts.js';

/** A checkout line priced from current catalogue data. */
export interface PricedLine {
  ref: ItemRef;
  quantity: number;
  unitPrice: number;
  /** Grams per unit (a bundle: its lines plus `weight_bump`). */
  unitWeight: number;
  itemType: string;
  physical: boolean;
  productName: string;
  variantName: string | null;
  variantUniqueId: string | null;
  bundleUniqueId: string | null;
  sku: string | null;
  options: [string | null, string | null, string | null];
  pricingType: string | null;
  interval: string | null;
  intervalCount: number | null;
}

/** `StorefrontCheckoutItem[]`: closed union, integer ids ≥ 1, quantity 1..100, 1..50 items (CONTRACT §5). */
export const CHECKOUT_ITEMS_RULE: Rule = {
  kind: 'array',
  minItems: 1,
  maxItems: 50,
  items: itemUnionRule({ strictIds: true, maxQuantity: 100 }),
};

export function readCheckoutItems(items: unknown[]): { ref: ItemRef; quantity: number }[] {
  return items.map((raw) => {
    const item = raw as Record<string, unknown>;
    const type = item['type'] as ItemRef['type'];
    const id = readId(type === 'variant' ? item['variant_id'] : item['bundle_price_option_id'])!;
    return { ref: { type, id }, quantity: item['quantity'] as number };
  });
}

export function cartItems(cart: CartRecord): { ref: ItemRef; quantity: number }[] {
  return cart.lines.map((line) => ({ ref: lineRef(line), quantity: line.quantity }));
}

/** Prices items; unknown ids and insufficient stock are 400s naming the item (`items.0.quantity`). */
export function priceItems(
  db: MockDatabase,
  items: { ref: ItemRef; quantity: number }[],
  fieldOf: (index: number) => string = (i) => `items.${i}`,
  checkStock = true,
): PricedLine[] {
  return items.map(({ ref, quantity }, index) => {
    if (checkStock) assertPurchasable(db, ref, quantity, fieldOf(index));
    if (ref.type === 'variant') {
      const variant = db.variants.get(ref.id);
      if (!variant) throw badRequest('Variant not found', { [`${fieldOf(index)}.variant_id`]: ['does not exist'] }, 'variant_not_found');
      const json = variant.json;
      const itemType = json.item_type ?? variant.product.detail.item_type;
      return {
        ref,
        quantity,
        unitPrice: parseMoney(json.price),
        unitWeight: typeof json.weight === 'number' ? json.weight : 0,
        itemType,
        physical: itemType === 'physical',
        productName: variant.product.detail.name,
        variantName: json.name ?? null,
        variantUniqueId: json.unique_id ?? null,
        bundleUniqueId: null,
        sku: json.sku ?? null,
        options: [json.option1_value ?? null, json.option2_value ?? null, json.option3_value ?? null],
        pricingType: json.pricing_type ?? null,
        interval: json.interval ?? null,
        intervalCount: json.interval_count ?? null,
      };
    }
    const bundle = db.bundles.get(ref.id);
    if (!bundle) {
      throw badRequest('Bundle price option not found', { [`${fieldOf(index)}.bundle_price_option_id`]: ['does not exist'] }, 'bundle_price_option_not_found');
    }
    let weight = typeof bundle.detail.weight_bump === 'number' ? bundle.detail.weight_bump : 0;
    let physical = false;
    for (const line of bundle.detail.bundlelines ?? []) {
      const variant = db.variants.get(line.variant_id);
      if (!variant) continue;
      weight += (typeof variant.json.weight === 'number' ? variant.json.weight : 0) * line.quantity;
      if ((variant.json.item_type ?? variant.product.detail.item_type) === 'physical') physical = true;
    }
    return {
      ref,
      quantity,
      unitPrice: parseMoney(bundle.detail.price),
      unitWeight: weight,
      itemType: physical ? 'physical' : 'digital',
      physical,
      productName: bundle.detail.bundle_name ?? bundle.detail.name,
      variantName: bundle.detail.bundle_price_option_name ?? null,
      variantUniqueId: null,
      bundleUniqueId: bundle.uniqueId,
      sku: null,
      options: [null, null, null],
      pricingType: 'one_time',
      interval: null,
      intervalCount: null,
    };
  });
}

export function hasPhysical(lines: PricedLine[]): boolean {
  return lines.some((l) => l.physical);
}

/** Reads a location id and postal code; both must exist and belong together. */
export function resolveDestination(
  db: MockDatabase,
  locationValue: unknown,
  postalCode: unknown,
  fields: { location: string; postalCode: string },
): { location: LocationRecord; postalCode: string } {
  const errors: FieldErrors = {};
  const id = readId(locationValue);
  const location = id === null ? undefined : db.locations.get(id);
  if (locationValue === undefined || locationValue === null || locationValue === '') errors[fields.location] = ["can't be blank"];
  else if (!location) errors[fields.location] = ['does not exist'];
  if (typeof postalCode !== 'string' || postalCode.trim() === '') errors[fields.postalCode] = ["can't be blank"];
  else if (location && !location.postalCodes.includes(postalCode.trim())) errors[fields.postalCode] = ['does not belong to the location'];
  if (Object.keys(errors).length > 0) throw badRequest('Invalid destination', errors, 'invalid_destination');
  return { location: location!, postalCode: (postalCode as string).trim() };
}

export function zoneOf(db: MockDatabase, location: LocationRecord): number {
  return db.zoneByProvince.get(location.provinceId) ?? 5;
}

function chargeableKg(lines: PricedLine[]): number {
  const grams = lines.filter((l) => l.physical).reduce((sum, l) => sum + l.unitWeight * l.quantity, 0);
  return Math.max(1, Math.ceil(grams / 1000));
}

function courierCost(courier: CourierServiceRecord, zone: number, kg: number): number {
  const base = ZONE_BASE_RATE[zone] ?? ZONE_BASE_RATE[5]!;
  return Math.ceil((base * courier.multiplier * kg) / 500) * 500;
}

function supportsCod(courier: CourierServiceRecord, zone: number): boolean {
  return courier.isCod && zone !== 6;
}

/** Couriers serving the destination for these lines; a digital-only order has none. */
export function availableCouriers(db: MockDatabase, lines: PricedLine[], location: LocationRecord, paymentMethod: string | null): CourierServiceRecord[] {
  if (!hasPhysical(lines)) return [];
  const zone = zoneOf(db, location);
  return db.couriers.filter((c) => c.zones.includes(zone) && (paymentMethod !== 'cod' || supportsCod(c, zone)));
}

export function renderShippingOptions(db: MockDatabase, lines: PricedLine[], location: LocationRecord, paymentMethod: string | null): StorefrontShippingOption[] {
  const zone = zoneOf(db, location);
  const kg = chargeableKg(lines);
  return availableCouriers(db, lines, location, paymentMethod).map((courier) => ({
    courier_service_id: courier.id,
    courier_code: courier.courierCode,
    service_code: courier.serviceCode,
    name: courier.name,
    cost: courierCost(courier, zone, kg),
    etd: courier.etd[zone] ? courier.etd[zone]! : null,
    is_cod: supportsCod(courier, zone),
    warehouse_unique_id: db.store.warehouseUniqueId,
    courier_aggregator_code: courier.aggregator,
    logo_url: db.imageUrl(`kurir-${courier.courierCode}`),
  }));
}

/** A payment method code the store accepts; anything else is a field error on `field`. */
export function resolvePaymentMethod(db: MockDatabase, code: unknown, field = 'payment_method'): PaymentMethodRecord | null {
  if (code === undefined || code === null || code === '') return null;
  const method = typeof code === 'string' ? db.paymentMethods.find((m) => m.code === code && m.enabled) : undefined;
  if (!method) throw badRequest('Payment method is not available', { [field]: ['is not available for this store'] }, 'payment_method_unavailable');
  return method;
}

/** The courier id of a summary request: flat, or inside `shipping_option` / `selected_shipping_option`. */
export function readCourierId(body: Record<string, unknown>): unknown {
  if (body['courier_service_id'] !== undefined && body['courier_service_id'] !== null) return body['courier_service_id'];
  for (const key of ['selected_shipping_option', 'shipping_option']) {
    const option = body[key];
    if (isPlainObject(option) && option['courier_service_id'] !== undefined) return option['courier_service_id'];
  }
  return undefined;
}

export interface DiscountEvaluation {
  record: DiscountCodeRecord | null;
  eligible: boolean;
  details: Record<string, unknown>;
  /** What the code takes off (0 when ineligible). */
  amount: number;
}

/** Revalidates a discount code against the checkout context; an ineligible code contributes zero. */
export function evaluateDiscount(
  db: MockDatabase,
  code: string,
  ctx: { productPrice: number; shippingCost: number; hasShipping: boolean; paymentMethod: string | null },
): DiscountEvaluation {
  const record = db.discountCodes.get(code.trim().toUpperCase()) ?? null;
  const no = (reason: string, extra: Record<string, unknown> = {}): DiscountEvaluation => ({
    record,
    eligible: false,
    details: { reason, ...extra },
    amount: 0,
  });
  if (!record) return { record: null, eligible: false, details: { reason: 'not_found' }, amount: 0 };
  if (record.json.is_enabled === false) return no('disabled');
  if (record.expiresAt !== null && record.expiresAt <= db.now()) return no('expired', { expiry_time: record.json.expiry_time });
  if (record.paymentMethods) {
    if (!ctx.paymentMethod) return no('payment_method_required', { payment_methods: record.paymentMethods });
    if (!record.paymentMethods.includes(ctx.paymentMethod)) return no('payment_method_not_eligible', { payment_methods: record.paymentMethods });
  }
  if (record.minimumRevenue !== null && ctx.productPrice < record.minimumRevenue) {
    return no('minimum_revenue_not_met', { minimum_revenue: integerString(record.minimumRevenue), current_revenue: integerString(ctx.productPrice) });
  }
  if (record.appliedTo === 'shipping_cost' && !ctx.hasShipping) return no('no_shipping_cost');
  const base = record.appliedTo === 'shipping_cost' ? ctx.shippingCost : ctx.productPrice;
  let amount = record.amountType === 'percentage' ? Math.floor((base * record.percentage) / 100) : record.amount;
  if (record.maxAmount !== null) amount = Math.min(amount, record.maxAmount);
  amount = Math.max(0, Math.min(amount, base));
  return { record, eligible: true, details: { applied_to: record.appliedTo, amount_type: record.amountType }, amount };
}

export interface Totals {
  productPrice: number;
  productDiscount: number;
  shippingCost: number;
  shippingDiscount: number;
  /** Discount code amount on the product price; a shipping code lands in `shippingDiscount` instead. */
  discountCodeDiscount: number;
  discount: DiscountEvaluation | null;
  otherIncome: number;
  otherIncomeName: string | null;
  serviceFee: number;
  grossRevenue: number;
  courier: CourierServiceRecord | null;
}

/**
 * Totals as Scalev computes them (GUIDES §3): Other Charges first, then the service fee on the checkout
 * amount plus Other Charges; `gross_revenue` is what the buyer pays. Client-sent amounts never enter.
 */
export function computeTotals(
  db: MockDatabase,
  input: {
    lines: PricedLine[];
    location: LocationRecord | null;
    courierId: unknown;
    paymentMethod: PaymentMethodRecord | null;
    discountCode: string | null;
    /** Field name for courier errors (`courier_service_id`). */
    courierField?: string;
  },
): Totals {
  const { lines, location, paymentMethod } = input;
  const productPrice = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const physical = hasPhysical(lines);
  let courier: CourierServiceRecord | null = null;
  let shippingCost = 0;
  const courierField = input.courierField ?? 'courier_service_id';
  if (physical && input.courierId !== undefined && input.courierId !== null && input.courierId !== '') {
    if (!location) throw badRequest('A destination is required to choose a courier', { destination: ["can't be blank"] }, 'invalid_destination');
    const id = readId(input.courierId);
    const zone = zoneOf(db, location);
    const candidates = availableCouriers(db, lines, location, null);
    courier = candidates.find((c) => c.id === id) ?? null;
    if (!courier) throw badRequest('Courier service is not available', { [courierField]: ['is not available for this destination'] }, 'courier_unavailable');
    if (paymentMethod?.code === 'cod' && !supportsCod(courier, zone)) {
      throw badRequest('Courier service does not support COD', { [courierField]: ['does not support cash on delivery'] }, 'courier_unavailable');
    }
    shippingCost = courierCost(courier, zone, chargeableKg(lines));
  }
  const discount = input.discountCode
    ? evaluateDiscount(db, input.discountCode, {
        productPrice,
        shippingCost,
        hasShipping: physical,
        paymentMethod: paymentMethod?.code ?? null,
      })
    : null;
  const onShipping = discount?.eligible && discount.record?.appliedTo === 'shipping_cost';
  const discountCodeDiscount = discount?.eligible && !onShipping ? discount.amount : 0;
  const shippingDiscount = onShipping ? discount!.amount : 0;
  const isPayLink = paymentMethod?.kind === 'paylink';
  const charge = paymentMethod ? (db.store.otherChargeByMethod[paymentMethod.code] ?? db.store.otherCharge) : db.store.otherCharge;
  const otherIncome = isPayLink ? 0 : charge.amount;
  const base = productPrice - discountCodeDiscount + shippingCost - shippingDiscount + otherIncome;
  const serviceFee =
    paymentMethod && !isPayLink && (paymentMethod.feePercent > 0 || paymentMethod.feeFlat > 0)
      ? Math.ceil((base * paymentMethod.feePercent) / 100) + paymentMethod.feeFlat
      : 0;
  return {
    productPrice,
    productDiscount: 0,
    shippingCost,
    shippingDiscount,
    discountCodeDiscount,
    discount,
    otherIncome,
    otherIncomeName: otherIncome > 0 ? charge.name : null,
    serviceFee,
    grossRevenue: base + serviceFee,
    courier,
  };
}

/**
 * The summary has no discount fields: amounts are before discounts and `gross_revenue` is after them, so
 * `product_price + shipping_cost + other_income + service_fee - gross_revenue` is the discount.
 */
export function renderSummary(totals: Totals, physical: boolean): StorefrontCheckoutSummaryResponse {
  return {
    product_price: decimalString(totals.productPrice),
    // Digital-only summaries answer the string "0" (CONTRACT §1.9).
    shipping_cost: physical ? integerString(totals.shippingCost) : '0',
    other_income: integerString(totals.otherIncome),
    other_income_name: totals.otherIncomeName,
    service_fee: integerString(totals.serviceFee),
    gross_revenue: decimalString(totals.grossRevenue),
  };
}
