import type { MessageTable } from '../../i18n/localize.js';

/** English strings of the not-found message; loaded only in English. */
const messages: MessageTable = {
  'product.notFound': 'Product not found.',
  'product.notFoundHint': 'It may no longer be for sale, or the address is wrong.',
};

export default messages;
