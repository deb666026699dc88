import { ScalevCart } from './cart.js';

ScalevCart.define('scalev-cart');

export { ScalevCart };

declare global {
  interface HTMLElementTagNameMap {
    'scalev-cart': ScalevCart;
  }
}
