import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.addresses.title': 'Saved addresses',
  'account.addresses.add': 'Add an address',
  'account.addresses.newTitle': 'New address',
  'account.addresses.editTitle': 'Edit address',
  'account.addresses.empty': 'You have no saved addresses yet.',
  'account.addresses.edit': 'Edit',
  'account.addresses.editLabel': 'Edit the address {name}',
  'account.addresses.delete': 'Delete',
  'account.addresses.deleteLabel': 'Delete the address {name}',
  'account.addresses.confirmDelete': 'Delete this address?',
  'account.addresses.confirmDeleteBody': '{name} will be removed from your addresses.',
  'account.addresses.deleted': 'Address deleted.',
  'account.addresses.saved': 'Address saved.',
  'account.addresses.save': 'Save address',
  'account.addresses.saving': 'Saving…',
  'account.addresses.loadMore': 'Load more',
  'account.addresses.back': 'Back to addresses',
  'account.addresses.notFound': 'This address was not found. It may have been deleted.',
  'account.addresses.name': "Recipient's name",
  'account.addresses.phone': "Recipient's mobile number",
  'account.addresses.email': 'Email',
  'account.addresses.address': 'Street address',
  'account.addresses.addressHint': 'Street, house number, neighbourhood, landmark.',
  'account.addresses.notes': 'Notes for the courier',
  'account.addresses.optional': '(optional)',
  'account.addresses.required': 'Required.',
  'account.addresses.pickerFailed': 'The location choices could not be loaded.',
  'account.addresses.untitled': 'Address',
};

export default messages;
