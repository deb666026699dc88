/**
 * The npm entry: element classes without side effects (register them yourself with
 * `ScalevCart.define('scalev-cart')`, or import `scalev-elements/elements/<name>/define.js`),
 * the API client, sessions, events and i18n helpers. The one-tag drop-in is `dist/scalev.js`.
 */
export { ScalevElement } from './elements/base/scalev-element.js';
export { ScalevStore } from './elements/store/scalev-store.js';
export { ScalevCatalog } from './elements/catalog/catalog.js';
export { ScalevProduct } from './elements/product/product.js';
export { ScalevCart } from './elements/cart/cart.js';
export { ScalevCheckout } from './elements/checkout/checkout.js';
export { ScalevOrderStatus } from './elements/order-status/order-status.js';
export { ScalevLogin } from './elements/login/login.js';
export { ScalevAccount } from './elements/account/account.js';
export { ScalevStorefront } from './elements/storefront/storefront.js';

export * from './api/index.js';
export { createSessions } from './session/index.js';
export { GuestSession } from './session/guest.js';
export { CustomerSession } from './session/customer.js';
export { storefrontContext } from './context/storefront.js';
export type { Storefront, StoreConfig, UrlKind, ConfigProblem, ThemeName } from './context/storefront.js';
export { registerMessages, setMessages, formatMoney, formatDate } from './i18n/localize.js';
export type { Locale, MessageOverrides } from './i18n/localize.js';
export type * from './events.js';
