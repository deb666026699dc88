import type { CustomerCheckoutPaymentMethodsResponse } from '../../api/types.js';
import { ApiError, badRequest, json, notFound, type FieldErrors } from '../core/http.js';
import type { RouteContext, Router } from '../core/router.js';
import { addError, readId, type Schema } from '../core/validate.js';
import type { CartRecord, DestinationRecord, LocationRecord } from '../model.js';
import {
  CHECKOUT_ITEMS_RULE,
  cartItems,
  hasPhysical,
  priceItems,
  readCheckoutItems,
  resolveDestination,
  resolvePaymentMethod,
  type PricedLine,
} from '../services/checkout.js';
import { createOrder, renderPublicOrder } from '../services/orders.js';
import { customerAddresses, renderAddress } from './account.js';
import { checkPaymentMethod, collectCourierErrors, orderChoices, shippingOptionsReply, summaryReply } from './checkout.js';
import { check, fieldErrors, requireObject } from './shared.js';

const SELECTED_OPTION: Schema = {
  fields: { courier_service_id: { kind: 'id' }, warehouse_unique_id: { kind: 'string', nullable: true }, courier_aggregator_code: { kind: 'string', nullable: true } },
};

const PREP_FIELDS: Schema['fields'] = {
  items: CHECKOUT_ITEMS_RULE,
  cart_id: { kind: 'id' },
  location_id: { kind: 'id' },
  postal_code: { kind: 'string' },
  payment_method: { kind: 'string' },
};

const SUMMARY_FIELDS: Schema['fields'] = {
  ...PREP_FIELDS,
  shipping_cost: { kind: 'money', nullable: true },
  courier_service_id: { kind: 'id' },
  warehouse_unique_id: { kind: 'string', nullable: true },
  courier_aggregator_code: { kind: 'string', nullable: true },
  shipping_option: { kind: 'object', schema: SELECTED_OPTION },
  selected_shipping_option: { kind: 'object', schema: SELECTED_OPTION },
  discount_code_code: { kind: 'string', nullable: true },
};

const nullableString = { kind: 'string', nullable: true } as const;

/** `CustomerCheckoutRequest` is closed; `sub_payment_method` is accepted per D5. */
const CHECKOUT_SCHEMA: Schema = {
  closed: true,
  fields: {
    checkout_intent_token: { kind: 'string' },
    items: CHECKOUT_ITEMS_RULE,
    cart_id: { kind: 'id' },
    address_id: { kind: 'id' },
    address: { kind: 'string' },
    location_id: { kind: 'id' },
    postal_code: { kind: 'string' },
    payment_method: { kind: 'string' },
    sub_payment_method: nullableString,
    courier_service_id: { kind: 'id', nullable: true },
    warehouse_unique_id: nullableString,
    courier_aggregator_code: nullableString,
    discount_code_code: nullableString,
    notes: nullableString,
  },
};

/** The customer's own cart named by `cart_id`; another customer's (or an unknown) cart is a 404. */
function referencedCart(ctx: RouteContext, value: unknown): CartRecord | null {
  if (value === undefined || value === null) return null;
  const id = readId(value);
  const cart = ctx.db.cartOfCustomer(ctx.customer!.id);
  if (id === null || cart.id !== id) throw notFound('Cart', 'cart_not_found');
  return cart;
}

/**
 * Direct `items`, else the cart of `cart_id`. With neither, the customer's active cart is used (the
 * description of `cart_id` calls it "the authenticated customer's active cart").
 */
function itemSource(ctx: RouteContext, body: Record<string, unknown>): { lines: PricedLine[]; cart: CartRecord | null } {
  const cart = referencedCart(ctx, body['cart_id']);
  if (Array.isArray(body['items'])) return { lines: priceItems(ctx.db, readCheckoutItems(body['items'])), cart };
  const source = cart ?? ctx.db.cartOfCustomer(ctx.customer!.id);
  if (source.lines.length === 0) throw badRequest('There are no items to check out', { items: ["can't be blank"] }, 'empty_cart');
  return { lines: priceItems(ctx.db, cartItems(source), () => 'cart'), cart: source };
}

function flatDestination(ctx: RouteContext, body: Record<string, unknown>): LocationRecord | null {
  if (body['location_id'] === undefined && body['postal_code'] === undefined) return null;
  return resolveDestination(ctx.db, body['location_id'], body['postal_code'], { location: 'location_id', postalCode: 'postal_code' }).location;
}

/** CONTRACT §12: flat `location_id` + `postal_code`, `cart_id` or `items`. */
export function registerCustomerCheckout(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/customers/me/checkout/addresses',
    family: 'customer',
    handler: (ctx) => json(200, { data: customerAddresses(ctx).map((a) => renderAddress(ctx, a)), is_paginated: false }),
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/checkout/payment-methods',
    family: 'customer',
    handler(ctx) {
      const methods = ctx.db.paymentMethods.filter((m) => m.enabled && m.kind !== 'paylink');
      const response: CustomerCheckoutPaymentMethodsResponse = {
        payment_methods: methods.map((m) => m.code),
        payment_accounts: ctx.db.paymentAccounts.map((a) => ({
          id: a.id,
          method: a.method,
          account_number: a.accountNumber,
          account_holder: a.accountHolder,
          financial_entity_code: a.financialEntity.code,
          financial_entity_name: a.financialEntity.name,
        })),
        // Shown in the rendered reference only (D12); clients must tolerate it.
        xendit_va_bank_codes: Object.fromEntries(methods.filter((m) => m.kind === 'va').map((m) => [m.code, m.code.slice(3).toUpperCase()])),
      };
      return json(200, response);
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/checkout/shipping-options',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      check(body, { fields: PREP_FIELDS });
      const { lines } = itemSource(ctx, body);
      const method = resolvePaymentMethod(ctx.db, body['payment_method']);
      return shippingOptionsReply(ctx, lines, method, () => flatDestination(ctx, body), 'location_id');
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/checkout/summary',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      check(body, { fields: SUMMARY_FIELDS });
      const { lines } = itemSource(ctx, body);
      return summaryReply(ctx, body, lines, flatDestination(ctx, body));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/checkout',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      check(body, CHECKOUT_SCHEMA);
      const { lines, cart } = itemSource(ctx, body);
      const physical = hasPhysical(lines);
      const customer = ctx.customer!;
      const errors: FieldErrors = {};
      const method = checkPaymentMethod(ctx, body['payment_method'], physical, errors);
      let destination: DestinationRecord | null = null;
      let location: LocationRecord | null = null;
      if (physical) {
        ({ destination, location } = readDestination(ctx, body, errors));
        if (body['courier_service_id'] === undefined || body['courier_service_id'] === null) addError(errors, 'courier_service_id', "can't be blank");
        else if (location && method) collectCourierErrors(ctx, lines, location, body['courier_service_id'], method, errors);
      }
      fieldErrors(ctx, errors);
      const order = createOrder(ctx.db, {
        lines,
        customerName: customer.name,
        customerEmail: customer.email,
        customerPhone: customer.phone,
        customerId: customer.id,
        destination,
        location,
        ...orderChoices(body, method!),
      });
      if (cart) {
        cart.lines = [];
        cart.updatedAt = ctx.now;
      }
      return json(201, renderPublicOrder(ctx.db, order, false));
    },
  });
}

/** A saved `address_id`, or `address` + `location_id` + `postal_code`. */
function readDestination(ctx: RouteContext, body: Record<string, unknown>, errors: FieldErrors): { destination: DestinationRecord | null; location: LocationRecord | null } {
  const customer = ctx.customer!;
  if (body['address_id'] !== undefined) {
    const id = readId(body['address_id']);
    const saved = id === null ? undefined : ctx.db.addresses.get(id);
    if (!saved || saved.customerId !== customer.id) {
      addError(errors, 'address_id', 'does not exist');
      return { destination: null, location: null };
    }
    const location = saved.locationId !== null ? ctx.db.locations.get(saved.locationId) : undefined;
    if (!location) {
      addError(errors, 'address_id', 'has no delivery location');
      return { destination: null, location: null };
    }
    return {
      location,
      destination: {
        name: saved.name ?? customer.name,
        phone: saved.phone ?? customer.phone,
        address: saved.address,
        subdistrict: location.subdistrict,
        city: location.city,
        province: location.province,
        postalCode: saved.postalCode,
        locationId: location.id,
      },
    };
  }
  if (typeof body['address'] !== 'string' || body['address'].trim() === '') addError(errors, 'address', "can't be blank");
  try {
    const { location, postalCode } = resolveDestination(ctx.db, body['location_id'], body['postal_code'], { location: 'location_id', postalCode: 'postal_code' });
    return {
      location,
      destination: {
        name: customer.name,
        phone: customer.phone,
        address: typeof body['address'] === 'string' ? body['address'].trim() : null,
        subdistrict: location.subdistrict,
        city: location.city,
        province: location.province,
        postalCode,
        locationId: location.id,
      },
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    for (const [field, messages] of Object.entries((error.body.errors ?? {}) as FieldErrors)) for (const m of messages) addError(errors, field, m);
    return { destination: null, location: null };
  }
}
