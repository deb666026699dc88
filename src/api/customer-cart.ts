import { toCartItemRequest } from './body.js';
import { path, type ScalevHttp } from './http.js';
import type { CartItemRequest, CustomerCart } from './types.js';

/* Signed-in customer cart (CONTRACT §11): bearer only, same shapes as the guest cart. */

/** `GET /customers/me/cart`. Its `id` is the `cart_id` of customer checkout. */
export function getCart(http: ScalevHttp, signal?: AbortSignal): Promise<CustomerCart> {
  return http.request({ family: 'customer', path: '/customers/me/cart', signal });
}

/** `POST /customers/me/cart/items` (201, the whole cart). */
export async function addItem(http: ScalevHttp, item: CartItemRequest, signal?: AbortSignal): Promise<CustomerCart> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: '/customers/me/cart/items',
    body: toCartItemRequest(item),
    signal,
  });
}

/** `PATCH /customers/me/cart/items/{item_id}` with `{ quantity }` (≥ 1). */
export function updateItem(
  http: ScalevHttp,
  itemId: number | string,
  quantity: number,
  signal?: AbortSignal,
): Promise<CustomerCart> {
  return http.request({
    method: 'PATCH',
    family: 'customer',
    path: path`/customers/me/cart/items/${itemId}`,
    body: { quantity },
    signal,
  });
}

/** `DELETE /customers/me/cart/items/{item_id}` (200 with the updated cart). */
export function removeItem(http: ScalevHttp, itemId: number | string, signal?: AbortSignal): Promise<CustomerCart> {
  return http.request({
    method: 'DELETE',
    family: 'customer',
    path: path`/customers/me/cart/items/${itemId}`,
    signal,
  });
}
