import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.profile.title': 'Profile',
  'account.profile.name': 'Name',
  'account.profile.email': 'Email',
  'account.profile.phone': 'Mobile number',
  'account.profile.dateOfBirth': 'Date of birth',
  'account.profile.sex': 'Sex',
  'account.profile.sex.male': 'Male',
  'account.profile.sex.female': 'Female',
  'account.profile.newsletterLabel': 'News & offers',
  'account.profile.newsletterOn': 'Receives news and offers by email',
  'account.profile.newsletterOff': 'Does not receive news and offers',
  'account.profile.edit': 'Edit profile',
  'account.profile.notSet': '—',
  'account.profile.generatedPassword': 'Your password was generated for you. Create your own so it is easy to remember.',
  'account.profile.setPassword': 'Create a password',
};

export default messages;
