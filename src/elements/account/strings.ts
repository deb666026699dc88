import { registerMessages } from '../../i18n/localize.js';

/* Strings of the account shell; each sub-view registers its own (views/*.strings.ts) when it loads. */
registerMessages({
  id: {
    'account.label': 'Akun saya',
    'account.greeting': 'Halo, {name}',
    'account.greetingAnonymous': 'Akun saya',
    'account.signOut': 'Keluar',
    'account.nav.profile': 'Profil',
    'account.nav.password': 'Kata sandi',
    'account.nav.addresses': 'Alamat',
    'account.nav.orders': 'Pesanan',
    'account.nav.subscriptions': 'Langganan',
    'account.nav.courses': 'Kelas',
    'account.notFound': 'Halaman akun ini tidak ada.',
    'account.toStart': 'Ke halaman akun',
    'account.viewLoadFailed': 'Bagian akun ini gagal dimuat. Periksa koneksi lalu coba lagi.',
    'account.confirm': 'Ya, lanjutkan',
  },
}, { en: () => import('./strings.en.js') });
