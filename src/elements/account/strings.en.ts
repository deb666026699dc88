import type { MessageTable } from '../../i18n/localize.js';

const messages: MessageTable = {
  'account.label': 'My account',
  'account.greeting': 'Hello, {name}',
  'account.greetingAnonymous': 'My account',
  'account.signOut': 'Sign out',
  'account.nav.profile': 'Profile',
  'account.nav.password': 'Password',
  'account.nav.addresses': 'Addresses',
  'account.nav.orders': 'Orders',
  'account.nav.subscriptions': 'Subscriptions',
  'account.nav.courses': 'Courses',
  'account.notFound': 'This account page does not exist.',
  'account.toStart': 'Go to my account',
  'account.viewLoadFailed': 'This part of the account could not be loaded. Check the connection and try again.',
  'account.confirm': 'Yes, continue',
};

export default messages;
