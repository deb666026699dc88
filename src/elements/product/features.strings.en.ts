import type { MessageTable } from '../../i18n/localize.js';

/** English strings of the product features (options, thumbnails, bundles); loaded only in English. */
const messages: MessageTable = {
  'product.valueUnavailable': 'unavailable',
  'product.option': 'Variant',
  'product.gallery': 'Product images',
  'product.showImage': 'Show image {index} of {count}',
  'product.bundle': 'Bundle',
  'product.bundleContents': 'What is inside',
};

export default messages;
