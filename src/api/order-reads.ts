import { path, type ScalevHttp } from './http.js';
import type { StorefrontPublicOrder } from './types.js';

/*
 * The two order routes an order page calls at once (CONTRACT §6), apart from the transfer-proof
 * upload in `orders.ts` so the page does not load that until a buyer sends a proof. `orders.ts`
 * re-exports both.
 */

/** `GET /public/orders/{secret_slug}`. */
export function getOrder(http: ScalevHttp, secretSlug: string, signal?: AbortSignal): Promise<StorefrontPublicOrder> {
  return http.request({ family: 'public', path: path`/public/orders/${secretSlug}`, signal });
}

/**
 * `POST /public/orders/{secret_slug}/payment`: asks for payment instructions and returns the whole
 * order with `pg_payment_info`. Idempotent by contract, so it is also the documented retry.
 */
export function createPayment(http: ScalevHttp, secretSlug: string, signal?: AbortSignal): Promise<StorefrontPublicOrder> {
  return http.request({
    method: 'POST',
    family: 'public',
    path: path`/public/orders/${secretSlug}/payment`,
    idempotent: true,
    signal,
  });
}
