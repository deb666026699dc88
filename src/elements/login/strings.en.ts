import type { MessageTable } from '../../i18n/localize.js';

const messages: MessageTable = {
  'login.title': 'Sign in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.forgot': 'Forgot password?',
  'login.wrongCredentials': 'The email or password is wrong. Check them and try again.',
  'login.invalidEmail': 'Enter a valid email address.',
  'login.sessionRevoked': 'Your session ended. Please sign in again.',
  'login.sessionExpired': 'Your session expired. Please sign in again.',
  'login.signedInAs': 'Signed in as {name}',
  'login.signedIn': 'You are signed in.',
  'login.signOut': 'Sign out',
  'login.signingOut': 'Signing out…',
  'login.account': 'My account',
  'login.signedOut': 'You have signed out.',
  'login.showPassword': 'Show password',
};

export default messages;
