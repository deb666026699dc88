import { html, type TemplateResult } from 'lit';
import { DEMO_API_BASE, DEMO_CUSTOMER, DEMO_PREFILL_TOKEN, DEMO_STORE_ID, type MockOptions, type MockScalev } from '../src/mock/index.js';
import '../src/elements/checkout/define.js';
import { inMockStore } from './support/mock-store.js';

interface CheckoutArgs {
  items: string;
  afterOrder: 'status' | 'redirect';
  hideNotes: boolean;
  hideDiscount: boolean;
  width: 'phone' | 'desktop';
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

const storageKey = (name: string) => `scalev:${new URL(DEMO_API_BASE).origin}|${DEMO_STORE_ID}:${name}`;

const PHYSICAL = JSON.stringify([
  { type: 'variant', variant_id: 494535, quantity: 2, name: 'Kopi Arabika Gayo 250 g', price: 89000 },
  { type: 'variant', variant_id: 494545, quantity: 1, name: 'Teh Hijau Tambi 100 g', price: 32000 },
]);
const DIGITAL = JSON.stringify([{ type: 'variant', variant_id: 494602, quantity: 1, name: 'E-book: Resep Warisan Nusantara', price: 49000 }]);

/** A fresh page: no earlier form, no placed order, no guest cart, signed out. */
function freshPage(): void {
  sessionStorage.clear();
  for (const name of ['guest-token', 'cart', 'cart-lines', 'customer-session']) localStorage.removeItem(storageKey(name));
}

/** A guest cart with two lines, as after shopping in the catalog. */
function seedCart(mock: MockScalev): void {
  const token = crypto.randomUUID();
  mock.db.guestCarts.set(token, {
    id: mock.db.nextId('cart'),
    token,
    customerId: null,
    updatedAt: mock.db.now(),
    lines: [
      { id: mock.db.nextId('cartLine'), type: 'variant', variantId: 494535, bundleId: null, quantity: 2 },
      { id: mock.db.nextId('cartLine'), type: 'bundle_price_option', variantId: null, bundleId: 31925, quantity: 1 },
    ],
  });
  localStorage.setItem(storageKey('guest-token'), token);
}

function story(
  options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => void; cart?: boolean; slots?: TemplateResult; before?: () => void } = {},
) {
  return (args: CheckoutArgs) => {
    freshPage();
    options.before?.();
    return inMockStore(
      html`<div style="max-width:${args.width === 'phone' ? '380px' : '1100px'};margin:auto;padding:1rem">
        <scalev-checkout
          items=${options.cart ? '' : args.items}
          after-order=${args.afterOrder}
          ?hide-notes=${args.hideNotes}
          ?hide-discount=${args.hideDiscount}
          locale=${args.locale}
          theme=${args.theme}
          >${options.slots ?? ''}</scalev-checkout
        >
      </div>`,
      {
        mockOptions: options.mockOptions,
        locale: args.locale,
        theme: args.theme,
        setup: (mock) => {
          if (options.cart) seedCart(mock);
          options.setup?.(mock);
        },
      },
    );
  };
}

export default {
  title: 'Elements/Checkout',
  component: 'scalev-checkout',
  render: story(),
  args: { items: PHYSICAL, afterOrder: 'status', hideNotes: false, hideDiscount: false, width: 'desktop', locale: 'id', theme: '' } satisfies CheckoutArgs,
  argTypes: {
    items: { control: 'text', description: 'JSON of direct items; empty = the cart.' },
    afterOrder: { control: 'inline-radio', options: ['status', 'redirect'], name: 'after-order', description: 'Show the status in place, or open redirect_url.' },
    hideNotes: { control: 'boolean', name: 'hide-notes' },
    hideDiscount: { control: 'boolean', name: 'hide-discount' },
    width: { control: 'inline-radio', options: ['phone', 'desktop'], description: 'Steps on a phone, one page on desktop.' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** Direct items, one page on desktop. Try a Jakarta or Bali destination, COD, and the code HEMAT10. */
export const Guest = {};

/** The same checkout in a phone-sized column: one step at a time. */
export const PhoneSteps = { args: { width: 'phone' } };

/** Ordering the guest cart (no `items`). */
export const GuestCart = { render: story({ cart: true }) };

/** Digital products: no address, no courier. */
export const DigitalOnly = { args: { items: DIGITAL } };

/** Signed in as the demo customer: saved addresses, method codes labelled by the kit. */
export const SignedInCustomer = {
  render: story({
    before: () => {
      // Signs the demo customer in once the story's store exists; the checkout follows the sign-in.
      const started = Date.now();
      const tryLogin = () => {
        const store = document.querySelector('scalev-store') as (HTMLElement & { storefront?: { customer: { login(e: string, p: string): Promise<unknown> } } }) | null;
        if (store?.storefront) void store.storefront.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
        else if (Date.now() - started < 5000) setTimeout(tryLogin, 50);
      };
      setTimeout(tryLogin, 0);
    },
  }),
};

export const Loading = { render: story({ mockOptions: { latencyMs: 100000 } }) };

/** Nothing to order; the merchant's words fill the `empty` slot. */
export const Empty = { render: story({ cart: true, setup: (mock) => mock.db.guestCarts.clear(), slots: html`<p slot="empty">Keranjang kosong. Lihat produk kami dulu, yuk!</p>` }) };

/** Preparing failed (payment methods 500); "Coba lagi" works. */
export const PrepareError = {
  render: story({ setup: (mock) => mock.faults.add({ method: 'GET', path: '/public/payment-methods', status: 500, times: 1 }) }),
};

/** Placing the order gets no answer: the buyer is warned the order may exist and may resend by hand. */
export const UncertainOrder = {
  render: story({ setup: (mock) => mock.faults.add({ method: 'POST', path: '/public/checkout', kind: 'offline', times: 1 }) }),
};

/** The API refuses the email at order time: the message lands on the field. */
export const FieldErrorFromApi = {
  render: story({
    setup: (mock) =>
      mock.faults.add({ method: 'POST', path: '/public/checkout', status: 422, body: { message: 'Validation failed', errors: { customer_email: ['sudah diblokir toko'] } }, times: 1 }),
  }),
};

/** Rate limited on place order (plain-text 429). */
export const RateLimited = {
  render: story({
    setup: (mock) =>
      mock.faults.add({ method: 'POST', path: '/public/checkout', status: 429, body: 'Too many requests', contentType: 'text/plain', headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 20) }, times: 1 }),
  }),
};

/** A recovery link (`?checkout_intent_prefill_token=cip_…`): the saved form comes back, unavailable items are named. */
export const RecoveredCheckout = {
  args: { items: '' },
  render: story({
    before: () => history.replaceState(history.state, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}checkout_intent_prefill_token=${DEMO_PREFILL_TOKEN}`),
  }),
};

/** Hostile and odd catalogue data: markup in names, long names, a text price. */
export const OddData = {
  args: {
    items: JSON.stringify([{ variant_id: 494535, quantity: 1, name: `<img src=x onerror=alert(1)> ${'Kopi Gayo Panen Raya Edisi Terbatas '.repeat(3)}`, price: '89000.00' }]),
  },
  render: story({ setup: (mock) => (mock.db.store.otherCharge.name = '<b>Biaya</b> Penanganan') }),
};
