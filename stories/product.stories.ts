import { html } from 'lit';
import type { MockOptions, MockScalev } from '../src/mock/index.js';
import '../src/elements/product/define.js';
import { inMockStore } from './support/mock-store.js';

/*
 * A buy box for any page: `<scalev-product slug="…">`. Seeded products worth trying:
 * kopi-arabika-gayo (two options, one combination sold out), kaos-katun-nusantara (three options,
 * one colour not made in S), kopi-toraja-sapan (no options), madu-hutan-sumbawa (sold out),
 * paket-ngopi-nusantara (a bundle).
 */

interface ProductArgs {
  slug: string;
  type: 'auto' | 'product' | 'bundle';
  hideDescription: boolean;
  hideGallery: boolean;
  hideQuantity: boolean;
  headingLevel: number;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

function story(options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => void } = {}) {
  return (args: ProductArgs) =>
    inMockStore(
      html`<div style="max-width:56rem;margin:auto">
        <scalev-product
          slug=${args.slug}
          type=${args.type}
          ?hide-description=${args.hideDescription}
          ?hide-gallery=${args.hideGallery}
          ?hide-quantity=${args.hideQuantity}
          heading-level=${args.headingLevel}
          locale=${args.locale}
          theme=${args.theme}
        ></scalev-product>
      </div>`,
      { mockOptions: options.mockOptions, setup: options.setup, locale: args.locale, theme: args.theme },
    );
}

export default {
  title: 'Elements/Product',
  component: 'scalev-product',
  render: story(),
  args: {
    slug: 'kopi-arabika-gayo',
    type: 'auto',
    hideDescription: false,
    hideGallery: false,
    hideQuantity: false,
    headingLevel: 2,
    locale: 'id',
    theme: '',
  } satisfies ProductArgs,
  argTypes: {
    slug: { control: 'text', description: 'Product (or bundle) slug.' },
    type: { control: 'inline-radio', options: ['auto', 'product', 'bundle'], description: '`auto` tries a bundle when no product has the slug.' },
    hideDescription: { control: 'boolean', name: 'hide-description' },
    hideGallery: { control: 'boolean', name: 'hide-gallery' },
    hideQuantity: { control: 'boolean', name: 'hide-quantity' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, name: 'heading-level' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** Two options; "Bubuk Kasar / 500 g" is sold out, so that value is disabled once "Bubuk Kasar" is chosen. */
export const WithOptions = {};

/** Three options; Hijau Army is not made in S and two combinations are sold out. */
export const ThreeOptions = { args: { slug: 'kaos-katun-nusantara' } };

/** One variant: no option groups. */
export const SingleVariant = { args: { slug: 'kopi-toraja-sapan' } };

/** Only three left: the stock line says so and the quantity stops at 3. */
export const LowStock = {
  args: { slug: 'kopi-toraja-sapan' },
  render: story({ setup: (mock) => mock.db.setStock(494541, 3) }),
};

/** Every variant sold out: the button is disabled and says why. */
export const SoldOut = { args: { slug: 'madu-hutan-sumbawa' } };

/** A bundle price option: price, what is inside, added as `bundle_price_option`. */
export const Bundle = { args: { slug: 'paket-ngopi-nusantara', type: 'bundle' } };

/** The detail never arrives. */
export const Loading = { render: story({ mockOptions: { latencyMs: 100000 } }) };

/** No product or bundle has this slug. */
export const NotFound = { args: { slug: 'tidak-ada' } };

/** The store fails: the message and a retry. */
export const ServerError = {
  render: story({ setup: (mock) => mock.faults.add({ path: '/public/products/*', status: 500, times: Infinity }) }),
};

/** Adding fails (the cart refuses): the reason appears and the cart is rolled back. */
export const AddFails = {
  args: { slug: 'kopi-toraja-sapan' },
  render: story({
    setup: (mock) =>
      mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 400, body: { message: 'Stok tidak mencukupi' }, times: Infinity }),
  }),
};

/** Hostile and odd data: markup in the name, options and description; a text price; no images; a 100-character name. */
export const BadData = {
  args: { slug: 'data-aneh' },
  render: story({
    setup: (mock) =>
      mock.db.addProduct({
        name: '<img src=x onerror=alert(1)>Kain Tenun Ikat Sumba Timur Motif Kuda dan Burung Kakatua Warna Alam'.padEnd(100, '.'),
        slug: 'data-aneh',
        price_range: null,
        images: [],
        option1_name: '<b>Ukuran</b>',
        rich_description: '<p>Aman</p><img src=x onerror=alert(2)><script>alert(3)</script><iframe src="javascript:alert(4)"></iframe>',
        variants: [
          { option1_value: '<script>alert(5)</script>Kecil', price: '125000.50' },
          { option1_value: 'Besar', price: 250000 },
        ],
      }),
  }),
};

/** English strings and number formats. */
export const English = { args: { locale: 'en' } };

/**
 * `modal`: the buy box as a dialog, opened with `show()` (the catalogue's detail view). Focus stays
 * inside; Escape or the close button closes it and focus returns to the button that opened it.
 */
export const Modal = {
  render: (args: ProductArgs) =>
    inMockStore(
      html`<button
          type="button"
          @click=${(event: Event) =>
            ((event.currentTarget as HTMLElement).nextElementSibling as HTMLElement & { show(): Promise<void> }).show()}
        >
          Lihat produk
        </button>
        <scalev-product modal slug=${args.slug} locale=${args.locale} theme=${args.theme}></scalev-product>`,
      { locale: args.locale, theme: args.theme },
    ),
};
