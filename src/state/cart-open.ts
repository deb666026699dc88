import type { Storefront } from '../context/storefront.js';
import type { AddToCartInput, CartState } from './cart.js';

/** What an add needs of the cart store. */
export interface OpenCart {
  add(input: AddToCartInput): Promise<CartState>;
}

/**
 * The cart store of a storefront once a widget has opened it (a cart badge on the page), reachable
 * without loading the store's code: an add from a buy box or a card then updates the cart in the
 * same task as the click, while its own code is still on the way.
 */
export function openCart(sf: Storefront): { store?: OpenCart } {
  return sf.service('cart-open', () => ({}));
}
