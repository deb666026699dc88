import type { MessageTable } from '../../i18n/localize.js';

const messages: MessageTable = {
  'login.newPassword': 'New password',
  'login.confirmPassword': 'Repeat the new password',
  'login.passwordHint': 'At least {min} characters.',
  'login.passwordTooShort': 'The password needs at least {min} characters.',
  'login.passwordMismatch': 'The two passwords do not match.',
};

export default messages;
