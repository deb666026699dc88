import { registerMessages } from '../../i18n/localize.js';

/* Indonesian is the default; English loads the first time an element renders in it. */
registerMessages({
  id: {
    'login.title': 'Masuk',
    'login.email': 'Email',
    'login.password': 'Kata sandi',
    'login.submit': 'Masuk',
    'login.submitting': 'Sedang masuk…',
    'login.forgot': 'Lupa kata sandi?',
    'login.wrongCredentials': 'Email atau kata sandi salah. Periksa lalu coba lagi.',
    'login.invalidEmail': 'Masukkan alamat email yang valid.',
    'login.sessionRevoked': 'Sesi Anda berakhir. Silakan masuk kembali.',
    'login.sessionExpired': 'Sesi Anda sudah kedaluwarsa. Silakan masuk kembali.',
    'login.signedInAs': 'Masuk sebagai {name}',
    'login.signedIn': 'Anda sudah masuk.',
    'login.signOut': 'Keluar',
    'login.signingOut': 'Sedang keluar…',
    'login.account': 'Akun saya',
    'login.signedOut': 'Anda telah keluar.',
    'login.showPassword': 'Tampilkan kata sandi',
  },
}, { en: () => import('./strings.en.js') });
