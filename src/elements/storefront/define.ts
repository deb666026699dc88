// The storefront renders its own `<scalev-store>` around its routes.
import { ScalevStore } from '../store/scalev-store.js';
import { ScalevStorefront } from './storefront.js';

ScalevStore.define();
ScalevStorefront.define('scalev-storefront');

export { ScalevStorefront };

declare global {
  interface HTMLElementTagNameMap {
    'scalev-storefront': ScalevStorefront;
  }
}
