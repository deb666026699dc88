import { ScalevOrderStatus } from './order-status.js';

ScalevOrderStatus.define('scalev-order-status');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-order-status': ScalevOrderStatus;
  }
}

export { ScalevOrderStatus };
