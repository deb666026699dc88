import { html } from 'lit';
import {
  DEMO_API_BASE,
  DEMO_STORE_ID,
  DEMO_STOREFRONT_KEY,
  createMockScalev,
  type MockOptions,
  type MockScalev,
} from '../src/mock/index.js';
import '../src/elements/store/define.js';
import '../src/elements/catalog/define.js';
import { inMockStore } from './support/mock-store.js';

/*
 * The demo shop "Toko Nusantara": 28 listed items (products with and without options, two
 * bundles, sold-out items) in seven categories. Open a card for the detail dialog; a card of a
 * product without options adds straight to the cart.
 */

interface CatalogArgs {
  category: string;
  pageSize: number;
  columns: number;
  sort: 'featured' | 'newest' | 'price-asc' | 'price-desc' | 'name';
  hideFilters: boolean;
  hideSearch: boolean;
  hideSort: boolean;
  infiniteScroll: boolean;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

function catalog(args: CatalogArgs) {
  return html`<scalev-catalog
    category=${args.category}
    page-size=${args.pageSize}
    columns=${args.columns}
    sort=${args.sort}
    ?hide-filters=${args.hideFilters}
    ?hide-search=${args.hideSearch}
    ?hide-sort=${args.hideSort}
    ?infinite-scroll=${args.infiniteScroll}
    locale=${args.locale}
    theme=${args.theme}
  ></scalev-catalog>`;
}

function story(options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => void } = {}) {
  return (args: CatalogArgs) =>
    inMockStore(catalog(args), { mockOptions: options.mockOptions, setup: options.setup, locale: args.locale, theme: args.theme });
}

export default {
  title: 'Elements/Catalog',
  component: 'scalev-catalog',
  render: story(),
  args: {
    category: '',
    pageSize: 24,
    columns: 4,
    sort: 'featured',
    hideFilters: false,
    hideSearch: false,
    hideSort: false,
    infiniteScroll: false,
    locale: 'id',
    theme: '',
  } satisfies CatalogArgs,
  argTypes: {
    category: { control: 'text', description: 'Pin one category: id (201) or full path (Fashion > Batik, or a parent such as Fashion).' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, name: 'page-size', description: 'Items per request (1–100).' },
    columns: { control: { type: 'range', min: 1, max: 6 }, description: 'Most columns on wide screens.' },
    sort: { control: 'select', options: ['featured', 'newest', 'price-asc', 'price-desc', 'name'] },
    hideFilters: { control: 'boolean', name: 'hide-filters' },
    hideSearch: { control: 'boolean', name: 'hide-search' },
    hideSort: { control: 'boolean', name: 'hide-sort' },
    infiniteScroll: { control: 'boolean', name: 'infinite-scroll', description: 'Load on scroll; the button stays as a fallback.' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** One page of the demo shop with every kind of card: options, single variant, bundle, sold out. */
export const Default = {};

/** The first page never arrives: skeleton cards with the real cards' geometry. */
export const Loading = { render: story({ mockOptions: { latencyMs: 100000 } }) };

/** A store without listed items. */
export const Empty = {
  render: story({
    setup: (mock) => {
      for (const entry of mock.db.catalog) entry.record.listed = false;
    },
  }),
};

/** The store keeps failing: the message and a retry. */
export const ServerError = {
  render: story({ setup: (mock) => mock.faults.add({ path: '/public/items', status: 500, times: Infinity }) }),
};

/** A plain-text 429 with a reset time: the wait is spelled out. */
export const RateLimited = {
  render: story({
    setup: (mock) =>
      mock.faults.add({
        path: '/public/items',
        status: 429,
        body: 'Too many requests',
        contentType: 'text/plain',
        headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 45) },
        times: Infinity,
      }),
  }),
};

/** Everything fits in one page: the total is known without asking for the count. */
export const OnePage = { args: { pageSize: 100 } };

/** 10 000 items, 50 per page: "load more" pages through, the count arrives after the first interaction. */
export const ManyPages = { args: { pageSize: 50 }, render: story({ mockOptions: { itemCount: 10000 } }) };

/** The same with infinite scroll (the button stays for keyboards and when scrolling is not possible). */
export const InfiniteScroll = { args: { pageSize: 12, infiniteScroll: true }, render: story({ mockOptions: { itemCount: 500 } }) };

/** Several items sold out: badge, dimmed image, a disabled button that says why. */
export const OutOfStock = {
  render: story({
    setup: (mock) => {
      for (const [id, variant] of mock.db.variants) if (id % 3 === 0) variant.stock = 0;
    },
  }),
};

/** Only the bundles: "Paket" badge, added to the cart straight from the card, contents in the detail. */
export const Bundles = {
  render: story({
    setup: (mock) => {
      for (const entry of mock.db.catalog) if (entry.kind === 'product') entry.record.listed = false;
    },
  }),
};

/** A category page: `category="Fashion"` keeps Batik and T-shirts and hides the category filter. */
export const PinnedCategory = { args: { category: 'Fashion', columns: 3 } };

/** Cards link to the merchant's product pages (`product-url` on the store) instead of a dialog. */
export const ProductPages = {
  render: (args: CatalogArgs) => {
    const mock = createMockScalev();
    return html`<scalev-store
      store-id=${DEMO_STORE_ID}
      storefront-key=${DEMO_STOREFRONT_KEY}
      api-base=${DEMO_API_BASE}
      product-url="/produk/{slug}?jenis={type}"
      locale=${args.locale}
      .fetcher=${mock.fetch}
      >${catalog(args)}</scalev-store
    >`;
  },
};

/** Hostile and odd data: markup in names and descriptions, text and number prices, no price, no image, 100-character names. */
export const BadData = {
  args: { pageSize: 100 },
  render: story({
    setup: (mock) => {
      mock.db.addProduct({
        name: '<img src=x onerror=alert(1)>Kopi <script>alert(2)</script>',
        slug: 'xss-nama',
        description: '<svg onload=alert(3)>',
        rich_description: '<p>Aman</p><img src=x onerror=alert(4)><a href="javascript:alert(5)">klik</a>',
        variants: [{ price: '15000.00' }],
      });
      mock.db.addProduct({ name: 'Tanpa Harga dan Gambar', slug: 'tanpa-harga', price_range: null, images: [], variants: [{ price: 'Rp 5.000' }] });
      mock.db.addProduct({
        name: 'Batik Tulis Lasem Motif Latohan Warna Merah Getih Pitik Dengan Isen-isen Halus Karya Pembatik Sepuh'.padEnd(100, '.'),
        slug: 'nama-panjang',
        variants: [{ price: 1250000 }],
      });
    },
  }),
};

/** English strings and number formats. */
export const English = { args: { locale: 'en' } };
