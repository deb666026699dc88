import { cursorQuery, listData, toPositiveInteger } from './body.js';
import { path, type ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type {
  ListCustomerSubscriptionsResponseBody,
  ListSubscriptionUpgradeOptionsResponseBody,
  Subscription,
  Subscription2,
  VariantSubscription,
} from './types.js';

/*
 * Subscriptions (CONTRACT §14): bearer only. The list returns `Subscription`; detail and every
 * action return `Subscription2`. Upgrade and downgrade address a subscription *item* id.
 */

export type SubscriptionStatus = NonNullable<Subscription['status']>;

/** Largest page the list route allows. */
export const SUBSCRIPTIONS_MAX_PAGE_SIZE = 25;

export interface SubscriptionListParams extends CursorParams {
  status?: SubscriptionStatus;
}

/** `GET /customers/me/subscriptions`: newest first; `page_size` is kept within 1–25. */
export function listSubscriptions(
  http: ScalevHttp,
  params: SubscriptionListParams = {},
  signal?: AbortSignal,
): Promise<Page<Subscription>> {
  const pageSize =
    params.page_size === undefined
      ? undefined
      : Math.min(SUBSCRIPTIONS_MAX_PAGE_SIZE, Math.max(1, Math.trunc(params.page_size)));
  return http
    .request<ListCustomerSubscriptionsResponseBody>({
      family: 'customer',
      path: '/customers/me/subscriptions',
      query: { ...cursorQuery({ ...params, page_size: pageSize }), status: params.status },
      signal,
    })
    .then(toPage);
}

/** `GET /customers/me/subscriptions/{id}`. */
export function getSubscription(http: ScalevHttp, subscriptionId: string, signal?: AbortSignal): Promise<Subscription2> {
  return http.request({ family: 'customer', path: path`/customers/me/subscriptions/${subscriptionId}`, signal });
}

/** `POST /customers/me/subscriptions/{id}/cancel`: cancels at period end (offer it when active and not already cancelling). */
export function cancelSubscription(http: ScalevHttp, subscriptionId: string, signal?: AbortSignal): Promise<Subscription2> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: path`/customers/me/subscriptions/${subscriptionId}/cancel`,
    signal,
  });
}

/** `POST /customers/me/subscriptions/{id}/resume`: undoes a cancel at period end. */
export function resumeSubscription(http: ScalevHttp, subscriptionId: string, signal?: AbortSignal): Promise<Subscription2> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: path`/customers/me/subscriptions/${subscriptionId}/resume`,
    signal,
  });
}

async function listVariantOptions(
  http: ScalevHttp,
  direction: 'upgrade' | 'downgrade',
  itemId: string,
  signal?: AbortSignal,
): Promise<VariantSubscription[]> {
  const body = await http.request<ListSubscriptionUpgradeOptionsResponseBody>({
    family: 'customer',
    path: path`/customers/me/subscription-items/${itemId}/${direction}`,
    signal,
  });
  return listData(body);
}

async function changeVariant(
  http: ScalevHttp,
  direction: 'upgrade' | 'downgrade',
  itemId: string,
  variantId: number | string,
  signal?: AbortSignal,
): Promise<Subscription2> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: path`/customers/me/subscription-items/${itemId}/${direction}`,
    // The body is formally optional but `variant_id` (an integer) is required inside it.
    body: { variant_id: toPositiveInteger(variantId, 'variant_id') },
    signal,
  });
}

/** `GET /customers/me/subscription-items/{id}/upgrade`: higher-priced variants. */
export function listUpgradeOptions(http: ScalevHttp, itemId: string, signal?: AbortSignal): Promise<VariantSubscription[]> {
  return listVariantOptions(http, 'upgrade', itemId, signal);
}

/** `POST /customers/me/subscription-items/{id}/upgrade` with `{ variant_id }` from the upgrade options. */
export function upgradeItem(
  http: ScalevHttp,
  itemId: string,
  variantId: number | string,
  signal?: AbortSignal,
): Promise<Subscription2> {
  return changeVariant(http, 'upgrade', itemId, variantId, signal);
}

/** `GET /customers/me/subscription-items/{id}/downgrade`: lower-priced variants. */
export function listDowngradeOptions(http: ScalevHttp, itemId: string, signal?: AbortSignal): Promise<VariantSubscription[]> {
  return listVariantOptions(http, 'downgrade', itemId, signal);
}

/** `POST /customers/me/subscription-items/{id}/downgrade` with `{ variant_id }` from the downgrade options. */
export function downgradeItem(
  http: ScalevHttp,
  itemId: string,
  variantId: number | string,
  signal?: AbortSignal,
): Promise<Subscription2> {
  return changeVariant(http, 'downgrade', itemId, variantId, signal);
}
