import { registerMessages } from '../../i18n/localize.js';

/* Strings of the new-password forms (reset link, account password), loaded with them. */
registerMessages({
  id: {
    'login.newPassword': 'Kata sandi baru',
    'login.confirmPassword': 'Ulangi kata sandi baru',
    'login.passwordHint': 'Minimal {min} karakter.',
    'login.passwordTooShort': 'Kata sandi minimal {min} karakter.',
    'login.passwordMismatch': 'Kedua kata sandi tidak sama.',
  },
}, { en: () => import('./password.strings.en.js') });
