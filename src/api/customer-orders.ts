import { cursorQuery } from './body.js';
import { path, type ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type { CustomerOrderListResponse, StorefrontCustomerFacingOrder } from './types.js';

/* Signed-in order history (CONTRACT §13): the closed `StorefrontCustomerFacingOrder` shape. */

/**
 * `GET /customers/me/orders`. A cursor envelope; the route declares no query parameters, so the
 * generic cursor parameters are sent only when the caller gives them.
 */
export function listOrders(
  http: ScalevHttp,
  params: CursorParams = {},
  signal?: AbortSignal,
): Promise<Page<StorefrontCustomerFacingOrder>> {
  return http
    .request<CustomerOrderListResponse>({
      family: 'customer',
      path: '/customers/me/orders',
      query: cursorQuery(params),
      signal,
    })
    .then(toPage);
}

/** `GET /customers/me/orders/{id}` (UUIDv7, or a legacy numeric id). */
export function getOrder(
  http: ScalevHttp,
  orderId: number | string,
  signal?: AbortSignal,
): Promise<StorefrontCustomerFacingOrder> {
  return http.request({ family: 'customer', path: path`/customers/me/orders/${orderId}`, signal });
}
