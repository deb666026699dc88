import type { MessageTable } from './localize.js';

/** English strings shared by every element. */
const messages: MessageTable = {
    'common.retry': 'Try again',
    'common.loading': 'Loading…',
    'common.close': 'Close',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'common.remove': 'Remove',
    'common.back': 'Back',
    'common.required': 'Required',
    'error.network': 'Could not reach the store. Check your internet connection and try again.',
    'error.timeout': 'The store did not answer in time. Please try again in a moment.',
    'error.rateLimited': 'Too many requests. Wait a moment, then try again.',
    'error.rateLimitedSeconds': 'Too many requests. Try again in {seconds} seconds.',
    'error.server': 'The store is having trouble right now. Please try again in a moment.',
    'error.parse': 'The store sent an answer that could not be read. Please try again.',
    'error.notFound': 'What you were looking for was not found.',
    'error.unauthorized': 'Your session has ended. Please sign in again.',
    'error.generic': 'Something went wrong. Please try again.',
    'config.title': 'The shop could not be loaded',
    'config.missing-store-id': 'The store-id attribute of <scalev-store> is empty.',
    'config.missing-storefront-key': 'The storefront-key attribute of <scalev-store> is empty.',
    'config.business-key':
      'The key is a business API key (sk_…). Never put it in a web page: use the publishable storefront key (sfpk_…).',
    'config.invalid-api-base': 'The api-base attribute is not a valid URL.',
    'config.no-store': 'There is no <scalev-store> on this page. Add one with store-id and storefront-key.',
    'config.store-not-found':
      'Scalev answered "Store not found". Check three things: the store-id and storefront-key are right, the business plan includes Storefront API access (Basic, Pro or Ultimate), and this site\'s origin is registered as an allowed origin (with the port for localhost).',
};

export default messages;
