import { registerMessages } from '../../i18n/localize.js';

/* Strings of the password recovery steps, loaded with them. */
registerMessages({
  id: {
    'login.forgotTitle': 'Atur ulang kata sandi',
    'login.forgotIntro': 'Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.',
    'login.forgotSubmit': 'Kirim tautan',
    'login.forgotSent':
      'Jika {email} terdaftar, tautan untuk mengatur ulang kata sandi sudah dikirim. Periksa kotak masuk dan folder spam.',
    'login.backToLogin': 'Kembali ke halaman masuk',
    'login.resetTitle': 'Buat kata sandi baru',
    'login.resetSubmit': 'Simpan kata sandi',
    'login.resetDone': 'Kata sandi baru tersimpan. Silakan masuk dengan kata sandi baru.',
    'login.resetInvalid': 'Tautan ini tidak valid atau sudah kedaluwarsa. Minta tautan baru untuk mengatur ulang kata sandi.',
    'login.resetRequestNew': 'Minta tautan baru',
  },
  en: {
    'login.forgotTitle': 'Reset your password',
    'login.forgotIntro': "Enter your account's email. We will send a link to create a new password.",
    'login.forgotSubmit': 'Send link',
    'login.forgotSent':
      'If {email} has an account, a link to reset the password is on its way. Check your inbox and spam folder.',
    'login.backToLogin': 'Back to sign in',
    'login.resetTitle': 'Create a new password',
    'login.resetSubmit': 'Save password',
    'login.resetDone': 'Your new password is saved. Sign in with it now.',
    'login.resetInvalid': 'This link is invalid or has expired. Ask for a new link to reset your password.',
    'login.resetRequestNew': 'Ask for a new link',
  },
});
