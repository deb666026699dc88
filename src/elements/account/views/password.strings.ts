import { registerMessages } from '../../../i18n/localize.js';

registerMessages({
  id: {
    'account.password.title': 'Ubah kata sandi',
    'account.password.intro': 'Kata sandi baru berlaku untuk masuk berikutnya.',
    'account.password.save': 'Simpan kata sandi',
    'account.password.saving': 'Menyimpan…',
    'account.password.saved': 'Kata sandi baru tersimpan.',
  },
  en: {
    'account.password.title': 'Change password',
    'account.password.intro': 'The new password applies from your next sign-in.',
    'account.password.save': 'Save password',
    'account.password.saving': 'Saving…',
    'account.password.saved': 'Your new password is saved.',
  },
});
