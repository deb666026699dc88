import type { MessageTable } from '../../i18n/localize.js';

const messages: MessageTable = {
  'login.otpTitle': 'Enter the verification code',
  'login.otpIntro': 'We sent a one-time code to {email}.',
  'login.otpLabel': 'Verification code',
  'login.otpHint': 'Codes expire after a few minutes; request a new one if needed.',
  'login.otpSubmit': 'Verify',
  'login.otpWrong': 'The code is wrong or has expired. Check the latest email or request a new code.',
  'login.otpEmpty': 'Enter the code from the email.',
  'login.otpResend': 'Send a new code',
  'login.otpResent': 'A new code was sent to {email}.',
  'login.otpBack': 'Use another email',
};

export default messages;
