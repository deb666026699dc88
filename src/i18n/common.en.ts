import type { MessageTable } from './localize.js';

/** English strings shared by every element. */
const messages: MessageTable = {
    'common.retry': 'Try again',
    'common.loading': 'Loading…',
    'common.close': 'Close',
    'common.cancel': 'Cancel',
    'common.required': 'Required',
    'error.network': 'Could not reach the store. Check your internet connection and try again.',
    'error.timeout': 'The store did not answer in time. Please try again in a moment.',
    'error.rateLimited': 'Too many requests. Wait a moment, then try again.',
    'error.rateLimitedSeconds': 'Too many requests. Try again in {seconds} seconds.',
    'error.server': 'The store is having trouble right now. Please try again in a moment.',
    'error.parse': 'The store sent an answer that could not be read. Please try again.',
    'error.unauthorized': 'Your session has ended. Please sign in again.',
    'error.generic': 'Something went wrong. Please try again.',
};

export default messages;
