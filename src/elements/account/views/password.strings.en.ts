import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.password.title': 'Change password',
  'account.password.intro': 'The new password applies from your next sign-in.',
  'account.password.save': 'Save password',
  'account.password.saving': 'Saving…',
  'account.password.saved': 'Your new password is saved.',
  'account.password.show': 'Show password',
};

export default messages;
