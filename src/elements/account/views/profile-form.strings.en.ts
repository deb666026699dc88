import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.profile.emailReadOnly': 'The email cannot be changed.',
  'account.profile.sexUnset': 'Not stated',
  'account.profile.newsletter': 'Send me news and offers by email',
  'account.profile.save': 'Save profile',
  'account.profile.saving': 'Saving…',
  'account.profile.saved': 'Profile saved.',
  'account.profile.noChanges': 'There are no changes to save.',
  'account.profile.nameRequired': 'The name is required.',
};

export default messages;
