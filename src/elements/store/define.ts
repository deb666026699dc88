import { ScalevStore } from './scalev-store.js';

ScalevStore.define('scalev-store');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-store': ScalevStore;
  }
}
