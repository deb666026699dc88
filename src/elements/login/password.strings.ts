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
  en: {
    'login.newPassword': 'New password',
    'login.confirmPassword': 'Repeat the new password',
    'login.passwordHint': 'At least {min} characters.',
    'login.passwordTooShort': 'The password needs at least {min} characters.',
    'login.passwordMismatch': 'The two passwords do not match.',
  },
});
