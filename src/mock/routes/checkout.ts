import type { StorefrontDiscountCodeCheckResponse } from '../../api/types.js';
import { ApiError, badRequest, json, type FieldErrors } from '../core/http.js';
import { integerString } from '../core/money.js';
import type { RouteContext, Router } from '../core/router.js';
import { addError, isEmail, type Schema } from '../core/validate.js';
import type { DestinationRecord, LocationRecord, PaymentMethodRecord } from '../model.js';
import {
  CHECKOUT_ITEMS_RULE,
  cartItems,
  computeTotals,
  evaluateDiscount,
  hasPhysical,
  priceItems,
  readCheckoutItems,
  readCourierId,
  renderShippingOptions,
  renderSummary,
  resolveDestination,
  resolvePaymentMethod,
  type PricedLine,
} from '../services/checkout.js';
import { createOrder, renderPublicOrder } from '../services/orders.js';
import { check, fieldErrors, guestCart, optionalObject, requireObject, tokenHeader } from './shared.js';

const DESTINATION_SCHEMA: Schema = {
  closed: true,
  fields: { location_id: { kind: 'id', required: true }, postal_code: { kind: 'string', required: true } },
};

const SHIPPING_OPTIONS_FIELDS: Schema['fields'] = {
  items: CHECKOUT_ITEMS_RULE,
  destination: { kind: 'object', schema: DESTINATION_SCHEMA },
  payment_method: { kind: 'string' },
};

const SELECTED_OPTION: Schema = {
  fields: {
    courier_service_id: { kind: 'id' },
    warehouse_unique_id: { kind: 'string' },
    courier_aggregator_code: { kind: 'string', nullable: true },
  },
};

const SUMMARY_FIELDS: Schema['fields'] = {
  ...SHIPPING_OPTIONS_FIELDS,
  courier_service_id: { kind: 'id' },
  warehouse_unique_id: { kind: 'string' },
  courier_aggregator_code: { kind: 'string', nullable: true },
  shipping_option: { kind: 'object', schema: SELECTED_OPTION },
  selected_shipping_option: { kind: 'object', schema: SELECTED_OPTION },
  shipping_cost: { kind: 'money', nullable: true },
  discount_code_code: { kind: 'string', nullable: true },
};

const nullableString = { kind: 'string', nullable: true } as const;

/**
 * `PublicCheckoutRequest` is closed; `sub_payment_method` is accepted per D5. Form fields are not marked
 * required here: their absence is a field error (422), not a malformed body (400).
 */
const PUBLIC_CHECKOUT_SCHEMA: Schema = {
  closed: true,
  fields: {
    checkout_intent_token: { kind: 'string' },
    items: CHECKOUT_ITEMS_RULE,
    customer_name: { kind: 'string' },
    customer_email: { kind: 'string' },
    customer_phone: nullableString,
    shipping_address: nullableString,
    shipping_province: nullableString,
    shipping_city: nullableString,
    shipping_subdistrict: nullableString,
    shipping_postal_code: nullableString,
    shipping_location_id: { kind: 'id' },
    address: nullableString,
    location: nullableString,
    location_id: { kind: 'id' },
    postal_code: nullableString,
    payment_method: { kind: 'string' },
    sub_payment_method: nullableString,
    courier_service_id: { kind: 'integer', nullable: true },
    warehouse_unique_id: nullableString,
    courier_aggregator_code: nullableString,
    discount_code_code: nullableString,
    notes: nullableString,
  },
};

/** Direct `items`, else the guest cart of the token; neither is a 400. */
function guestItemSource(ctx: RouteContext, body: Record<string, unknown>): { lines: PricedLine[]; usedCart: boolean } {
  if (Array.isArray(body['items'])) return { lines: priceItems(ctx.db, readCheckoutItems(body['items'])), usedCart: false };
  const { cart } = guestCart(ctx, false);
  if (!cart || cart.lines.length === 0) throw badRequest('There are no items to check out', { items: ["can't be blank"] }, 'empty_cart');
  return { lines: priceItems(ctx.db, cartItems(cart), () => 'cart'), usedCart: true };
}

function destinationFromBody(ctx: RouteContext, body: Record<string, unknown>): LocationRecord | null {
  const destination = body['destination'] as Record<string, unknown> | undefined;
  if (!destination) return null;
  return resolveDestination(ctx.db, destination['location_id'], destination['postal_code'], {
    location: 'destination.location_id',
    postalCode: 'destination.postal_code',
  }).location;
}

function checkWarehouse(ctx: RouteContext, body: Record<string, unknown>): void {
  const warehouse = body['warehouse_unique_id'];
  if (typeof warehouse === 'string' && warehouse !== '' && warehouse !== ctx.db.store.warehouseUniqueId) {
    throw badRequest('Unknown warehouse', { warehouse_unique_id: ['is invalid'] }, 'invalid_warehouse');
  }
}

/** `discount_code_code` when one is given (an empty string is none). */
function discountCodeOf(body: Record<string, unknown>): string | null {
  const code = body['discount_code_code'];
  return typeof code === 'string' && code !== '' ? code : null;
}

/** Shipping options for the priced lines; `destinationField` names the missing destination (guest and customer bodies differ). */
export function shippingOptionsReply(
  ctx: RouteContext,
  lines: PricedLine[],
  method: PaymentMethodRecord | null,
  readLocation: () => LocationRecord | null,
  destinationField: string,
): ReturnType<typeof json> {
  // A digital-only order ships nothing: an empty collection, with or without a destination.
  if (!hasPhysical(lines)) return json(200, { data: [], is_paginated: false });
  const location = readLocation();
  if (!location) throw badRequest('A destination is required for physical items', { [destinationField]: ["can't be blank"] }, 'invalid_destination');
  return json(200, { data: renderShippingOptions(ctx.db, lines, location, method?.code ?? null), is_paginated: false });
}

/** The checkout summary of the priced lines to `location`. */
export function summaryReply(ctx: RouteContext, body: Record<string, unknown>, lines: PricedLine[], location: LocationRecord | null): ReturnType<typeof json> {
  const paymentMethod = resolvePaymentMethod(ctx.db, body['payment_method']);
  const totals = computeTotals(ctx.db, { lines, location, courierId: readCourierId(body), paymentMethod, discountCode: discountCodeOf(body) });
  return json(200, renderSummary(totals, hasPhysical(lines)));
}

/** What the buyer chose, as both order routes pass it to `createOrder`. */
export function orderChoices(body: Record<string, unknown>, paymentMethod: PaymentMethodRecord) {
  return {
    courierId: body['courier_service_id'],
    paymentMethod,
    subPaymentMethod: (body['sub_payment_method'] as string | null | undefined) ?? null,
    discountCode: discountCodeOf(body),
    notes: (body['notes'] as string | null | undefined) ?? null,
    checkoutIntentToken: typeof body['checkout_intent_token'] === 'string' ? body['checkout_intent_token'] : null,
  };
}

/** CONTRACT §5. */
export function registerGuestCheckout(router: Router): void {
  router.add({
    method: 'POST',
    pattern: '/public/checkout/shipping-options',
    family: 'guest',
    handler(ctx) {
      const body = optionalObject(ctx);
      check(body, { fields: SHIPPING_OPTIONS_FIELDS });
      const { lines } = guestItemSource(ctx, body);
      const method = resolvePaymentMethod(ctx.db, body['payment_method']);
      return shippingOptionsReply(ctx, lines, method, () => destinationFromBody(ctx, body), 'destination');
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/checkout/summary',
    family: 'guest',
    handler(ctx) {
      const body = optionalObject(ctx);
      check(body, { fields: SUMMARY_FIELDS });
      checkWarehouse(ctx, body);
      const { lines } = guestItemSource(ctx, body);
      return summaryReply(ctx, body, lines, destinationFromBody(ctx, body));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/discount-codes/check',
    family: 'guest',
    handler(ctx) {
      const body = requireObject(ctx);
      check(body, {
        fields: {
          code: { kind: 'string', required: true },
          items: CHECKOUT_ITEMS_RULE,
          destination: { kind: 'object', schema: DESTINATION_SCHEMA },
          courier_service_id: { kind: 'id' },
          warehouse_unique_id: { kind: 'string' },
          courier_aggregator_code: { kind: 'string', nullable: true },
          payment_method: { kind: 'string' },
          net_product_price: { kind: 'money', nullable: true },
          gross_revenue: { kind: 'money', nullable: true },
          shipping_cost: { kind: 'money', nullable: true },
        },
      });
      // The route text and the field text disagree on which item source wins (CONTRACT §5 note):
      // direct `items` win here, as GUIDES §13 reads it; without them the guest cart is used.
      let lines: PricedLine[] = [];
      if (Array.isArray(body['items'])) lines = priceItems(ctx.db, readCheckoutItems(body['items']), undefined, false);
      else {
        const { cart } = guestCart(ctx, false);
        if (cart) lines = priceItems(ctx.db, cartItems(cart), () => 'cart', false);
      }
      const method = resolvePaymentMethod(ctx.db, body['payment_method']);
      let shippingCost = 0;
      const location = destinationFromBody(ctx, body);
      if (location && hasPhysical(lines) && readCourierId(body) !== undefined) {
        shippingCost = computeTotals(ctx.db, { lines, location, courierId: readCourierId(body), paymentMethod: method, discountCode: null }).shippingCost;
      }
      const result = evaluateDiscount(ctx.db, body['code'] as string, {
        productPrice: lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0),
        shippingCost,
        hasShipping: hasPhysical(lines),
        paymentMethod: method?.code ?? null,
      });
      // An ineligible code is a 200 with `discount_code: null` (GUIDES §2); the reason is in the details.
      const response: StorefrontDiscountCodeCheckResponse = {
        discount_code: result.eligible ? result.record!.json : null,
        eligibility_details: result.details,
        is_eligible: result.eligible,
        discount_code_discount: integerString(result.amount),
      };
      return json(200, response);
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/checkout',
    family: 'guest',
    handler(ctx) {
      const body = requireObject(ctx);
      check(body, PUBLIC_CHECKOUT_SCHEMA);
      checkWarehouse(ctx, body);
      const { lines } = guestItemSource(ctx, body);
      const physical = hasPhysical(lines);
      const errors: FieldErrors = {};
      validateBuyer(body, errors, physical);
      const method = checkPaymentMethod(ctx, body['payment_method'], physical, errors);
      const shipping = physical ? readShipping(ctx, body, errors) : null;
      if (physical && (body['courier_service_id'] === undefined || body['courier_service_id'] === null)) {
        addError(errors, 'courier_service_id', "can't be blank");
      } else if (shipping && method) {
        collectCourierErrors(ctx, lines, shipping.location, body['courier_service_id'], method, errors);
      }
      fieldErrors(ctx, errors);
      const { cart, token } = guestCart(ctx, false);
      const order = createOrder(ctx.db, {
        lines,
        customerName: String(body['customer_name']).trim(),
        customerEmail: String(body['customer_email']).trim(),
        customerPhone: typeof body['customer_phone'] === 'string' && body['customer_phone'] !== '' ? body['customer_phone'] : null,
        customerId: null,
        destination: shipping
          ? { ...shipping.destination, name: String(body['customer_name']).trim(), phone: (body['customer_phone'] as string | null | undefined) ?? null }
          : null,
        location: shipping?.location ?? null,
        ...orderChoices(body, method!),
      });
      // The referenced guest cart is cleared after success, whichever source created the order.
      if (cart) cart.lines = [];
      return json(201, renderPublicOrder(ctx.db, order, false), cart ? tokenHeader(token) : {});
    },
  });
}

export function validateBuyer(body: Record<string, unknown>, errors: FieldErrors, physical: boolean): void {
  const name = typeof body['customer_name'] === 'string' ? body['customer_name'].trim() : '';
  if (!name) addError(errors, 'customer_name', "can't be blank");
  else if (name.length > 200) addError(errors, 'customer_name', 'should be at most 200 character(s)');
  const email = typeof body['customer_email'] === 'string' ? body['customer_email'].trim() : '';
  if (!email) addError(errors, 'customer_email', "can't be blank");
  else if (!isEmail(email)) addError(errors, 'customer_email', 'has invalid format');
  else if (email.length > 254) addError(errors, 'customer_email', 'should be at most 254 character(s)');
  const phone = typeof body['customer_phone'] === 'string' ? body['customer_phone'].trim() : '';
  if (phone) {
    if (phone.length > 20) addError(errors, 'customer_phone', 'should be at most 20 character(s)');
    else if (!/^\+?[0-9][0-9 -]{6,}$/.test(phone)) addError(errors, 'customer_phone', 'has invalid format');
  } else if (physical) {
    // The courier needs a phone number for physical deliveries.
    addError(errors, 'customer_phone', "can't be blank");
  }
}

/** `payment_method` is required at creation (D4) and must be a method the store offers. */
export function checkPaymentMethod(ctx: RouteContext, value: unknown, physical: boolean, errors: FieldErrors): PaymentMethodRecord | null {
  if (value === undefined || value === null || value === '') {
    addError(errors, 'payment_method', "can't be blank");
    return null;
  }
  const method = ctx.db.paymentMethods.find((m) => m.code === value && m.enabled && m.kind !== 'paylink');
  if (!method) {
    addError(errors, 'payment_method', 'is not available for this store');
    return null;
  }
  if (method.code === 'cod' && !physical) {
    addError(errors, 'payment_method', 'is not available for digital products');
    return null;
  }
  return method;
}

/** Guest shipping fields: prefers `shipping_*`, accepts the deprecated `address` / `location_id` / `postal_code`. */
function readShipping(ctx: RouteContext, body: Record<string, unknown>, errors: FieldErrors): { location: LocationRecord; destination: Omit<DestinationRecord, 'name' | 'phone'> } | null {
  const address = (body['shipping_address'] ?? body['address']) as string | null | undefined;
  if (typeof address !== 'string' || address.trim() === '') addError(errors, 'shipping_address', "can't be blank");
  const locationValue = body['shipping_location_id'] ?? body['location_id'];
  const postal = body['shipping_postal_code'] ?? body['postal_code'];
  try {
    const { location, postalCode } = resolveDestination(ctx.db, locationValue, postal, {
      location: 'shipping_location_id',
      postalCode: 'shipping_postal_code',
    });
    return {
      location,
      destination: {
        address: typeof address === 'string' ? address.trim() : null,
        subdistrict: location.subdistrict,
        city: location.city,
        province: location.province,
        postalCode,
        locationId: location.id,
      },
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const fields = (error.body.errors ?? {}) as FieldErrors;
    for (const [field, messages] of Object.entries(fields)) for (const m of messages) addError(errors, field, m);
    return null;
  }
}


/** A courier that cannot serve the destination (or COD) is a form error at creation, not a malformed body. */
export function collectCourierErrors(
  ctx: RouteContext,
  lines: PricedLine[],
  location: LocationRecord,
  courierId: unknown,
  method: PaymentMethodRecord,
  errors: FieldErrors,
  field = 'courier_service_id',
): void {
  try {
    computeTotals(ctx.db, { lines, location, courierId, paymentMethod: method, discountCode: null, courierField: field });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const fields = (error.body.errors ?? {}) as FieldErrors;
    for (const [name, messages] of Object.entries(fields)) for (const m of messages) addError(errors, name, m);
  }
}
