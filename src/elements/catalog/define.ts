import { ScalevCatalog } from './catalog.js';

ScalevCatalog.define('scalev-catalog');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-catalog': ScalevCatalog;
  }
}
