import type { MessageTable } from '../../i18n/localize.js';

/** English strings of option groups and thumbnails; loaded only in English. */
const messages: MessageTable = {
  'product.valueUnavailable': 'unavailable',
  'product.option': 'Variant',
  'product.gallery': 'Product images',
  'product.showImage': 'Show image {index} of {count}',
};

export default messages;
