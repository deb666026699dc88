import { registerMessages } from '../../i18n/localize.js';

/**
 * What adding from `<scalev-product>` needs beyond the buy box: the shared add-to-cart flow, the
 * busy state of the button and the confirmation's words. Loaded when the buyer reaches for the box
 * (or on the first add), so a page that only shows a product never downloads it.
 */

export { addToCart, preloadCartStore } from '../catalog/add-to-cart.js';
export { PendingController } from '../../ui/pending.js';

registerMessages(
  {
    id: {
      'product.adding': 'Menambahkan…',
      'product.added': 'Ditambahkan ke keranjang',
      'product.addedNamed': 'Ditambahkan ke keranjang: {name}',
      'product.viewCart': 'Lihat keranjang',
    },
  },
  { en: () => import('./buy.strings.en.js') },
);
