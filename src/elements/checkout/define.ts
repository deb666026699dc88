import { ScalevCheckout } from './checkout.js';

ScalevCheckout.define('scalev-checkout');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-checkout': ScalevCheckout;
  }
}

export { ScalevCheckout };
