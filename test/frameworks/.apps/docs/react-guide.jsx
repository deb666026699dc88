/** Runs the React guide's snippet (`test/docs/pages/react-shop.jsx`) as it is, against the mock. */
import { mock } from './mock-first.js';
import { createRoot } from 'react-dom/client';
import { Shop } from '../../../docs/pages/react-shop.jsx';
import { addButton, assert, expose, shadowText, until } from '../shared/checks.js';

const container = document.createElement('div');
document.body.append(container);
createRoot(container).render(<Shop />);

const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

expose([
  [
    'React guide snippet: the buy box loads from the store given as props',
    async () => {
      await until(() => document.querySelector('scalev-product'), 'rendered');
      await until(() => shadowText(document.querySelector('scalev-product')).includes('Kopi Arabika Gayo'), 'the product');
      assert(mock.requests.some((r) => r.path === '/v3/stores/store_XXXXXXXXXX/public/products/kopi-arabika-gayo'), 'asked the snippet store');
    },
  ],
  [
    'React guide snippet: onscalev-add-to-cart updates React state',
    async () => {
      (await addButton(document.querySelector('scalev-product'))).click();
      await until(() => text('cart-count') === 'Di keranjang: 1 barang', 'the count in React state');
    },
  ],
  [
    'React guide snippet: items reach the checkout as a property',
    async () => {
      document.querySelector('button').click();
      await until(() => document.querySelector('scalev-checkout'), 'the checkout');
      const checkout = document.querySelector('scalev-checkout');
      assert(Array.isArray(checkout.items) && checkout.items[0].variant_id === 494535, 'items is the array');
      await until(() => shadowText(checkout).includes('Kopi Arabika Gayo 250 g'), 'the checkout lists the item');
    },
  ],
]);
