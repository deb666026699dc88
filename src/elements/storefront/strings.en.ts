import type { MessageTable } from '../../i18n/localize.js';

/** English strings of the storefront shell, loaded the first time it speaks English. */
const strings: MessageTable = {
  'storefront.label': 'Shop',
  'storefront.name': 'Shop',
  'storefront.nav': 'Shop navigation',
  'storefront.products': 'Products',
  'storefront.account': 'Account',
  'storefront.allProducts': 'All products',
  'storefront.backToCart': 'Back to cart',
  'storefront.notFound': 'Page not found',
  'storefront.notFoundText': 'This page of the shop does not exist. The link may be mistyped or no longer valid.',
  'storefront.toHome': 'Go to the shop home',
  'storefront.loadFailed': 'This part of the shop could not be loaded. Check your internet connection and try again.',
};

export default strings;
