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
}, { en: () => import('./recovery.strings.en.js') });
