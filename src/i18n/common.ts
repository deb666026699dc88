import { registerMessages } from './localize.js';

/** Strings every element may need: errors, retry, configuration problems. English loads on demand. */
registerMessages(
  {
    id: {
      'common.retry': 'Coba lagi',
      'common.loading': 'Memuat…',
      'common.close': 'Tutup',
      'common.cancel': 'Batal',
      'common.save': 'Simpan',
      'common.remove': 'Hapus',
      'common.back': 'Kembali',
      'common.required': 'Wajib diisi',
      'error.network': 'Tidak dapat terhubung ke toko. Periksa koneksi internet Anda lalu coba lagi.',
      'error.timeout': 'Toko tidak menjawab tepat waktu. Coba lagi sebentar lagi.',
      'error.rateLimited': 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
      'error.rateLimitedSeconds': 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
      'error.server': 'Toko sedang mengalami gangguan. Coba lagi sebentar lagi.',
      'error.parse': 'Jawaban toko tidak dapat dibaca. Coba lagi.',
      'error.notFound': 'Data yang dicari tidak ditemukan.',
      'error.unauthorized': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
      'error.generic': 'Terjadi kesalahan. Coba lagi.',
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
  },
  { en: () => import('./common.en.js') },
);
