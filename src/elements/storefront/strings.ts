import { registerMessages } from '../../i18n/localize.js';

/* Strings of the storefront shell; the composed elements bring their own. English loads on demand. */
registerMessages(
  {
    id: {
      'storefront.label': 'Toko',
      'storefront.name': 'Toko',
      'storefront.nav': 'Navigasi toko',
      'storefront.products': 'Produk',
      'storefront.account': 'Akun',
      'storefront.allProducts': 'Semua produk',
      'storefront.backToCart': 'Kembali ke keranjang',
      'storefront.notFound': 'Halaman tidak ditemukan',
      'storefront.notFoundText': 'Halaman toko ini tidak ada. Mungkin tautannya salah ketik atau sudah tidak berlaku.',
      'storefront.toHome': 'Ke beranda toko',
      'storefront.loadFailed': 'Bagian toko ini gagal dimuat. Periksa koneksi internet lalu coba lagi.',
    },
  },
  { en: () => import('./strings.en.js') },
);
