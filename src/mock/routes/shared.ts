import { badRequest, validationFailed, type FieldErrors } from '../core/http.js';
import { isUuid, uuidV4 } from '../core/ids.js';
import type { RouteContext } from '../core/router.js';
import { isPlainObject, validate, type Schema } from '../core/validate.js';
import type { CartRecord } from '../model.js';

export const GUEST_TOKEN_HEADER = 'X-Scalev-Guest-Token';

/** The JSON body as an object; anything else (missing, array, scalar) is a 400. */
export function requireObject(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body();
  if (!isPlainObject(body)) throw badRequest('Request body must be a JSON object', { body: ['is invalid'] }, 'invalid_body');
  return body;
}

/** Like `requireObject`, but an absent body reads as `{}` (bodies declared `required: false`). */
export function optionalObject(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body();
  if (body === undefined) return {};
  if (!isPlainObject(body)) throw badRequest('Request body must be a JSON object', { body: ['is invalid'] }, 'invalid_body');
  return body;
}

/** Validates a body; a structural error (unknown field, wrong type) is a 400 with field errors. */
export function check(body: Record<string, unknown>, schema: Schema, message = 'Invalid request body'): void {
  const errors = validate(body, schema);
  if (Object.keys(errors).length > 0) throw badRequest(message, errors, 'invalid_request');
}

/** A form-field failure at order creation: 422 by default, 400 with `fieldErrorStatus: 400`. */
export function fieldErrors(ctx: RouteContext, errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw validationFailed(ctx.options.fieldErrorStatus, errors);
}

export interface GuestCartLookup {
  cart: CartRecord | null;
  /** The token to send back: the request's own, or a fresh one when a cart was created. */
  token: string | null;
}

/**
 * The guest cart the request's `X-Scalev-Guest-Token` names. A missing, malformed or unknown token
 * means "no cart": with `create`, a new cart and a fresh token are issued (the real API's most plausible
 * reading, since a token it does not know identifies nothing it could resume).
 */
export function guestCart(ctx: RouteContext, create: boolean): GuestCartLookup {
  const sent = ctx.headers.get(GUEST_TOKEN_HEADER)?.trim() ?? '';
  if (sent && isUuid(sent)) {
    const cart = ctx.db.guestCarts.get(sent.toLowerCase());
    if (cart) return { cart, token: cart.token };
  }
  if (!create) return { cart: null, token: null };
  const token = uuidV4();
  const cart: CartRecord = { id: ctx.db.nextId('cart'), token, customerId: null, lines: [], updatedAt: ctx.now };
  ctx.db.guestCarts.set(token, cart);
  return { cart, token };
}

export function tokenHeader(token: string | null): Record<string, string> {
  return token ? { [GUEST_TOKEN_HEADER]: token } : {};
}
