import { registerMessages } from '../../i18n/localize.js';

// What the checkout shows before its parts are in; the rest comes with the parts (parts.strings.ts).
registerMessages(
  {
    id: {
      'checkout.itemFallback': 'Produk #{id}',
      'checkout.empty': 'Keranjang Anda masih kosong.',
      'checkout.itemsInvalid': 'Daftar produk (atribut items) tidak valid.',
      'checkout.loadingForm': 'Menyiapkan checkout…',
      'checkout.failed': 'Pesanan belum dibuat. {reason}',
    },
  },
  { en: () => import('./strings.en.js') },
);
