import { registerMessages } from '../../i18n/localize.js';

/** Strings of the cart button and its announcements (the panel's are in `panel-strings.ts`). */
registerMessages(
  {
    id: {
      'cart.heading': 'Keranjang',
      'cart.trigger': 'Keranjang, {count} barang',
      'cart.count': '{count} barang di keranjang',
      'cart.countEmpty': 'Keranjang kosong',
      'cart.removed': '{name} dihapus dari keranjang',
    },
  },
  { en: () => import('./strings.en.js') },
);
