import { registerMessages } from '../../i18n/localize.js';

/** Strings of the cart panel, loaded with it. */
registerMessages(
  {
    id: {
      'cart.close': 'Tutup keranjang',
      'cart.lines': 'Isi keranjang',
      'cart.empty': 'Keranjang Anda masih kosong.',
      'cart.subtotal': 'Subtotal',
      'cart.subtotalNote': 'Ongkos kirim dan diskon dihitung saat checkout.',
      'cart.subtotalUnknown': 'Dihitung saat checkout',
      'cart.checkout': 'Checkout',
      'cart.backToCart': 'Kembali ke keranjang',
      'cart.remove': 'Hapus',
      'cart.removeLabel': 'Hapus {name} dari keranjang',
      'cart.quantityLabel': 'Jumlah {name}',
      'cart.unitPrice': '{price} per barang',
      'cart.lineTotal': 'Total {name}',
      'cart.unknownVariant': 'Produk #{id}',
      'cart.unknownBundle': 'Paket #{id}',
      'cart.stockLeft': 'Stok tersisa {count}',
      'cart.outOfStock': 'Stok habis',
      'cart.updating': 'Menyimpan…',
      'cart.loadFailed': 'Keranjang tidak dapat dimuat. {reason}',
      'cart.addFailed': 'Barang belum masuk keranjang. {reason}',
      'cart.updateFailed': 'Jumlah tidak dapat diubah. {reason}',
      'cart.removeFailed': 'Barang tidak dapat dihapus. {reason}',
      'cart.mergeFailed': 'Keranjang tamu belum dapat digabungkan ke akun Anda. {reason}',
      'cart.dismiss': 'Tutup pesan',
    },
  },
  { en: () => import('./panel-strings.en.js') },
);
