// The signed-out state shows `<scalev-login>`: its code is shared with the login element's chunk.
import '../login/define.js';
import { ScalevAccount } from './account.js';

ScalevAccount.define('scalev-account');

export { ScalevAccount };

declare global {
  interface HTMLElementTagNameMap {
    'scalev-account': ScalevAccount;
  }
}
