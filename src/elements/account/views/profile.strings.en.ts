import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.profile.title': 'Profile',
  'account.profile.name': 'Name',
  'account.profile.email': 'Email',
  'account.profile.emailReadOnly': 'The email cannot be changed.',
  'account.profile.phone': 'Mobile number',
  'account.profile.dateOfBirth': 'Date of birth',
  'account.profile.sex': 'Sex',
  'account.profile.sexUnset': 'Not stated',
  'account.profile.sex.male': 'Male',
  'account.profile.sex.female': 'Female',
  'account.profile.newsletterLabel': 'News & offers',
  'account.profile.newsletter': 'Send me news and offers by email',
  'account.profile.newsletterOn': 'Receives news and offers by email',
  'account.profile.newsletterOff': 'Does not receive news and offers',
  'account.profile.edit': 'Edit profile',
  'account.profile.save': 'Save profile',
  'account.profile.saving': 'Saving…',
  'account.profile.saved': 'Profile saved.',
  'account.profile.noChanges': 'There are no changes to save.',
  'account.profile.notSet': '—',
  'account.profile.generatedPassword': 'Your password was generated for you. Create your own so it is easy to remember.',
  'account.profile.setPassword': 'Create a password',
  'account.profile.nameRequired': 'The name is required.',
};

export default messages;
