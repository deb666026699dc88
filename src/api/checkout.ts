import { toCheckoutItem } from './body.js';
import type { GuestCart, StorefrontCheckoutItem } from './types.js';

/*
 * Guest checkout (CONTRACT §5). Without `items` the guest cart behind the stored guest token is
 * the item source. Shipping options, summary and discount check change nothing and may be
 * retried after a 429; order creation never is.
 */

export { getSummary, listShippingOptions, shippingSelection } from './checkout-quotes.js';
export { checkDiscountCode } from './checkout-discount.js';
export { createOrder, createOrderFromItems } from './checkout-order.js';

/** Checkout items for every line of a cart (guest or customer), e.g. to check a cart out directly. */
export function checkoutItemsFromCart(cart: GuestCart | null | undefined): StorefrontCheckoutItem[] {
  return (cart?.items ?? []).map(toCheckoutItem);
}
