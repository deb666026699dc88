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
  en: {
    'login.otpTitle': 'Enter the verification code',
    'login.otpIntro': 'We sent a one-time code to {email}.',
    'login.otpLabel': 'Verification code',
    'login.otpHint': 'Codes expire after a few minutes; request a new one if needed.',
    'login.otpSubmit': 'Verify',
    'login.otpWrong': 'The code is wrong or has expired. Check the latest email or request a new code.',
    'login.otpEmpty': 'Enter the code from the email.',
    'login.otpResend': 'Send a new code',
    'login.otpResent': 'A new code was sent to {email}.',
    'login.otpBack': 'Use another email',
  },
});
