/** Runs the Vue guide's snippet (`test/docs/pages/vue-shop.js`) as it is, against the mock. */
import { mock } from './mock-first.js';
import { createApp } from 'vue';
import { Shop } from '../../../docs/pages/vue-shop.js';
import { addButton, assert, expose, shadowText, until } from '../shared/checks.js';

const container = document.createElement('div');
document.body.append(container);
createApp(Shop).mount(container);

const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

expose([
  [
    'Vue guide snippet: the buy box loads from the store given as props',
    async () => {
      await until(() => shadowText(document.querySelector('scalev-product')).includes('Kopi Arabika Gayo'), 'the product');
      assert(mock.requests.some((r) => r.path === '/v3/stores/store_XXXXXXXXXX/public/products/kopi-arabika-gayo'), 'asked the snippet store');
    },
  ],
  [
    'Vue guide snippet: onScalevAddToCart updates Vue state',
    async () => {
      (await addButton(document.querySelector('scalev-product'))).click();
      await until(() => text('cart-count') === 'Di keranjang: 1 barang', 'the count in Vue state');
    },
  ],
  [
    'Vue guide snippet: items reach the checkout as a property',
    async () => {
      document.querySelector('button').click();
      await until(() => document.querySelector('scalev-checkout'), 'the checkout');
      const checkout = document.querySelector('scalev-checkout');
      assert(Array.isArray(checkout.items) && checkout.items[0].variant_id === 494535, 'items is the array');
      await until(() => shadowText(checkout).includes('Kopi Arabika Gayo 250 g'), 'the checkout lists the item');
    },
  ],
]);
