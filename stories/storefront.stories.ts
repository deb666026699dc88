import { html, nothing } from 'lit';
import {
  DEMO_API_BASE,
  DEMO_ORDER_SLUGS,
  DEMO_STORE_ID,
  DEMO_STOREFRONT_KEY,
  createMockScalev,
  type MockOptions,
  type MockScalev,
} from '../src/mock/index.js';
import { cartStore } from '../src/state/cart.js';
import '../src/elements/storefront/define.js';
import type { ScalevStorefront } from '../src/elements/storefront/storefront.js';
import type { ScalevStore } from '../src/elements/store/scalev-store.js';
import { seedSignedIn, seedSignedOut } from './login.stories.js';
import { inMockStore } from './support/mock-store.js';

/*
 * The whole shop from one tag, against the in-browser mock API. The `route` control is written to
 * the story's URL exactly as a shared link would carry it (`#/produk/…`, or `?sv=/produk/…`), so
 * every story is also a deep-link check. Links inside the shop really navigate (back and forward
 * work inside the story frame).
 */

interface StorefrontArgs {
  route: string;
  routing: 'hash' | 'query';
  routeKey: string;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  hideHeader: boolean;
  storeName: string;
}

/** Puts the route into the frame's URL the way the storefront reads it, keeping Storybook's parameters. */
function showRoute(route: string, routing: StorefrontArgs['routing'], key: string): void {
  const url = new URL(location.href);
  url.searchParams.delete(key);
  url.searchParams.delete(`${key}-akun`);
  url.hash = '';
  let search = url.search;
  if (routing === 'query' && route && route !== '/') search = `${search ? `${search}&` : '?'}${key}=${route}`;
  const hash = routing === 'hash' && route ? `#${route}` : '';
  history.replaceState(history.state, '', `${url.pathname}${search}${hash}`);
}

const GAYO_VARIANT = 494535;
const TAMBI_VARIANT = 494543;

/** Fills the shop's cart once it is on screen, as a buyer who added two products would have. */
async function fillCart(canvasElement: HTMLElement): Promise<void> {
  const storefront = await waitFor(() => canvasElement.querySelector<ScalevStorefront>('scalev-storefront'));
  const inner = await waitFor(() => storefront.shadowRoot?.querySelector<ScalevStore>('scalev-store')?.storefront ?? null);
  const cart = cartStore(inner);
  if (cart.snapshot.itemCount > 0) return;
  await cart.add({ type: 'variant', variantId: GAYO_VARIANT, quantity: 2, display: { name: 'Kopi Arabika Gayo', options: ['Biji Utuh', '250 g'], unitPrice: 89000, productSlug: 'kopi-arabika-gayo' } });
  await cart.add({ type: 'variant', variantId: TAMBI_VARIANT, quantity: 1, display: { name: 'Teh Hijau Tambi', unitPrice: 32000, productSlug: 'teh-hijau-tambi' } });
}

async function waitFor<T>(find: () => T | null | undefined, timeout = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error('the storefront did not appear');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

function story(options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => void; signedIn?: boolean; route?: string; slots?: boolean } = {}) {
  return (args: StorefrontArgs) =>
    inMockStore(
      html`<scalev-storefront
        routing=${args.routing}
        route-key=${args.routeKey}
        locale=${args.locale}
        theme=${args.theme || nothing}
        ?hide-header=${args.hideHeader}
      >
        ${args.storeName ? html`<strong slot="name">${args.storeName}</strong>` : nothing}
        ${options.slots
          ? html`<div slot="header" style="padding:.5rem 1rem;background:#fef3c7;border-radius:6px">Gratis ongkir se-Jawa untuk belanja di atas Rp200.000</div>
              <div slot="home" style="padding:1.5rem;border-radius:10px;background:linear-gradient(90deg,#0b6e4f,#34d399);color:#fff">
                <strong style="font-size:1.5rem">Kopi Nusantara minggu ini</strong>
                <p style="margin:.25rem 0 0">Diskon 10% untuk semua biji kopi.</p>
              </div>
              <footer slot="footer" style="padding:1rem 0;color:#64748b">© Toko Nusantara · <a href="#faq">FAQ</a></footer>`
          : nothing}
      </scalev-storefront>`,
      {
        mockOptions: options.mockOptions,
        locale: args.locale,
        theme: args.theme,
        setup: (mock) => {
          if (options.signedIn) seedSignedIn(mock);
          else seedSignedOut();
          options.setup?.(mock);
          showRoute(options.route ?? args.route, args.routing, args.routeKey || 'sv');
        },
      },
    );
}

export default {
  title: 'Elements/Storefront',
  component: 'scalev-storefront',
  render: story(),
  args: {
    route: '/',
    routing: 'hash',
    routeKey: 'sv',
    locale: 'id',
    theme: '',
    hideHeader: false,
    storeName: 'Toko Nusantara',
  } satisfies StorefrontArgs,
  argTypes: {
    route: {
      control: 'text',
      description: 'Route as in a shared link: /, /produk/<slug>, /bundle/<slug>, /keranjang, /checkout, /pesanan/<secret_slug>, /masuk, /akun/…',
    },
    routing: { control: 'inline-radio', options: ['hash', 'query'], description: 'Where the route lives in the URL (path routing needs a server).' },
    routeKey: {
      control: 'text',
      name: 'route-key',
      description: 'Query parameter of the route in query routing. `base` (the shop\'s path for `routing="path"`) needs a server and is shown in the demo, not here.',
    },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    hideHeader: { control: 'boolean', description: 'hide-header: leave out the built-in header.' },
    storeName: { control: 'text', description: 'Content of the `name` slot.' },
  },
  parameters: { layout: 'fullscreen' },
};

export const Home = {};

/** A merchant banner above the header, a hero on the home route only, and a footer. */
export const WithMerchantSlots = { render: story({ slots: true }) };

export const Product = { args: { route: '/produk/kopi-arabika-gayo' } };

export const Bundle = { args: { route: '/bundle/paket-ngopi-nusantara' } };

/** The cart route with two lines (added when the story opens). */
export const Cart = { args: { route: '/keranjang' }, play: ({ canvasElement }: { canvasElement: HTMLElement }) => fillCart(canvasElement) };

export const EmptyCart = { args: { route: '/keranjang' } };

export const Checkout = { args: { route: '/checkout' }, play: ({ canvasElement }: { canvasElement: HTMLElement }) => fillCart(canvasElement) };

/** An order waiting for a bank transfer, as the checkout leaves the buyer after placing it. */
export const OrderAwaitingPayment = { args: { route: `/pesanan/${DEMO_ORDER_SLUGS.bankTransferPending}` } };

export const OrderPaidQris = { args: { route: `/pesanan/${DEMO_ORDER_SLUGS.qrisPaid}` } };

export const SignIn = { args: { route: '/masuk' } };

/** The account's own sub-routes live below `/akun` (here the order list). */
export const AccountOrders = { args: { route: '/akun/orders' }, render: story({ signedIn: true }) };

export const AccountSignedOut = { args: { route: '/akun' } };

export const NotFound = { args: { route: '/halaman-yang-tidak-ada' } };

/** The API never answers: the catalogue shows its skeleton inside the shop. */
export const Loading = { render: story({ mockOptions: { latencyMs: 100000 } }) };

/** The catalogue fails twice (500), then "Coba lagi" works. */
export const CatalogError = {
  render: story({ setup: (mock) => mock.faults.add({ path: '/public/items', method: 'GET', status: 500, times: 2 }) }),
};

/** A 429 with a plain-text body on the product. */
export const ProductRateLimited = {
  args: { route: '/produk/kopi-arabika-gayo' },
  render: story({
    setup: (mock) =>
      mock.faults.add({ path: '/public/products/kopi-arabika-gayo', status: 429, body: 'Too Many Requests', contentType: 'text/plain', times: 3 }),
  }),
};

/** Route kept in one query parameter (`?sv=/produk/…`) for pages whose hash belongs to someone else. */
export const QueryRouting = { args: { routing: 'query', route: '/produk/teh-hijau-tambi' } };

/** Query routing under its own key (`route-key="toko"`): the route is kept as `?toko=/produk/…`. */
export const QueryRoutingOwnKey = { args: { routing: 'query', routeKey: 'toko', route: '/produk/teh-hijau-tambi' } };

export const Dark = { args: { theme: 'dark' } };

export const English = { args: { locale: 'en', route: '/produk/kopi-arabika-gayo' } };

export const WithoutHeader = { args: { hideHeader: true } };

/** `store-id` and `storefront-key` on the storefront itself: no `<scalev-store>` needed. */
export const OwnStore = {
  render: (args: StorefrontArgs) => {
    const mock = createMockScalev();
    seedSignedOut();
    showRoute(args.route, args.routing, args.routeKey || 'sv');
    return html`<scalev-storefront
      store-id=${DEMO_STORE_ID}
      storefront-key=${DEMO_STOREFRONT_KEY}
      api-base=${DEMO_API_BASE}
      routing=${args.routing}
      route-key=${args.routeKey}
      locale=${args.locale}
      theme=${args.theme || nothing}
      .fetcher=${mock.fetch}
    ></scalev-storefront>`;
  },
};

/** A business key (`sk_…`) pasted by mistake: every part of the shop says so, nothing is sent. */
export const BusinessKeyByMistake = {
  render: () => html`<scalev-storefront store-id=${DEMO_STORE_ID} storefront-key="sk_live_jangan_dipasang"></scalev-storefront>`,
};
