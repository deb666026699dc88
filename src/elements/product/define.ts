import { ScalevProduct } from './product.js';

ScalevProduct.define('scalev-product');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-product': ScalevProduct;
  }
}
