import { toCartItemRequest } from './body.js';
import { path, type ScalevHttp } from './http.js';
import type { CartItemRequest, GuestCart, StorefrontCartMergeResponse } from './types.js';

/*
 * Guest cart (CONTRACT §4). Every call sends the stored guest token when there is one, and a token
 * in the answer is stored (family `guest`): the first call without a token creates the cart.
 */

/** `GET /public/cart`. Without a stored guest token this creates an empty cart and its token. */
export function getCart(http: ScalevHttp, signal?: AbortSignal): Promise<GuestCart> {
  return http.request({ family: 'guest', path: '/public/cart', signal });
}

/** `POST /public/cart/items` (201, the whole cart). Never retried after a 429. */
export async function addItem(http: ScalevHttp, item: CartItemRequest, signal?: AbortSignal): Promise<GuestCart> {
  return http.request({
    method: 'POST',
    family: 'guest',
    path: '/public/cart/items',
    body: toCartItemRequest(item),
    signal,
  });
}

/** `PATCH /public/cart/items/{item_id}` with `{ quantity }` (≥ 1; use `removeItem` for zero). */
export function updateItem(
  http: ScalevHttp,
  itemId: number | string,
  quantity: number,
  signal?: AbortSignal,
): Promise<GuestCart> {
  return http.request({
    method: 'PATCH',
    family: 'guest',
    path: path`/public/cart/items/${itemId}`,
    body: { quantity },
    signal,
  });
}

/** `DELETE /public/cart/items/{item_id}` (200 with the updated cart, not 204). */
export function removeItem(http: ScalevHttp, itemId: number | string, signal?: AbortSignal): Promise<GuestCart> {
  return http.request({ method: 'DELETE', family: 'guest', path: path`/public/cart/items/${itemId}`, signal });
}

/**
 * `POST /public/cart/merge`: moves the guest cart into the signed-in customer's cart. Sends the
 * storefront key, the guest token and the customer bearer together; no body. Returns the
 * customer's cart.
 */
export function mergeCart(http: ScalevHttp, signal?: AbortSignal): Promise<StorefrontCartMergeResponse> {
  return http.request({ method: 'POST', family: 'merge', path: '/public/cart/merge', signal });
}
