import { ScalevAccount } from './account.js';

ScalevAccount.define('scalev-account');

export { ScalevAccount };

declare global {
  interface HTMLElementTagNameMap {
    'scalev-account': ScalevAccount;
  }
}
