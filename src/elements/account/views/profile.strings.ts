import { registerMessages } from '../../../i18n/localize.js';

registerMessages({
  id: {
    'account.profile.title': 'Profil',
    'account.profile.name': 'Nama',
    'account.profile.email': 'Email',
    'account.profile.phone': 'Nomor HP',
    'account.profile.dateOfBirth': 'Tanggal lahir',
    'account.profile.sex': 'Jenis kelamin',
    'account.profile.sex.male': 'Laki-laki',
    'account.profile.sex.female': 'Perempuan',
    'account.profile.newsletterLabel': 'Kabar & promo',
    'account.profile.newsletterOn': 'Menerima kabar dan promo lewat email',
    'account.profile.newsletterOff': 'Tidak menerima kabar dan promo',
    'account.profile.edit': 'Ubah profil',
    'account.profile.notSet': '—',
    'account.profile.generatedPassword': 'Kata sandi Anda dibuat otomatis. Buat kata sandi sendiri agar mudah diingat.',
    'account.profile.setPassword': 'Buat kata sandi',
  },
}, { en: () => import('./profile.strings.en.js') });
