import { registerMessages } from '../../../i18n/localize.js';

/* Strings of the profile's edit form, which loads when the customer chooses to edit. */
registerMessages({
  id: {
    'account.profile.emailReadOnly': 'Email tidak dapat diubah.',
    'account.profile.sexUnset': 'Tidak disebutkan',
    'account.profile.newsletter': 'Kirimi saya kabar dan promo lewat email',
    'account.profile.save': 'Simpan profil',
    'account.profile.saving': 'Menyimpan…',
    'account.profile.saved': 'Profil tersimpan.',
    'account.profile.noChanges': 'Tidak ada perubahan untuk disimpan.',
    'account.profile.nameRequired': 'Nama wajib diisi.',
  },
}, { en: () => import('./profile-form.strings.en.js') });
