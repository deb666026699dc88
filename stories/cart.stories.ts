import { html, type TemplateResult } from 'lit';
import { DEMO_API_BASE, DEMO_STORE_ID, type MockOptions, type MockScalev } from '../src/mock/index.js';
import type { LineDisplay } from '../src/state/line-display.js';
import '../src/elements/cart/define.js';
import { inMockStore } from './support/mock-store.js';

interface CartArgs {
  mode: 'drawer' | 'popover' | 'inline';
  checkoutUrl: string;
  open: boolean;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

/** Where the kit keeps this store's browser data (see `src/session/storage.ts`). */
const storageKey = (name: string) => `scalev:${new URL(DEMO_API_BASE).origin}|${DEMO_STORE_ID}:${name}`;

interface SeedLine {
  variantId?: number;
  bundleId?: number;
  quantity: number;
  /** What the catalog would have remembered; omit to see how lines it never showed look. */
  display?: LineDisplay;
}

const GAYO: SeedLine = {
  variantId: 494535,
  quantity: 2,
  display: {
    name: 'Kopi Arabika Gayo',
    options: ['Biji Utuh', '250 g'],
    unitPrice: 89000,
    productSlug: 'kopi-arabika-gayo',
    image: 'https://picsum.photos/seed/kopi-arabika-gayo-1/600/600',
    maxQuantity: 40,
  },
};
const TAMBI: SeedLine = {
  variantId: 494543,
  quantity: 1,
  display: {
    name: 'Teh Hijau Tambi Wonosobo',
    options: ['Tubruk 100 g'],
    unitPrice: 32000,
    productSlug: 'teh-hijau-tambi',
    image: 'https://picsum.photos/seed/teh-hijau-tambi-1/600/600',
    maxQuantity: null,
  },
};
const LUWAK: SeedLine = { variantId: 494542, quantity: 1 };
const BUNDLE: SeedLine = { bundleId: 31925, quantity: 1 };

/**
 * Gives the story a guest cart: the lines go into the mock API under a fresh guest token, the
 * token and the remembered display data into this browser's storage, as after a real visit.
 */
function seedCart(mock: MockScalev, lines: SeedLine[]): void {
  const token = crypto.randomUUID();
  mock.db.guestCarts.set(token, {
    id: mock.db.nextId('cart'),
    token,
    customerId: null,
    updatedAt: mock.db.now(),
    lines: lines.map((line) => ({
      id: mock.db.nextId('cartLine'),
      type: line.bundleId ? 'bundle_price_option' : 'variant',
      variantId: line.variantId ?? null,
      bundleId: line.bundleId ?? null,
      quantity: line.quantity,
    })),
  });
  localStorage.setItem(storageKey('guest-token'), token);
  const remembered = lines
    .filter((line) => line.display)
    .map((line) => [line.bundleId ? `bundle:${line.bundleId}` : `variant:${line.variantId}`, line.display]);
  localStorage.setItem(storageKey('cart-lines'), JSON.stringify(remembered));
  localStorage.removeItem(storageKey('cart'));
}

function noCart(): void {
  for (const name of ['guest-token', 'cart', 'cart-lines']) localStorage.removeItem(storageKey(name));
}

function story(
  options: { lines?: SeedLine[]; mockOptions?: MockOptions; setup?: (mock: MockScalev) => void; slots?: TemplateResult } = {},
) {
  return (args: CartArgs) =>
    inMockStore(
      html`<div style="display:flex;justify-content:flex-end;padding:1rem;min-height:${args.mode === 'inline' ? 'auto' : '70vh'}">
        <scalev-cart
          mode=${args.mode}
          checkout-url=${args.checkoutUrl}
          ?open=${args.open}
          locale=${args.locale}
          theme=${args.theme}
          style=${args.mode === 'inline' ? 'width:min(36rem,100%)' : ''}
          >${options.slots ?? ''}</scalev-cart
        >
      </div>`,
      {
        mockOptions: options.mockOptions,
        locale: args.locale,
        theme: args.theme,
        setup: (mock) => {
          if (options.lines) seedCart(mock, options.lines);
          else noCart();
          options.setup?.(mock);
        },
      },
    );
}

export default {
  title: 'Elements/Cart',
  component: 'scalev-cart',
  render: story({ lines: [GAYO, TAMBI] }),
  args: { mode: 'drawer', checkoutUrl: '', open: false, locale: 'id', theme: '' } satisfies CartArgs,
  argTypes: {
    mode: { control: 'inline-radio', options: ['drawer', 'popover', 'inline'], description: 'Button with drawer, button with popover, or the cart itself.' },
    checkoutUrl: { control: 'text', name: 'checkout-url', description: 'Where checkout goes; empty opens it in place.' },
    open: { control: 'boolean', description: 'Drawer or popover open.' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** The default: a count button in a header; the drawer opens on click (bottom sheet on phones). */
export const Drawer = {};

export const DrawerOpen = { args: { open: true } };

export const Popover = { args: { mode: 'popover', open: true } };

/** For a cart page. */
export const Inline = { args: { mode: 'inline' } };

/** No guest token yet: no request is made at all. The merchant's words fill the `empty` slot. */
export const Empty = {
  args: { mode: 'inline' },
  render: story({ slots: html`<p slot="empty">Keranjang masih kosong. Yuk, lihat kopi pilihan kami!</p>` }),
};

export const Loading = {
  args: { mode: 'inline' },
  render: story({ lines: [GAYO], mockOptions: { latencyMs: 100000 } }),
};

/** The cart could not be loaded; "Coba lagi" asks again (the fault is used up, so it works). */
export const LoadError = {
  args: { mode: 'inline' },
  render: story({
    lines: [GAYO],
    setup: (mock) => mock.faults.add({ method: 'GET', path: '/public/cart', status: 500, body: { message: 'Internal error' }, times: 2 }),
  }),
};

/** Every quantity change is refused: click + and watch it roll back with the message. */
export const RefusedChange = {
  args: { mode: 'inline' },
  render: story({
    lines: [GAYO, TAMBI],
    setup: (mock) =>
      mock.faults.add({
        method: 'PATCH',
        path: '/public/cart/items/*',
        status: 400,
        body: { error: 'Only 2 left in stock', error_code: 'insufficient_stock' },
        times: Infinity,
      }),
  }),
};

/** A 1 s API: changes show at once and are confirmed later; fast clicks become one request. */
export const SlowApi = {
  args: { mode: 'inline' },
  render: story({ lines: [GAYO, TAMBI], mockOptions: { latencyMs: 1000 } }),
};

/** Lines the catalog never showed here (another device): priced in one call, bundle read by slug, a neutral name otherwise. */
export const LinesFromElsewhere = {
  args: { mode: 'inline' },
  render: story({ lines: [LUWAK, BUNDLE] }),
};

/** Long names, markup in names, a broken image, a price the API sends as text. */
export const OddData = {
  args: { mode: 'inline' },
  render: story({
    lines: [
      {
        variantId: 494535,
        quantity: 3,
        display: {
          name: `<img src=x onerror=alert(1)> ${'Kopi Arabika Gayo Wine Process Panen Raya Edisi Terbatas '.repeat(2)}`,
          options: ['<b>Biji Utuh</b>', '250 g'],
          unitPrice: 89000,
          image: 'https://invalid.example/missing.jpg',
          maxQuantity: 3,
        },
      },
      { variantId: 494540, quantity: 1, display: { name: 'Kopi Gayo Bubuk Kasar 500 g', unitPrice: 165000, maxQuantity: 0 } },
    ],
  }),
};

/** A header button and a cart page on one page: one store, always in step, no extra requests. */
export const TwoCarts = {
  render: (args: CartArgs) =>
    inMockStore(
      html`<header style="display:flex;justify-content:flex-end;padding:0.5rem;border-bottom:1px solid #ddd">
          <scalev-cart locale=${args.locale} theme=${args.theme}></scalev-cart>
        </header>
        <main style="padding:1rem;max-width:36rem">
          <scalev-cart mode="inline" locale=${args.locale} theme=${args.theme}></scalev-cart>
        </main>`,
      { setup: (mock) => seedCart(mock, [GAYO, TAMBI]), locale: args.locale, theme: args.theme },
    ),
};

export const Dark = { args: { mode: 'inline', theme: 'dark' } };

export const English = { args: { mode: 'inline', locale: 'en' } };

export const WithCheckoutUrl = { args: { mode: 'inline', checkoutUrl: '/checkout' } };
