import { registerMessages } from './localize.js';

/* The configuration-problem messages, in both languages: loaded only when a problem shows (`ensureConfigStrings`). */
registerMessages({
  id: {
    'config.title': 'Toko belum dapat dimuat',
    'config.missing-store-id': 'Atribut store-id pada <scalev-store> belum diisi.',
    'config.missing-storefront-key': 'Atribut storefront-key pada <scalev-store> belum diisi.',
    'config.business-key':
      'Kunci yang dipasang adalah business API key (sk_…). Jangan pernah memasangnya di halaman web: gunakan storefront public API key (sfpk_…).',
    'config.invalid-api-base': 'Atribut api-base bukan URL yang valid.',
    'config.no-store': 'Tidak ada <scalev-store> di halaman ini. Tambahkan satu dengan store-id dan storefront-key.',
    'config.store-not-found':
      'Scalev menjawab "Store not found". Periksa tiga hal: store-id dan storefront-key benar, paket bisnis memiliki akses Storefront API (Basic, Pro, atau Ultimate), dan alamat situs ini terdaftar sebagai allowed origin (termasuk port untuk localhost).',
  },
  en: {
    'config.title': 'The shop could not be loaded',
    'config.missing-store-id': 'The store-id attribute of <scalev-store> is empty.',
    'config.missing-storefront-key': 'The storefront-key attribute of <scalev-store> is empty.',
    'config.business-key':
      'The key is a business API key (sk_…). Never put it in a web page: use the publishable storefront key (sfpk_…).',
    'config.invalid-api-base': 'The api-base attribute is not a valid URL.',
    'config.no-store': 'There is no <scalev-store> on this page. Add one with store-id and storefront-key.',
    'config.store-not-found':
      'Scalev answered "Store not found". Check three things: the store-id and storefront-key are right, the business plan includes Storefront API access (Basic, Pro or Ultimate), and this site\'s origin is registered as an allowed origin (with the port for localhost).',
  },
});
