import { registerMessages } from '../../../i18n/localize.js';

registerMessages({
  id: {
    'account.profile.title': 'Profil',
    'account.profile.name': 'Nama',
    'account.profile.email': 'Email',
    'account.profile.emailReadOnly': 'Email tidak dapat diubah.',
    'account.profile.phone': 'Nomor HP',
    'account.profile.dateOfBirth': 'Tanggal lahir',
    'account.profile.sex': 'Jenis kelamin',
    'account.profile.sexUnset': 'Tidak disebutkan',
    'account.profile.sex.male': 'Laki-laki',
    'account.profile.sex.female': 'Perempuan',
    'account.profile.newsletterLabel': 'Kabar & promo',
    'account.profile.newsletter': 'Kirimi saya kabar dan promo lewat email',
    'account.profile.newsletterOn': 'Menerima kabar dan promo lewat email',
    'account.profile.newsletterOff': 'Tidak menerima kabar dan promo',
    'account.profile.edit': 'Ubah profil',
    'account.profile.save': 'Simpan profil',
    'account.profile.saving': 'Menyimpan…',
    'account.profile.saved': 'Profil tersimpan.',
    'account.profile.noChanges': 'Tidak ada perubahan untuk disimpan.',
    'account.profile.notSet': '—',
    'account.profile.generatedPassword': 'Kata sandi Anda dibuat otomatis. Buat kata sandi sendiri agar mudah diingat.',
    'account.profile.setPassword': 'Buat kata sandi',
    'account.profile.nameRequired': 'Nama wajib diisi.',
  },
}, { en: () => import('./profile.strings.en.js') });
