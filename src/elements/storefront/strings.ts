import { registerMessages } from '../../i18n/localize.js';

/* Strings of the storefront shell; the composed elements bring their own. */
registerMessages({
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
  en: {
    'storefront.label': 'Shop',
    'storefront.name': 'Shop',
    'storefront.nav': 'Shop navigation',
    'storefront.products': 'Products',
    'storefront.account': 'Account',
    'storefront.allProducts': 'All products',
    'storefront.backToCart': 'Back to cart',
    'storefront.notFound': 'Page not found',
    'storefront.notFoundText': 'This page of the shop does not exist. The link may be mistyped or no longer valid.',
    'storefront.toHome': 'Go to the shop home',
    'storefront.loadFailed': 'This part of the shop could not be loaded. Check your internet connection and try again.',
  },
});
