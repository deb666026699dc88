import type { MessageTable } from '../../i18n/localize.js';

/** English strings of bundles in a buy box; loaded only in English. */
const messages: MessageTable = {
  'product.bundle': 'Bundle',
  'product.bundleContents': 'What is inside',
};

export default messages;
