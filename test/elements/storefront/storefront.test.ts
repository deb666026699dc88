import { expect, html } from '@open-wc/testing';
import { DEMO_ORDER_SLUGS, DEMO_API_BASE } from '../../../src/mock/index.js';
import '../../../src/elements/cart/define.js';
import { cartStore } from '../../../src/state/cart.js';
import { ScalevStorefront } from '../../../src/elements/storefront/storefront.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { addToCart, choose, fillGuestContact, fillGuestDelivery, placeButton, ready } from '../checkout/helpers.js';
import {
  START_URL,
  cleanUp,
  clickLink,
  historyEntriesAdded,
  historyStep,
  innerStore,
  mountStorefront,
  recordLoads,
  routeElement,
  setUrl,
  shows,
  textOf,
} from './helpers.js';

const GAYO = 'kopi-arabika-gayo';
const GAYO_VARIANT = 494535;

function cardLink(catalog: HTMLElement, slug: string): HTMLAnchorElement | null {
  return catalog.shadowRoot!.querySelector<HTMLAnchorElement>(`a.card__open[href$="/produk/${slug}"]`);
}

async function homeCatalog(el: ScalevStorefront): Promise<HTMLElement> {
  const catalog = await routeElement(el, 'scalev-catalog');
  await until(() => cardLink(catalog, GAYO), 'the catalogue shows its cards');
  return catalog;
}

async function productShows(el: ScalevStorefront, slug: string, name: string): Promise<HTMLElement> {
  await until(() => shadow(el).querySelector(`.main scalev-product[slug="${slug}"]`), `the product route for ${slug}`);
  const product = await routeElement(el, `scalev-product[slug="${slug}"]`);
  await until(() => textOf(product).includes(name), `${name} is shown`);
  return product;
}

/** Links the storefront must not take: records whether they stayed default, then keeps the test page where it is. */
function guardNavigation(): { prevented: boolean[]; stop: () => void } {
  const prevented: boolean[] = [];
  const listener = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { prevented, stop: () => document.removeEventListener('click', listener) };
}

describe('<scalev-storefront>', () => {
  beforeEach(() => setUrl(START_URL));
  afterEach(() => cleanUp());

  it('downloads only what the home route needs: the catalogue and the header cart', async () => {
    const loads = recordLoads();
    const { el } = await mountStorefront();
    await homeCatalog(el);
    expect([...new Set(loads)].sort()).to.deep.equal(['scalev-cart', 'scalev-catalog']);
    for (const tag of ['scalev-account', 'scalev-checkout', 'scalev-order-status', 'scalev-login']) {
      expect(customElements.get(tag), `${tag} is not loaded before its route`).to.equal(undefined);
    }
    el.navigate('/akun');
    await routeElement(el, 'scalev-account');
    expect(loads).to.include('scalev-account');
  });

  it('home: a catalogue whose cards link to the product route, and a header with name, account link and cart', async () => {
    const { el } = await mountStorefront({ children: html`<strong slot="name">Toko Nusantara</strong>` });
    const catalog = await homeCatalog(el);
    expect(cardLink(catalog, GAYO)!.getAttribute('href')).to.equal(`#/produk/${GAYO}`);
    expect(el.route).to.equal('/');
    const root = shadow(el);
    const brand = root.querySelector<HTMLAnchorElement>('[part="brand"]')!;
    expect(brand.querySelector<HTMLSlotElement>('slot[name="name"]')!.assignedElements()[0]!.textContent).to.equal('Toko Nusantara');
    expect(root.querySelector('[part~="account-link"]')!.getAttribute('href')).to.match(/#\/akun$/);
    expect(root.querySelector('[part="cart"]')!.localName).to.equal('scalev-cart');
    expect(root.querySelector('[part~="nav-link"][aria-current="page"]')!.textContent!.trim()).to.equal('Produk');
    await expect(el).to.be.accessible();
  });

  it('home: under the page\'s h1 the route has a second-level heading and the card names are third-level (no level skipped)', async () => {
    const { el, pageStore } = await mountStorefront({ extra: html`<h1>Toko Nusantara</h1>` });
    await homeCatalog(el);
    await expect(pageStore).to.be.accessible();
    expect(shadow(el).querySelector('.main h2')?.textContent?.trim()).to.equal('Semua produk');
  });

  it('opens a card in the page (no reload), and back and forward move between the routes', async () => {
    const { el } = await mountStorefront();
    const catalog = await homeCatalog(el);
    const marker = Symbol('same document');
    (window as unknown as Record<symbol, unknown>)[marker] = true;
    const before = historyEntriesAdded();
    const followed = clickLink(cardLink(catalog, GAYO)!);
    expect(followed, 'the storefront took the click').to.equal(false);
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    expect(location.hash).to.equal(`#/produk/${GAYO}`);
    expect(location.search).to.equal(new URL(START_URL, location.origin).search);
    expect(historyEntriesAdded()).to.equal(before + 1);
    expect((window as unknown as Record<symbol, unknown>)[marker]).to.equal(true);
    await expect(el).to.be.accessible();

    await historyStep('back', el);
    await routeElement(el, 'scalev-catalog');
    expect(el.route).to.equal('/');
    await historyStep('forward', el);
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    expect(el.route).to.equal(`/produk/${GAYO}`);
  });

  it('deep links survive a reload: every route shows from its URL', async () => {
    const cases: Array<[string, string, (element: HTMLElement) => void]> = [
      [`#/produk/${GAYO}`, 'scalev-product', (e) => expect(e.getAttribute('type')).to.equal('auto')],
      ['#/bundle/paket-ngopi-nusantara', 'scalev-product', (e) => expect(e.getAttribute('type')).to.equal('bundle')],
      ['#/keranjang', 'scalev-cart', (e) => expect(e.getAttribute('mode')).to.equal('inline')],
      ['#/checkout', 'scalev-checkout', () => undefined],
      [`#/pesanan/${DEMO_ORDER_SLUGS.bankTransferPending}`, 'scalev-order-status', (e) =>
        expect(e.getAttribute('secret-slug')).to.equal(DEMO_ORDER_SLUGS.bankTransferPending)],
      ['#/masuk', 'scalev-login', () => undefined],
      ['#/akun', 'scalev-account', (e) => {
        expect(e.getAttribute('routing')).to.equal('hash');
        expect(e.getAttribute('route-key')).to.equal('akun');
      }],
      ['#/akun/orders', 'scalev-account', () => undefined],
    ];
    for (const [hash, tag, check] of cases) {
      setUrl(`${START_URL}${hash}`);
      // Twice with the same URL: the first visit and a reload of the shared link.
      for (let visit = 0; visit < 2; visit++) {
        const { el } = await mountStorefront();
        const shown = await routeElement(el, tag);
        check(shown);
        expect(location.hash, 'the URL is kept as it came').to.equal(hash);
        el.parentElement!.remove();
      }
    }
  });

  it('a bundle route loads the bundle, and an order route loads the order', async () => {
    setUrl(`${START_URL}#/bundle/paket-ngopi-nusantara`);
    const { el, mock } = await mountStorefront();
    await productShows(el, 'paket-ngopi-nusantara', 'Paket Ngopi Nusantara');
    expect(requestsTo(mock, '/public/bundle-price-options/paket-ngopi-nusantara', 'GET').length).to.be.greaterThan(0);

    el.navigate(`/pesanan/${DEMO_ORDER_SLUGS.shipped}`);
    const status = await routeElement(el, 'scalev-order-status');
    await until(() => requestsTo(mock, `/public/orders/${DEMO_ORDER_SLUGS.shipped}`, 'GET').length > 0, 'the order is read');
    await until(() => status.shadowRoot!.querySelector('[part="header"]'), 'the order is shown');
    expect(location.hash).to.equal(`#/pesanan/${DEMO_ORDER_SLUGS.shipped}`);
  });

  it('leaves the host page its own anchors: #faq neither changes the route nor is taken by the storefront', async () => {
    setUrl(`${START_URL}#/keranjang`);
    const { el } = await mountStorefront({ children: html`<p slot="footer"><a id="faq-link" href="#faq">FAQ</a></p>` });
    await routeElement(el, 'scalev-cart');
    const anchor = el.querySelector<HTMLAnchorElement>('#faq-link')!;
    const hashChanged = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    const followed = clickLink(anchor);
    expect(followed, 'the browser follows a host anchor').to.equal(true);
    await hashChanged;
    expect(location.hash).to.equal('#faq');
    await el.updateComplete;
    expect(el.route).to.equal('/keranjang');
    expect(shows(el, 'scalev-cart')).to.equal(true);

    // Opening the page on a host anchor shows the home route and keeps the anchor.
    el.parentElement!.remove();
    const second = await mountStorefront();
    await routeElement(second.el, 'scalev-catalog');
    expect(location.hash).to.equal('#faq');
  });

  it('leaves links that are not its routes, new-tab clicks and target=_blank to the browser', async () => {
    const { el } = await mountStorefront({
      children: html`<nav slot="footer">
        <a id="other" href="/about">About</a>
        <a id="external" href="https://example.com/#/produk/x">Elsewhere</a>
        <a id="blank" href="#/keranjang" target="_blank">Cart in a tab</a>
        <a id="unknown" href="#/tidak-ada-rute">Unknown</a>
        <a id="mine" href="#/keranjang">Cart</a>
      </nav>`,
    });
    await homeCatalog(el);
    const guard = guardNavigation();
    try {
      for (const id of ['other', 'external', 'blank', 'unknown']) clickLink(el.querySelector<HTMLAnchorElement>(`#${id}`)!);
      const catalog = await routeElement(el, 'scalev-catalog');
      cardLink(catalog, GAYO)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      clickLink(el.querySelector<HTMLAnchorElement>('#mine')!);
      expect(guard.prevented).to.deep.equal([false, false, false, false, false, true]);
    } finally {
      guard.stop();
    }
    await routeElement(el, 'scalev-cart');
  });

  it('query routing: one parameter, the page path, other parameters and hash kept', async () => {
    setUrl(`${START_URL}&halaman=toko#atas`);
    const { el } = await mountStorefront({ routing: 'query' });
    const catalog = await homeCatalog(el);
    const href = cardLink(catalog, GAYO)!.getAttribute('href')!;
    expect(href).to.match(/^\/\?wtr-session-id=[^&]+&halaman=toko&sv=\/produk\/kopi-arabika-gayo$/);
    clickLink(cardLink(catalog, GAYO)!);
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    const url = new URL(location.href);
    expect(url.searchParams.get('sv')).to.equal(`/produk/${GAYO}`);
    expect(url.searchParams.get('halaman')).to.equal('toko');
    expect(url.searchParams.get('wtr-session-id')).to.equal(new URL(START_URL, location.origin).searchParams.get('wtr-session-id'));
    expect(url.hash).to.equal('#atas');

    el.navigate('/akun');
    const account = await routeElement(el, 'scalev-account');
    expect(account.getAttribute('routing')).to.equal('query');
    expect(account.getAttribute('route-key')).to.equal('sv-akun');
    await historyStep('back', el);
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    await historyStep('back', el);
    await routeElement(el, 'scalev-catalog');
    expect(new URL(location.href).searchParams.has('sv')).to.equal(false);

    // A shared query link opens on its route.
    el.parentElement!.remove();
    setUrl(`${START_URL}&sv=/keranjang`);
    const again = await mountStorefront({ routing: 'query' });
    await routeElement(again.el, 'scalev-cart');
    expect(again.el.route).to.equal('/keranjang');
  });

  it('path routing below base: real paths, deep links and back/forward', async () => {
    const session = new URL(START_URL, location.origin).search;
    setUrl(`/toko/produk/${GAYO}${session}`);
    const { el } = await mountStorefront({ routing: 'path', base: '/toko' });
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    el.navigate('/');
    const catalog = await homeCatalog(el);
    expect(location.pathname).to.equal('/toko/');
    expect(cardLink(catalog, 'kopi-toraja-sapan')!.getAttribute('href')).to.equal('/toko/produk/kopi-toraja-sapan');
    clickLink(cardLink(catalog, 'kopi-toraja-sapan')!);
    await productShows(el, 'kopi-toraja-sapan', 'Kopi Toraja Sapan');
    expect(location.pathname).to.equal('/toko/produk/kopi-toraja-sapan');
    el.navigate('/akun');
    const account = await routeElement(el, 'scalev-account');
    expect(account.getAttribute('routing')).to.equal('path');
    expect(account.getAttribute('base')).to.equal('/toko/akun');
    await historyStep('back', el);
    await productShows(el, 'kopi-toraja-sapan', 'Kopi Toraja Sapan');
    await historyStep('back', el);
    await routeElement(el, 'scalev-catalog');
    expect(location.pathname).to.equal('/toko/');
  });

  it('switching the routing attribute reads the route from the new place', async () => {
    setUrl(`${START_URL}&sv=/keranjang#/masuk`);
    const { el } = await mountStorefront();
    await routeElement(el, 'scalev-login');
    el.routing = 'query';
    await routeElement(el, 'scalev-cart');
    expect(el.route).to.equal('/keranjang');
  });

  it('shows an unknown route as not found, with a way home', async () => {
    setUrl(`${START_URL}#/tidak-ada/sama-sekali`);
    const { el } = await mountStorefront();
    await until(() => shadow(el).querySelector('[part="not-found"]'), 'not found');
    expect(el.matches(':state(not-found)')).to.equal(true);
    const home = shadow(el).querySelector<HTMLAnchorElement>('[part="not-found"] a')!;
    await expect(el).to.be.accessible();
    clickLink(home);
    await routeElement(el, 'scalev-catalog');
    expect(el.matches(':state(not-found)')).to.equal(false);
  });

  it('a route whose code cannot be downloaded shows an error, reports it, and its retry works', async () => {
    let failures = 1;
    const real = ScalevStorefront.elementLoader;
    ScalevStorefront.elementLoader = (tag) => {
      if (tag === 'scalev-catalog' && failures > 0) {
        failures--;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return real(tag);
    };
    const errors: Array<{ operation: string }> = [];
    document.addEventListener('scalev-error', (e) => errors.push(e.detail), { once: true });
    const { el } = await mountStorefront();
    await until(() => shadow(el).querySelector('[part="error"]'), 'the download error');
    expect(shadow(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el)).to.contain('gagal dimuat');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(errors.map((e) => e.operation)).to.deep.equal(['storefront.load-home']);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await homeCatalog(el);
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('shares the cart with the page; the drawer\'s checkout link opens the checkout route and closes the drawer', async () => {
    const { el } = await mountStorefront({ extra: html`<scalev-cart class="page-cart"></scalev-cart>` });
    await homeCatalog(el);
    const sf = innerStore(el)!.storefront!;
    await cartStore(sf).add({ type: 'variant', variantId: GAYO_VARIANT, quantity: 2, display: { name: 'Kopi Arabika Gayo', unitPrice: 89000 } });
    const headerCart = shadow(el).querySelector<HTMLElement & { open: boolean }>('[part="cart"]')!;
    const pageCart = document.querySelector<HTMLElement>('.page-cart')!;
    await until(() => headerCart.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim() === '2', 'the header badge counts 2');
    await until(() => pageCart.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim() === '2', 'the page cart shares the cart');

    headerCart.open = true;
    await until(() => headerCart.shadowRoot!.querySelector('a[part~="checkout-button"]'), 'the checkout link in the drawer');
    const checkoutLink = headerCart.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="checkout-button"]')!;
    expect(checkoutLink.getAttribute('href')).to.equal('#/checkout');
    clickLink(checkoutLink);
    await routeElement(el, 'scalev-checkout');
    expect(location.hash).to.equal('#/checkout');
    await until(() => !headerCart.open, 'the drawer closed');
  });

  it('sends the buyer from the checkout to the order route in the page; other URLs are left to the checkout', async () => {
    setUrl(`${START_URL}#/checkout`);
    const { el } = await mountStorefront();
    const checkout = await routeElement<HTMLElement & { navigate: (url: string) => void }>(el, 'scalev-checkout');
    const before = historyEntriesAdded();
    checkout.navigate(`#/pesanan/${DEMO_ORDER_SLUGS.cod}`);
    const status = await routeElement(el, 'scalev-order-status');
    expect(status.getAttribute('secret-slug')).to.equal(DEMO_ORDER_SLUGS.cod);
    expect(historyEntriesAdded()).to.equal(before + 1);
    expect(location.hash).to.equal(`#/pesanan/${DEMO_ORDER_SLUGS.cod}`);
  });

  it('a whole purchase in the shop: cart route → checkout link → order route, one history entry each', async function () {
    (this as { timeout(ms: number): void }).timeout(30000);
    const { el, mock } = await mountStorefront({ locale: 'en' });
    el.style.width = '900px';
    await homeCatalog(el);
    await addToCart(innerStore(el)!.storefront!, GAYO_VARIANT, 2, 'Kopi Arabika Gayo', mock);
    const start = historyEntriesAdded();
    clickLink(shadow(el).querySelector<HTMLAnchorElement>('[part~="account-link"]')!);
    el.navigate('/keranjang');
    const cart = await routeElement(el, 'scalev-cart');
    await until(() => cart.shadowRoot!.querySelector('a[part~="checkout-button"]'), 'the checkout link of the cart page');
    clickLink(cart.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="checkout-button"]')!);
    const checkout = await routeElement<ScalevCheckout>(el, 'scalev-checkout');
    expect(location.hash).to.equal('#/checkout');
    await ready(checkout);
    await fillGuestContact(checkout);
    await fillGuestDelivery(checkout);
    await choose(checkout, 'payment_method', 'bank_transfer');
    let created: { secret_slug: string } | null = null;
    el.addEventListener('scalev-order-created', (e) => (created = e.detail.order as { secret_slug: string }));
    await until(() => !placeButton(checkout).disabled, 'the order can be placed');
    placeButton(checkout).click();
    await until(() => created, 'the order is placed', 8000);
    const slug = (created as unknown as { secret_slug: string }).secret_slug;
    const status = await routeElement<HTMLElement & { order: unknown }>(el, 'scalev-order-status');
    expect(location.hash).to.equal(`#/pesanan/${slug}`);
    expect(status.getAttribute('secret-slug')).to.equal(slug);
    expect(status.order, 'the order from the checkout is shown as it is').to.equal(created);
    expect(historyEntriesAdded()).to.equal(start + 4);
    await until(() => status.shadowRoot!.querySelector('[part="payment-instructions"]'), 'payment instructions');

    // Back from the order goes to the checkout of an emptied cart, not to a second order.
    await historyStep('back', el);
    await routeElement(el, 'scalev-checkout');
    expect(requestsTo(mock, '/public/checkout', 'POST').filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
  });

  it("the checkout's sign-in link opens the sign-in route, and signing in there returns to the checkout", async function () {
    (this as { timeout(ms: number): void }).timeout(30000);
    setUrl(`${START_URL}#/checkout`);
    const { el, mock } = await mountStorefront({ locale: 'en' });
    await addToCart(innerStore(el)!.storefront!, GAYO_VARIANT, 1, 'Kopi Arabika Gayo', mock);
    const checkout = await routeElement<ScalevCheckout>(el, 'scalev-checkout');
    await until(() => checkout.shadowRoot!.querySelector('a[part~="sign-in-link"]'), 'the sign-in link of the guest checkout');
    const link = checkout.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="sign-in-link"]')!;
    expect(link.getAttribute('href')).to.match(/#\/masuk$/);
    clickLink(link);
    const login = await routeElement(el, 'scalev-login');
    await until(() => login.shadowRoot!.querySelector('input[name="email"]'), 'the sign-in form');
    const root = login.shadowRoot!;
    for (const [name, value] of [['email', 'budi@example.com'], ['password', 'rahasia123']] as const) {
      const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await routeElement(el, 'scalev-checkout');
    expect(location.hash).to.equal('#/checkout');
  });

  it('signing in on the sign-in route goes on to the account, replacing the sign-in entry', async () => {
    setUrl(`${START_URL}#/masuk`);
    const { el } = await mountStorefront();
    const login = await routeElement(el, 'scalev-login');
    await until(() => login.shadowRoot!.querySelector('input[name="email"]'), 'the sign-in form');
    const root = login.shadowRoot!;
    const type = (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    type('email', 'budi@example.com');
    type('password', 'rahasia123');
    const before = historyEntriesAdded();
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    const account = await routeElement(el, 'scalev-account');
    expect(location.hash).to.equal('#/akun');
    expect(historyEntriesAdded()).to.equal(before);
    await until(() => account.matches(':state(signed-in)'), 'the account shows the customer');

    // The account's own sub-routes live under the storefront's account route.
    await until(() => account.shadowRoot!.querySelector('a[part~="nav-link"][href$="/orders"]'), 'the orders link');
    const ordersLink = account.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="nav-link"][href$="/orders"]')!;
    expect(ordersLink.getAttribute('href')).to.match(/#\/akun\/orders$/);
    ordersLink.click();
    await until(() => location.hash === '#/akun/orders', 'the account moved to its orders');
    expect(el.route).to.equal('/akun/orders');
    expect(shows(el, 'scalev-account')).to.equal(true);

    // The header's account link brings the account back to its start, though the storefront's route did not change.
    clickLink(shadow(el).querySelector<HTMLAnchorElement>('[part~="account-link"]')!);
    expect(location.hash).to.equal('#/akun');
    await until(
      () => account.shadowRoot!.querySelector('a[part~="nav-link"][aria-current="page"]')?.getAttribute('href')?.endsWith('/profile'),
      'the account is back on its profile',
    );
  });

  it('on the page Scalev\'s reset emails open (/reset-password?token=…) shows the new-password form', async () => {
    const session = new URL(START_URL, location.origin).search;
    setUrl(`/reset-password${session}&token=reset-abc`);
    const { el } = await mountStorefront();
    const login = await routeElement(el, 'scalev-login');
    expect(el.route).to.equal('/reset-password');
    await until(() => login.matches(':state(reset)'), 'the reset form');
    await expect(el).to.be.accessible();
  });

  it('is its own store with store-id and storefront-key: requests go to that store, a business key is refused in words', async () => {
    const { el, mock, storeId } = await mountStorefront({ own: true, locale: 'en' });
    await homeCatalog(el);
    expect(requestsTo(mock, `/v3/stores/${storeId}/public/items`, 'GET').length).to.be.greaterThan(0);
    expect(textOf(shadow(el).querySelector('[part="header"]'))).to.contain('Products');
    expect(textOf(shadow(el).querySelector('[part="header"]'))).to.contain('Account');
    el.remove();

    const wrong = document.createElement('scalev-storefront');
    wrong.setAttribute('store-id', 'store_wrongkey');
    wrong.setAttribute('storefront-key', 'sk_live_secret');
    wrong.setAttribute('api-base', DEMO_API_BASE);
    document.body.append(wrong);
    try {
      const catalog = await routeElement(wrong, 'scalev-catalog');
      await until(() => catalog.shadowRoot!.querySelector('[part="problem"]'), 'the configuration problem is shown');
      expect(textOf(catalog)).to.contain('sk_');
    } finally {
      wrong.remove();
    }
  });

  it('without a store of its own or on the page, says so instead of showing nothing', async () => {
    const lonely = document.createElement('scalev-storefront');
    document.body.append(lonely);
    try {
      await until(() => lonely.shadowRoot?.querySelector('[part="problem"]'), 'the missing-store message');
      expect(textOf(lonely)).to.contain('scalev-store');
      await expect(lonely).to.be.accessible();
    } finally {
      lonely.remove();
    }
  });

  it('speaks the language of the nearest lang when no locale is set', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    try {
      const { el } = await mountStorefront({ locale: '' });
      wrapper.append(el.parentElement!);
      await el.updateComplete;
      await until(() => textOf(shadow(el).querySelector('[part="header"]')).includes('Products'), 'English header');
    } finally {
      wrapper.remove();
    }
  });

  it('a catalogue that fails to load shows the catalogue\'s error inside the shop, not a blank page', async () => {
    const { el } = await mountStorefront({ setup: (mock) => mock.faults.add({ path: '/public/items', status: 500, times: 1 }) });
    const catalog = await routeElement(el, 'scalev-catalog');
    await until(() => catalog.shadowRoot!.querySelector('[part~="error"]'), 'the catalogue error');
    expect(shadow(el).querySelector('[part="header"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('exports the parts of the elements it shows, prefixed, so a page can restyle them', async () => {
    const { el } = await mountStorefront();
    const catalog = await homeCatalog(el);
    const partsIn = (element: HTMLElement) =>
      new Set([...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
    /** Parts the element shows that its `exportparts` does not re-export with the prefix. */
    const unexported = (element: HTMLElement, prefix: string) => {
      const exported = (element.getAttribute('exportparts') ?? '').split(/,\s*/);
      return [...partsIn(element)].filter((part) => !exported.includes(`${part}: ${prefix}-${part}`));
    };
    await until(() => unexported(catalog, 'catalog').length === 0, 'every catalogue part exported');
    expect(partsIn(catalog).size).to.be.greaterThan(5);
    expect(catalog.getAttribute('exportparts')).to.contain('card: catalog-card');
    // A part drawn later (no search results) is exported when it appears.
    const search = catalog.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'tidak-ada-yang-cocok';
    search.dispatchEvent(new Event('input'));
    await until(() => catalog.getAttribute('exportparts')?.includes('no-results: catalog-no-results'), 'the no-results part exported');
    const headerCart = shadow(el).querySelector<HTMLElement>('.header-cart')!;
    await until(() => headerCart.getAttribute('exportparts')?.includes('badge: cart-badge'), 'the header cart parts exported');

    el.navigate(`/produk/${GAYO}`);
    const product = await productShows(el, GAYO, 'Kopi Arabika Gayo');
    await until(() => unexported(product, 'product').length === 0, 'every product part exported');
    expect(product.getAttribute('exportparts')).to.contain('add-button: product-add-button');

    // A page rule reaches a card through the storefront.
    const style = document.createElement('style');
    style.textContent = 'scalev-storefront::part(product-name) { letter-spacing: 7px; }';
    document.head.append(style);
    try {
      const name = product.shadowRoot!.querySelector<HTMLElement>('[part~="name"]')!;
      expect(getComputedStyle(name).letterSpacing).to.equal('7px');
    } finally {
      style.remove();
    }
  });

  it('hide-header leaves the header out; the header and footer slots show merchant content', async () => {
    const { el } = await mountStorefront({
      hideHeader: true,
      children: html`<div slot="header" id="banner">Gratis ongkir</div><div slot="footer" id="foot">Kontak</div>`,
    });
    await homeCatalog(el);
    expect(shadow(el).querySelector('[part="header"]')).to.equal(null);
    expect(shadow(el).querySelector<HTMLSlotElement>('slot[name="header"]')!.assignedElements()[0]!.id).to.equal('banner');
    expect(shadow(el).querySelector<HTMLSlotElement>('slot[name="footer"]')!.assignedElements()[0]!.id).to.equal('foot');
  });

  it('shows the home slot on the home route only', async () => {
    const { el } = await mountStorefront({ children: html`<p slot="home" id="hero">Promo</p>` });
    await homeCatalog(el);
    const holder = () => shadow(el).querySelector<HTMLElement>('.home-slot')!;
    expect(holder().hidden).to.equal(false);
    el.navigate('/keranjang');
    await routeElement(el, 'scalev-cart');
    expect(holder().hidden).to.equal(true);
  });

  it('moves focus to the new route after a navigation, not on the first load', async () => {
    const { el } = await mountStorefront();
    await homeCatalog(el);
    expect(shadow(el).activeElement).to.equal(null);
    el.navigate('/keranjang');
    await routeElement(el, 'scalev-cart');
    await until(() => shadow(el).activeElement?.classList.contains('main'), 'focus on the route');
  });

  it('back and forward move focus to the new route when the old one held it, not away from the host page', async () => {
    const { el } = await mountStorefront();
    await homeCatalog(el);
    el.navigate(`/produk/${GAYO}`);
    const product = await productShows(el, GAYO, 'Kopi Arabika Gayo');
    await until(() => product.shadowRoot!.querySelector('[part~="add-button"]'), 'add button');
    product.shadowRoot!.querySelector<HTMLElement>('[part~="add-button"]')!.focus();
    await historyStep('back', el);
    await homeCatalog(el);
    await until(() => shadow(el).activeElement?.classList.contains('main'), 'focus on the catalogue route, not lost to the page');

    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'page field');
    el.parentElement!.append(outside);
    outside.focus();
    await historyStep('forward', el);
    await productShows(el, GAYO, 'Kopi Arabika Gayo');
    await el.updateComplete;
    expect(document.activeElement, 'the host page keeps its focus').to.equal(outside);
  });
});
