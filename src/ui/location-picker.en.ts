import type { MessageTable } from '../i18n/localize.js';

/** English strings; loaded only when an element renders in English. */
const messages: MessageTable = {
  'location.label': 'Destination district or city',
  'location.searchHint': 'Type at least 3 letters of a district, city or province.',
  'location.searching': 'Searching…',
  'location.noResults': 'No matching location. Check the spelling or choose from the list.',
  'location.results': '{count} locations found. Use the up and down arrows to choose.',
  'location.chosen': 'Chosen: {display}',
  'location.useCascade': 'Choose from the province list',
  'location.useSearch': 'Search for a location',
  'location.province': 'Province',
  'location.city': 'City or regency',
  'location.subdistrict': 'District',
  'location.choose': 'Choose…',
  'location.postalCode': 'Postal code',
  'location.postalLoading': 'Loading postal codes…',
  'location.postalInvalid': 'A postal code has 5 digits.',
  'location.required': 'Choose the destination.',
  'location.postalRequired': 'Choose the postal code.',
};

export default messages;
