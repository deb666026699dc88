import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Routes, type RouteConfig, type URLPatternRouteConfig } from '@lit-labs/router';
import type { ConfigProblem, UrlKind } from '../../context/storefront.js';
import { DEFAULT_API_BASE } from '../../context/create-storefront.js';
import type { StorefrontPublicOrder } from '../../api/types.js';
import type { MessageOverrides } from '../../i18n/localize.js';
import { renderError } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { ScalevElement } from '../base/scalev-element.js';
import { exportInnerParts } from './parts.js';
import {
  ROUTE_TABLE,
  StorefrontLocation,
  normalizeBase,
  normalizeRoute,
  routePattern,
  type StorefrontRouteName,
  type StorefrontRouting,
} from './storefront-location.js';
import { storefrontStyles } from './storefront.styles.js';
import './strings.js';

export type { StorefrontRouteName, StorefrontRouting } from './storefront-location.js';

type ElementLoader = (tag: string) => Promise<unknown>;

/** Each composed element's code loads the first time its route is shown. */
const ELEMENT_MODULES: Record<string, () => Promise<unknown>> = {
  'scalev-catalog': () => import('../catalog/define.js'),
  'scalev-product': () => import('../product/define.js'),
  'scalev-cart': () => import('../cart/define.js'),
  'scalev-checkout': () => import('../checkout/define.js'),
  'scalev-order-status': () => import('../order-status/define.js'),
  'scalev-login': () => import('../login/define.js'),
  'scalev-account': () => import('../account/define.js'),
};

const ROUTE_ELEMENT: Record<StorefrontRouteName, string> = {
  home: 'scalev-catalog',
  product: 'scalev-product',
  bundle: 'scalev-product',
  cart: 'scalev-cart',
  checkout: 'scalev-checkout',
  order: 'scalev-order-status',
  login: 'scalev-login',
  account: 'scalev-account',
  'reset-password': 'scalev-login',
};

type RouteParams = Record<string, string | undefined>;

/** What the inner `<scalev-store>` is given. */
interface InnerStoreConfig {
  storeId: string;
  storefrontKey: string;
  apiBase: string;
  locale: string;
  theme: string;
  recaptchaSiteKey: string;
  timeoutMs: number;
  messages: MessageOverrides;
  fetch: typeof fetch | undefined;
}

/**
 * A whole shop from one tag: catalogue, product pages, cart, checkout, order status, sign-in and
 * the customer account, each on its own route. Deep links survive a reload and can be shared; back
 * and forward work. By default the route lives in the hash (`#/produk/kopi-gayo`) and hashes that
 * are not the storefront's (`#faq`) are left to the page; `routing="query"` keeps it in one query
 * parameter (`?sv=/produk/kopi-gayo`), and `routing="path"` with `base="/toko"` uses real paths
 * (`/toko/produk/kopi-gayo`) for sites that own a path. Given `store-id` and `storefront-key` it is
 * its own store; otherwise it uses the surrounding (or the page's first) `<scalev-store>`, sharing
 * its cart and session. Each route's code loads the first time the route is shown. Every route
 * opens with a second-level heading (visually hidden on the home route, where the catalogue's card
 * names are third-level), so the storefront belongs below the page's `<h1>`.
 *
 * @summary A routed single-page shop composing catalog, product, cart, checkout, order status, login and account.
 *
 * @slot name - The store's name or logo at the start of the header (default: "Toko").
 * @slot header - Merchant content above the storefront's header (a banner, a notice).
 * @slot home - Merchant content shown above the catalogue on the home route only (a hero, a promotion).
 * @slot footer - Merchant content below every route.
 *
 * @csspart base - The storefront's outer box.
 * @csspart header - The header row (name, navigation, cart).
 * @csspart brand - The link to the home route holding the `name` slot.
 * @csspart nav - The header navigation.
 * @csspart nav-link - A navigation link (`aria-current="page"` on the current one).
 * @csspart account-link - The account link in the header.
 * @csspart cart - The header's cart button (a `<scalev-cart>`); its parts are exported as `cart-*`.
 * @csspart main - The box holding the current route.
 * @csspart back-link - "All products" and "Back to cart" links above a product or the checkout.
 * @csspart catalog - The `<scalev-catalog>` of the home route; its parts are exported as `catalog-*` (`catalog-card`, `catalog-card-name`, …).
 * @csspart product - The `<scalev-product>` of a product or bundle route; its parts are exported as `product-*`.
 * @csspart cart-page - The inline `<scalev-cart>` of the cart route; its parts are exported as `cart-*`.
 * @csspart checkout - The `<scalev-checkout>` of the checkout route; its parts are exported as `checkout-*`.
 * @csspart order-status - The `<scalev-order-status>` of an order route; its parts are exported as `order-*`.
 * @csspart login - The `<scalev-login>` of the sign-in and reset-password routes; its parts are exported as `login-*`.
 * @csspart account - The `<scalev-account>` of the account routes; its parts are exported as `account-*`.
 * @csspart not-found - The message for an unknown route.
 * @csspart skeleton - The placeholder while a route's code loads.
 * @csspart error - A route's code could not be loaded.
 * @csspart retry-button - The retry button of that error.
 * @csspart problem - The configuration message shown when the store cannot work.
 *
 * @cssprop --scalev-storefront-max-width - Widest the storefront grows (default 72rem).
 * @cssprop --scalev-storefront-gap - Space between header, route and footer (default the global large space).
 * @cssprop --scalev-storefront-header-background - Header background (default the surface colour).
 * @cssprop --scalev-storefront-header-border - Colour of the line under the header (default the border colour).
 * @cssprop --scalev-storefront-header-padding - Padding of the header.
 *
 * @cssstate loading - The current route's code is loading.
 * @cssstate error - The current route's code could not be loaded.
 * @cssstate not-found - The URL names a route the storefront does not have.
 *
 * @fires scalev-before-add-to-cart - Cancelable; from the catalogue or a product page, before an item is added.
 * @fires scalev-add-to-cart - From the catalogue or a product page, after the cart accepted an item.
 * @fires scalev-cart-change - On `document`, once per change of the cart.
 * @fires scalev-before-checkout - Cancelable; from the checkout, just before the order is sent.
 * @fires scalev-order-created - From the checkout; the storefront then shows the order route.
 * @fires scalev-login - On `document`, once per sign-in; from the sign-in route the storefront goes on to the account.
 * @fires scalev-logout - On `document`, once per sign-out.
 * @fires scalev-error - A request failed, or a route's code could not be loaded (operation `storefront.load-<route>`).
 */
export class ScalevStorefront extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, storefrontStyles];

  /**
   * Loads a composed element's code (`scalev-catalog`, …) before its route shows. Replace it to
   * serve the chunks from elsewhere; tests replace it to simulate a failed download.
   */
  static elementLoader: ElementLoader = (tag) => {
    if (customElements.get(tag)) return Promise.resolve();
    const load = ELEMENT_MODULES[tag];
    return load ? load() : Promise.resolve();
  };

  /** Where the route lives in the URL: `hash` (default, `#/produk/…`), `query` (`?sv=/produk/…`) or `path` (below `base`). */
  @property({ reflect: true }) routing: StorefrontRouting = 'hash';

  /** The path the storefront owns for `routing="path"`, e.g. `/toko`; routes live below it. */
  @property() base = '';

  /** The query parameter of `routing="query"` (default `sv`). */
  @property({ attribute: 'route-key' }) routeKey = 'sv';

  /** Hides the built-in header (name, navigation, cart button) for pages with their own. */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  /** Makes the storefront its own store: the store's `unique_id` (`store_…`). Without it the surrounding `<scalev-store>` is used. */
  @property({ attribute: 'store-id' }) storeId = '';

  /** With `store-id`: the publishable storefront key (`sfpk_…`). */
  @property({ attribute: 'storefront-key' }) storefrontKey = '';

  /** With `store-id`: the Storefront API base URL. */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_API_BASE;

  /** With `store-id`: reCAPTCHA v3 site key turning on abandoned-checkout capture. */
  @property({ attribute: 'recaptcha-site-key' }) recaptchaSiteKey = '';

  /** With `store-id`: request timeout in milliseconds. */
  @property({ type: Number }) timeout = 15000;

  /** With `store-id`: merchant overrides for any string, per locale (`{ en: { 'cart.checkout': 'Pay now' } }`). */
  @property({ attribute: false }) messages: MessageOverrides = {};

  /** With `store-id`: replaces the global `fetch` for the store's requests (tests, stories, instrumentation). */
  @property({ attribute: false }) fetcher?: typeof fetch;

  @state() private routeName: StorefrontRouteName | 'not-found' | null = null;
  @state() private routeLoading = false;
  @state() private loadError: unknown = null;

  private lastOrder: StorefrontPublicOrder | null = null;
  private currentRoute: string | null = null;
  /** Where the buyer was when the sign-in route opened (the checkout's sign-in link returns there). */
  private routeBeforeSignIn: string | null = null;
  private navigationSeq = 0;
  private focusMain = false;
  private cachedLocation: StorefrontLocation | null = null;

  private readonly routes = new Routes(
    this,
    ROUTE_TABLE.map(
      ([path, name]): RouteConfig => ({
        name,
        pattern: routePattern(path) as unknown as URLPatternRouteConfig['pattern'],
        enter: () => this.enterRoute(name),
        render: (params) => this.renderRoute(name, params),
      }),
    ),
    {
      fallback: {
        enter: () => {
          this.navigationSeq++;
          this.loadError = null;
          this.routeLoading = false;
          this.routeName = 'not-found';
          return true;
        },
        render: () => this.renderNotFound(),
      },
    },
  );

  constructor() {
    super();
    // Keep this router to itself: a `@lit-labs/router` of the host page must not adopt it as a
    // child and drive it from the page's own URL.
    this.addEventListener('lit-routes-connected', (event) => {
      if ((event as Event & { routes?: unknown }).routes === this.routes) event.stopPropagation();
    });
    this.addEventListener('click', this.onClick);
    this.addEventListener('scalev-order-created', (event) => {
      this.lastOrder = event.detail.order;
    });
  }

  /** The current route, e.g. `/`, `/produk/kopi-arabika-gayo` or `/akun/orders`; null before the first one. */
  get route(): string | null {
    if (this.currentRoute === null) return null;
    // The account moves between its own sub-routes without telling the storefront.
    return this.location.read() ?? this.currentRoute;
  }

  /**
   * Shows a route (`/keranjang`, `/produk/<slug>`, `/akun/orders`) and records it in the browser
   * history (`replace` swaps the current entry instead).
   */
  navigate(route: string, options: { replace?: boolean } = {}): void {
    const href = this.location.href(route);
    try {
      if (options.replace) history.replaceState(history.state, '', href);
      else history.pushState(history.state, '', href);
    } catch {
      // A sandboxed frame may refuse history changes: the route still changes.
    }
    this.focusMain = true;
    const target = normalizeRoute(route);
    const accountShown = this.routeName === 'account';
    this.syncRoute(target);
    // `<scalev-account>` follows its sub-route from the URL on `popstate`; history changes made
    // by script fire none, so it is told when it stays on screen (`/akun/orders` → `/akun`).
    if (accountShown && isAccountRoute(target)) window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener('hashchange', this.onLocationChange);
    document.addEventListener('scalev-login', this.onSignedIn);
    // The header's cart button is on every route.
    if (!this.hideHeader) void ScalevStorefront.elementLoader('scalev-cart').catch(() => undefined);
    this.syncRoute();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener('hashchange', this.onLocationChange);
    document.removeEventListener('scalev-login', this.onSignedIn);
  }

  /** With `store-id` or `storefront-key` the storefront is its own store, and its inner store shows any problem. */
  private get ownsStore(): boolean {
    return Boolean(this.storeId || this.storefrontKey);
  }

  protected override get problem(): ConfigProblem | null {
    return this.ownsStore ? null : super.problem;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routing') || changed.has('base') || changed.has('routeKey')) this.syncRoute();
    if (changed.has('hideHeader') && !this.hideHeader) {
      void ScalevStorefront.elementLoader('scalev-cart').catch(() => undefined);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const inner of this.renderRoot.querySelectorAll('.shop [part]')) {
      if (inner.localName.startsWith('scalev-')) exportInnerParts(inner);
    }
    this.setCustomState('loading', this.routeLoading);
    this.setCustomState('error', Boolean(this.loadError));
    this.setCustomState('not-found', this.routeName === 'not-found');
    if (this.focusMain && !this.routeLoading) {
      const main = this.renderRoot.querySelector<HTMLElement>('.main');
      if (main) {
        this.focusMain = false;
        main.focus({ preventScroll: true });
        if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      }
    }
  }

  // ---- routing ----

  /** How the route maps to the URL, following `routing`, `route-key` and `base`. */
  private get location(): StorefrontLocation {
    const mode: StorefrontRouting = this.routing === 'query' || this.routing === 'path' ? this.routing : 'hash';
    const key = this.routeKey || 'sv';
    const known = this.cachedLocation;
    if (known && known.mode === mode && known.key === key && known.base === normalizeBase(this.base)) return known;
    this.currentRoute = null;
    return (this.cachedLocation = new StorefrontLocation(mode, key, this.base));
  }

  /** Shows the route the URL names; URLs about something else (a host anchor) change nothing. */
  private syncRoute(read: string | null = this.location.read()): void {
    // A first visit on a host anchor (`#faq`) opens the home route; later ones change nothing.
    const route = read ?? (this.currentRoute === null ? '/' : null);
    if (route === null || route === this.currentRoute) return;
    if (route === '/masuk') this.routeBeforeSignIn = this.currentRoute;
    this.currentRoute = route;
    void this.routes.goto(route).catch(() => undefined);
    // Whatever opened the header's drawer, the buyer is now somewhere else.
    const headerCart = this.renderRoot?.querySelector<HTMLElement & { open: boolean }>('.header-cart');
    if (headerCart?.open) headerCart.open = false;
  }

  /**
   * Back, forward or a changed hash. The new route replaces the one that held the focus, so focus
   * moves to it as after a link (not when it is elsewhere on the host page, nor between the
   * account's own views, which focus themselves).
   */
  private readonly onLocationChange = () => {
    const before = this.currentRoute;
    const focusHere = this.matches(':focus-within') || !document.activeElement || document.activeElement === document.body;
    this.syncRoute();
    const after = this.currentRoute;
    if (focusHere && before !== null && after !== null && after !== before && !(isAccountRoute(before) && isAccountRoute(after))) {
      this.focusMain = true;
    }
  };

  /** Signed in on the sign-in route: back to the checkout when the buyer came from there, else the account. */
  private readonly onSignedIn = () => {
    if (this.routeName === 'login') this.navigate(this.routeBeforeSignIn === '/checkout' ? '/checkout' : '/akun', { replace: true });
  };

  /** Links to the storefront's own routes stay in the page; anything else is the browser's. */
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
    const route = this.location.routeOfLink(anchor.getAttribute('href') ?? '');
    if (route === null) return;
    event.preventDefault();
    this.navigate(route);
  };

  /** The checkout opens the order (or a payment page) through this: our routes stay in the page. */
  private readonly follow = (url: string) => {
    const route = this.location.routeOfLink(url);
    if (route !== null) this.navigate(route);
    else location.assign(url);
  };

  private async enterRoute(name: StorefrontRouteName): Promise<boolean> {
    const seq = ++this.navigationSeq;
    const tag = ROUTE_ELEMENT[name];
    this.loadError = null;
    // Only a download shows the placeholder; a known element swaps in at once.
    this.routeLoading = !customElements.get(tag);
    let failure: unknown = null;
    try {
      await ScalevStorefront.elementLoader(tag);
    } catch (error) {
      failure = error;
    }
    // A later navigation won meanwhile: it decides what is shown.
    if (seq !== this.navigationSeq) return false;
    this.routeLoading = false;
    this.routeName = name;
    if (failure) {
      this.loadError = failure;
      this.reportError(failure, `storefront.load-${name}`);
    }
    return true;
  }

  private retryRoute(): void {
    this.loadError = null;
    const route = this.currentRoute;
    this.currentRoute = null;
    this.focusMain = true;
    this.syncRoute(route ?? this.location.read());
  }

  // ---- render ----

  private innerStoreConfig(): InnerStoreConfig | null {
    if (this.ownsStore) {
      return {
        storeId: this.storeId,
        storefrontKey: this.storefrontKey,
        apiBase: this.apiBase,
        locale: this.locale,
        theme: this.theme,
        recaptchaSiteKey: this.recaptchaSiteKey,
        timeoutMs: this.timeout,
        messages: this.messages,
        fetch: this.fetcher,
      };
    }
    const storefront = this.storefront;
    if (!storefront) return null;
    const config = storefront.config;
    // Same store, key, API and fetch as the page's store: the inner store shares its cart,
    // session and caches, and only adds the storefront's own URL templates.
    return {
      storeId: config.storeId,
      storefrontKey: config.storefrontKey,
      apiBase: config.apiBase,
      locale: this.locale || config.locale,
      theme: this.theme || config.theme,
      recaptchaSiteKey: config.recaptchaSiteKey,
      timeoutMs: config.timeoutMs,
      messages: storefront.messages,
      fetch: config.fetch,
    };
  }

  override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const store = this.innerStoreConfig();
    if (!store) return this.renderSkeleton();
    const location = this.location;
    const url = (kind: UrlKind) => location.template(kind);
    return html`<scalev-store
      store-id=${store.storeId}
      storefront-key=${store.storefrontKey}
      api-base=${store.apiBase}
      locale=${store.locale}
      theme=${store.theme}
      recaptcha-site-key=${store.recaptchaSiteKey}
      timeout=${store.timeoutMs}
      product-url=${url('product')}
      cart-url=${url('cart')}
      checkout-url=${url('checkout')}
      order-url=${url('order')}
      account-url=${url('account')}
      login-url=${url('login')}
      .messages=${store.messages}
      .fetcher=${store.fetch}
    >
      <div class="shop" part="base">
        <slot name="header"></slot>
        ${this.hideHeader ? nothing : this.renderHeader(location)}
        <section class="main" part="main" tabindex="-1" aria-label=${this.t('storefront.label')}>
          <div class="home-slot" ?hidden=${this.routeName !== 'home'}><slot name="home"></slot></div>
          ${this.renderOutlet()}
        </section>
        <slot name="footer"></slot>
      </div>
    </scalev-store>`;
  }

  private renderHeader(location: StorefrontLocation): TemplateResult {
    const name = this.routeName;
    const current = (on: boolean) => (on ? 'page' : nothing);
    return html`<div class="header" part="header">
      <a class="brand" part="brand" href=${location.href('/')}><slot name="name">${this.t('storefront.name')}</slot></a>
      <nav class="nav" part="nav" aria-label=${this.t('storefront.nav')}>
        <a class="nav__link" part="nav-link" href=${location.href('/')} aria-current=${current(name === 'home')}
          >${this.t('storefront.products')}</a
        >
        <a
          class="nav__link"
          part="nav-link account-link"
          href=${location.href('/akun')}
          aria-current=${current(name === 'account' || name === 'login')}
          >${this.t('storefront.account')}</a
        >
        <scalev-cart class="header-cart" part="cart"></scalev-cart>
      </nav>
    </div>`;
  }

  private renderOutlet(): unknown {
    if (this.loadError) {
      return renderError({
        message: this.t('storefront.loadFailed'),
        retryLabel: this.t('common.retry'),
        onRetry: () => this.retryRoute(),
      });
    }
    if (this.routeLoading || !this.routeName) return this.renderSkeleton();
    return this.routes.outlet() ?? this.renderSkeleton();
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" role="status">
      <span class="visually-hidden">${this.t('common.loading')}</span>
    </div>`;
  }

  private renderRoute(name: StorefrontRouteName, params: RouteParams): TemplateResult {
    const location = this.location;
    switch (name) {
      case 'home':
        // Every route opens with a second-level heading (the other elements bring theirs): the
        // catalogue's card names are third-level headings below this one.
        return html`<h2 class="visually-hidden">${this.t('storefront.allProducts')}</h2>
          <scalev-catalog part="catalog"></scalev-catalog>`;
      case 'product':
      case 'bundle':
        return html`<a class="back-link" part="back-link" href=${location.href('/')}>← ${this.t('storefront.allProducts')}</a>
          <scalev-product
            part="product"
            slug=${params['slug'] ?? ''}
            type=${name === 'bundle' ? 'bundle' : 'auto'}
          ></scalev-product>`;
      case 'cart':
        return html`<scalev-cart class="cart-page" part="cart-page" mode="inline"></scalev-cart>`;
      case 'checkout':
        return html`<a class="back-link" part="back-link" href=${location.href('/keranjang')}>← ${this.t('storefront.backToCart')}</a>
          <scalev-checkout part="checkout" .navigate=${this.follow}></scalev-checkout>`;
      case 'order': {
        const slug = params['secret_slug'] ?? '';
        const known = this.lastOrder?.secret_slug === slug ? this.lastOrder : null;
        return html`<scalev-order-status
          part="order-status"
          secret-slug=${slug}
          .order=${known}
        ></scalev-order-status>`;
      }
      case 'login':
      case 'reset-password':
        return html`<scalev-login part="login"></scalev-login>`;
      case 'account': {
        const account = location.accountRouting;
        return html`<scalev-account
          part="account"
          routing=${account.routing}
          route-key=${account.routeKey}
          base=${account.base}
        ></scalev-account>`;
      }
    }
  }

  private renderNotFound(): TemplateResult {
    return html`<div class="not-found" part="not-found">
      <h2>${this.t('storefront.notFound')}</h2>
      <p>${this.t('storefront.notFoundText')}</p>
      <a href=${this.location.href('/')}>${this.t('storefront.toHome')}</a>
    </div>`;
  }
}

function isAccountRoute(route: string): boolean {
  return route === '/akun' || route.startsWith('/akun/');
}
