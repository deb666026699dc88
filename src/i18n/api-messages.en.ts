import type { MessageTable } from './localize.js';

/** English for the API's validation messages (`api-messages.ts`). */
const messages: MessageTable = {
  'api.required': 'Required.',
  'api.invalid': 'This value is not valid.',
  'api.format': 'The format is not valid.',
  'api.tooLong': 'Too long (at most {max} characters).',
  'api.tooShort': 'Too short (at least {min} characters).',
  'api.notFound': 'Not found. Check this field again.',
  'api.minimum': 'At least {min}.',
  'api.above': 'Must be more than {min}.',
  'api.maximum': 'At most {max}.',
  'api.below': 'Must be less than {max}.',
};

export default messages;
