import { registerMessages } from './localize.js';

/**
 * Strings every element may need: errors, retry. English loads on demand; the configuration-problem
 * messages load only when a problem shows (`ensureConfigStrings`).
 */
registerMessages(
  {
    id: {
      'common.retry': 'Coba lagi',
      'common.loading': 'Memuat…',
      'common.close': 'Tutup',
      'common.cancel': 'Batal',
      'common.required': 'Wajib diisi',
      'error.network': 'Tidak dapat terhubung ke toko. Periksa koneksi internet Anda lalu coba lagi.',
      'error.timeout': 'Toko tidak menjawab tepat waktu. Coba lagi sebentar lagi.',
      'error.rateLimited': 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
      'error.rateLimitedSeconds': 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
      'error.server': 'Toko sedang mengalami gangguan. Coba lagi sebentar lagi.',
      'error.parse': 'Jawaban toko tidak dapat dibaca. Coba lagi.',
      'error.unauthorized': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
      'error.generic': 'Terjadi kesalahan. Coba lagi.',
    },
  },
  { en: () => import('./common.en.js') },
);

let configStrings: Promise<void> | undefined;
let configStringsIn = false;

/**
 * Loads the `config.*` messages (both languages) that explain a configuration problem. Null once
 * they are in, so a render waits only the first time; a failed load leaves the keys showing.
 */
export function ensureConfigStrings(): Promise<void> | null {
  if (configStringsIn) return null;
  return (configStrings ??= import('./config.strings.js').then(
    () => {
      configStringsIn = true;
    },
    (error: unknown) => {
      configStringsIn = true;
      console.error('[scalev-elements] could not load strings', error);
    },
  ));
}
