import { registerMessages } from '../../i18n/localize.js';

/** Strings of `<scalev-product>`; English loads only when a buy box renders in English. */
registerMessages(
  {
    id: {
      'product.loading': 'Memuat produk…',
      'product.add': 'Tambah ke keranjang',
      'product.outOfStock': 'Stok habis',
      'product.unavailable': 'Belum dapat dibeli',
      'product.inStock': 'Stok tersedia',
      'product.lowStock': 'Stok terbatas',
      'product.left': 'Sisa {count}',
      'product.noPrice': 'Harga belum tersedia',
      'product.descriptionMore': 'Lihat deskripsi lengkap',
      'product.descriptionLess': 'Ringkas deskripsi',
    },
  },
  { en: () => import('./strings.en.js') },
);
