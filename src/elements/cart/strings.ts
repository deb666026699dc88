import { registerMessages } from '../../i18n/localize.js';

/** Strings of the cart button and its announcements (the panel's are in `panel-strings.ts`). */
registerMessages({
  id: {
    'cart.heading': 'Keranjang',
    'cart.trigger': 'Keranjang, {count} barang',
    'cart.count': '{count} barang di keranjang',
    'cart.countEmpty': 'Keranjang kosong',
    'cart.removed': '{name} dihapus dari keranjang',
  },
  en: {
    'cart.heading': 'Cart',
    'cart.trigger': ({ count }) => `Cart, ${count} ${count === 1 ? 'item' : 'items'}`,
    'cart.count': ({ count }) => `${count} ${count === 1 ? 'item' : 'items'} in your cart`,
    'cart.countEmpty': 'Your cart is empty',
    'cart.removed': '{name} removed from the cart',
  },
});
