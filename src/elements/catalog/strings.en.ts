import type { MessageTable } from '../../i18n/localize.js';

/** Counts arrive formatted ("1,000"); only exactly one is singular. */
const productsEn = (n: unknown) => (String(n) === '1' ? 'product' : 'products');

/** English strings of `<scalev-catalog>`; loaded only when a catalogue renders in English. */
const messages: MessageTable = {
  'catalog.label': 'Product catalogue',
  'catalog.search': 'Search products',
  'catalog.searchPlaceholder': 'Search products…',
  'catalog.sort': 'Sort by',
  'catalog.sort.featured': 'Featured',
  'catalog.sort.newest': 'Newest',
  'catalog.sort.price-asc': 'Price: low to high',
  'catalog.sort.price-desc': 'Price: high to low',
  'catalog.sort.name': 'Name (A–Z)',
  'catalog.categories': 'Categories',
  'catalog.allCategories': 'All',
  'catalog.categoriesLoading': 'Loading categories…',
  'catalog.count': ({ shown, total }) => `${shown} of ${total} ${productsEn(total)}`,
  'catalog.countLoaded': ({ shown }) => `${shown} ${productsEn(shown)}`,
  'catalog.countMore': ({ shown }) => `${shown} ${productsEn(shown)} loaded`,
  'catalog.matches': ({ count }) => `${count} matching ${productsEn(count)}`,
  'catalog.loadMore': 'Load more',
  'catalog.loadingMore': 'Loading…',
  'catalog.loading': 'Loading products…',
  'catalog.empty': 'This shop has no products yet.',
  'catalog.emptyCategory': 'No products in this category yet.',
  'catalog.noMatchesQuery': 'No products match “{query}”.',
  'catalog.searchMore': 'Search covers only the products loaded so far.',
  'catalog.clearFilters': 'Clear search and filters',
  'catalog.outOfStock': 'Out of stock',
  'catalog.bundle': 'Bundle',
  'catalog.noPrice': 'Price not available yet',
  'catalog.add': 'Add',
  'catalog.addLabel': 'Add {name} to cart',
  'catalog.choose': 'Choose options',
  'catalog.chooseLabel': 'Choose options for {name}',
  'catalog.adding': 'Adding…',
  'catalog.added': 'Added to cart: {name}',
  'catalog.addFailed': 'Could not add {name}: {reason}',
};

export default messages;
