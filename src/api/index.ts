/**
 * The Scalev Storefront API v3 client: typed routes, one fetch wrapper, typed errors. Usable
 * without the elements: `new ScalevClient({ storeId, storefrontKey })`, or the route modules
 * directly (`import { cart } from 'scalev-elements/api'; cart.addItem(http, …)`).
 */
export type * from './types.js';
export { ScalevApiError, isScalevApiError } from './errors.js';
export { describeErrorBody } from './error-response.js';
export type { ScalevErrorKind, RateLimitInfo, ScalevApiErrorInit } from './errors.js';
export { ScalevHttp, path } from './http.js';
export type {
  RouteFamily,
  QueryValue,
  RequestOptions,
  HttpResponse,
  GuestTokenStore,
  CustomerAuthProvider,
  HttpConfig,
  RequestEventDetail,
} from './http.js';
export { toPage, paginate, collectAll } from './pagination.js';
export type { Page, CursorParams } from './pagination.js';
export { parseMoney } from './money.js';
export { ScalevClient, memoryGuestTokens } from './client.js';
export type { ScalevClientConfig, WithoutHttp } from './client.js';

export * as account from './account.js';
export * as analytics from './analytics.js';
export * as auth from './auth.js';
export * as cart from './cart.js';
export * as catalog from './catalog.js';
export * as checkout from './checkout.js';
export * as courses from './courses.js';
export * as customerCart from './customer-cart.js';
export * as customerCheckout from './customer-checkout.js';
export * as customerOrders from './customer-orders.js';
export * as intents from './intents.js';
export * as locations from './locations.js';
export * as orders from './orders.js';
export * as subscriptions from './subscriptions.js';
