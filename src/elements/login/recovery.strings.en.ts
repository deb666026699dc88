import type { MessageTable } from '../../i18n/localize.js';

const messages: MessageTable = {
  'login.forgotTitle': 'Reset your password',
  'login.forgotIntro': "Enter your account's email. We will send a link to create a new password.",
  'login.forgotSubmit': 'Send link',
  'login.forgotSent':
    'If {email} has an account, a link to reset the password is on its way. Check your inbox and spam folder.',
  'login.backToLogin': 'Back to sign in',
  'login.resetTitle': 'Create a new password',
  'login.resetSubmit': 'Save password',
  'login.resetDone': 'Your new password is saved. Sign in with it now.',
  'login.resetInvalid': 'This link is invalid or has expired. Ask for a new link to reset your password.',
  'login.resetRequestNew': 'Ask for a new link',
};

export default messages;
