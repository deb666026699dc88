import type { MessageTable } from '../../i18n/localize.js';

/** English strings of the transfer-proof section; loaded only when shown in English. */
const messages: MessageTable = {
  'order-status.proofTitle': 'Transfer proof',
  'order-status.proofSent': 'Transfer proof sent{time}. The seller will check your payment.',
  'order-status.proofView': 'View transfer proof',
  'order-status.proofChoose': 'Choose a photo of the transfer receipt',
  'order-status.proofHint': 'JPG, PNG or WebP, up to 10 MB.',
  'order-status.proofAccount': 'Account you transferred to',
  'order-status.proofSubmit': 'Send transfer proof',
  'order-status.proofResubmit': 'Send transfer proof again',
  'order-status.proofUploading': 'Uploading… {percent}%',
  'order-status.proofPreview': 'Transfer proof preview',
  'order-status.proofType': 'The file must be a JPG, PNG or WebP image.',
  'order-status.proofSize': 'The file may be at most 10 MB.',
  'order-status.proofEmpty': 'The file is empty. Choose another photo.',
  'order-status.proofDone': 'Transfer proof sent.',
  'order-status.proofFailed': 'The transfer proof could not be sent: {reason}',
};

export default messages;
