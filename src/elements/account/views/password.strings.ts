import { registerMessages } from '../../../i18n/localize.js';

registerMessages({
  id: {
    'account.password.title': 'Ubah kata sandi',
    'account.password.intro': 'Kata sandi baru berlaku untuk masuk berikutnya.',
    'account.password.save': 'Simpan kata sandi',
    'account.password.saving': 'Menyimpan…',
    'account.password.saved': 'Kata sandi baru tersimpan.',
    'account.password.show': 'Tampilkan kata sandi',
  },
}, { en: () => import('./password.strings.en.js') });
