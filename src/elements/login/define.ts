import { ScalevLogin } from './login.js';

ScalevLogin.define('scalev-login');

export { ScalevLogin };

declare global {
  interface HTMLElementTagNameMap {
    'scalev-login': ScalevLogin;
  }
}
