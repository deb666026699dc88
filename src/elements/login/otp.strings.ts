import { registerMessages } from '../../i18n/localize.js';

/* Strings of the one-time-code step, loaded with it. */
registerMessages({
  id: {
    'login.otpTitle': 'Masukkan kode verifikasi',
    'login.otpIntro': 'Kami mengirim kode sekali pakai ke {email}.',
    'login.otpLabel': 'Kode verifikasi',
    'login.otpHint': 'Kode berlaku beberapa menit. Jika sudah kedaluwarsa, minta kode baru.',
    'login.otpSubmit': 'Verifikasi',
    'login.otpWrong': 'Kode salah atau sudah kedaluwarsa. Periksa email terbaru atau minta kode baru.',
    'login.otpEmpty': 'Masukkan kode dari email.',
    'login.otpResend': 'Kirim ulang kode',
    'login.otpResent': 'Kode baru telah dikirim ke {email}.',
    'login.otpBack': 'Gunakan email lain',
  },
}, { en: () => import('./otp.strings.en.js') });
