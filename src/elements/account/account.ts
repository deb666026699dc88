import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Routes, type RouteConfig } from '@lit-labs/router';
import type { Storefront } from '../../context/storefront.js';
import { renderError, renderLiveRegion } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { buttonStyles } from '../../styles/button.js';
import { ScalevElement } from '../base/scalev-element.js';
import { customerAccountState, type CustomerAccountState } from '../login/customer-state.js';
import { AccountLocation, routePattern, type RoutingMode } from './account-location.js';
import { accountStyles } from './account.styles.js';
import type { AccountHost, AccountView, AccountViewFactory, ConfirmOptions, RouteParams } from './view-host.js';
import './strings.js';

/** The sections of the account, in navigation order. */
export const ACCOUNT_SECTIONS = ['profile', 'password', 'addresses', 'orders', 'subscriptions', 'courses'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

/** Each section's code loads the first time it is shown, so the account's first paint stays small. */
const VIEW_MODULES: Record<AccountSection, () => Promise<{ createView: AccountViewFactory }>> = {
  profile: () => import('./views/profile.js'),
  password: () => import('./views/password.js'),
  addresses: () => import('./views/addresses.js'),
  orders: () => import('./views/orders.js'),
  subscriptions: () => import('./views/subscriptions.js'),
  courses: () => import('./views/courses.js'),
};

type DialogModule = typeof import('./confirm-dialog.js');

/** `<scalev-login>` for the signed-out state: the login element's own chunk, fetched only when shown. */
const loadLogin = () => import('../login/define.js');

/** Sub-routes: `[pattern, page name, section]`. The page name reaches the view as `params.page`. */
const ROUTE_TABLE: ReadonlyArray<[string, string, AccountSection]> = [
  ['/', 'profile', 'profile'],
  ['/profile', 'profile', 'profile'],
  ['/password', 'password', 'password'],
  ['/addresses', 'addresses', 'addresses'],
  ['/addresses/new', 'address-new', 'addresses'],
  ['/addresses/:id', 'address-edit', 'addresses'],
  ['/orders', 'orders', 'orders'],
  ['/orders/:id', 'order', 'orders'],
  ['/subscriptions', 'subscriptions', 'subscriptions'],
  ['/subscriptions/:id', 'subscription', 'subscriptions'],
  ['/courses', 'courses', 'courses'],
  ['/courses/:uuid', 'course', 'courses'],
  ['/courses/:uuid/:content', 'course-content', 'courses'],
];

interface PendingConfirm extends ConfirmOptions {
  resolve: (confirmed: boolean) => void;
}

/**
 * The signed-in customer's account: profile, password, addresses, orders, subscriptions and
 * courses, each a sub-view with its own URL that survives a reload and the back button. By default
 * the sub-view lives in one query parameter (`?account=orders/…`), so the host page's path, other
 * parameters, anchors and router are left alone; `routing="hash"` uses `#/account/…` instead, and
 * `routing="path"` with `base="/akun"` uses real paths. Signed out, it shows `<scalev-login>`; a
 * session that ended (revoked in another tab, expired) returns to it with a message.
 *
 * Sub-routes: `profile`, `password`, `addresses`, `addresses/new`, `addresses/<id>`, `orders`,
 * `orders/<id>`, `subscriptions`, `subscriptions/<id>`, `courses`, `courses/<variant-uuid>`,
 * `courses/<variant-uuid>/<content-uuid>`. Courses are found from order lines marked
 * `is_lms_enabled`; their variant uuid comes from the public catalogue, so a merchant may also link
 * straight to `?account=courses/<variant-uuid>`.
 *
 * @summary Customer account with routed sub-views; sign-in when signed out.
 *
 * @fires scalev-login - On `document`, once per sign-in (from the shared customer state; see `<scalev-login>`).
 * @fires scalev-logout - On `document`, once per sign-out, with its reason.
 * @fires scalev-error - A request failed (for logging).
 *
 * @csspart base - The account's outer box.
 * @csspart header - The greeting and sign-out row.
 * @csspart greeting - The "Hello, name" text.
 * @csspart sign-out - The sign-out button.
 * @csspart nav - The section navigation.
 * @csspart nav-link - One section link (`aria-current="page"` on the active one).
 * @csspart view - The box holding the current sub-view.
 * @csspart view-title - The heading of a sub-view.
 * @csspart back-link - "Back" links inside sub-views.
 * @csspart card - Cards (address, order, subscription, course section).
 * @csspart button - Primary buttons inside sub-views.
 * @csspart button-secondary - Secondary buttons inside sub-views.
 * @csspart button-danger - Delete and cancel buttons.
 * @csspart form - Every form of a sub-view (profile, password, address).
 * @csspart field - A label with its control.
 * @csspart label - A field's label.
 * @csspart input - Text inputs, selects and text areas.
 * @csspart textarea - Text areas; they are `input` too.
 * @csspart location-picker - The delivery-location picker of the address form.
 * @csspart field-error - A message under an invalid field.
 * @csspart status-badge - Order, payment and subscription status words.
 * @csspart amounts - An order's totals table.
 * @csspart total - The total row of an order.
 * @csspart tracking-number - An order's shipment tracking number.
 * @csspart payment-instructions - How to pay an unpaid order (per method).
 * @csspart amount - The amount to pay with its copy button.
 * @csspart copy-row - A labelled number (account, virtual account, payment code) with its copy button.
 * @csspart copy-value - The number of a copy row.
 * @csspart copy-button - Every copy button of the payment instructions.
 * @csspart deadline - The payment deadline and the time left.
 * @csspart bank-account - One destination bank account.
 * @csspart qr - The QRIS code.
 * @csspart qr-download - The link downloading the QRIS image.
 * @csspart pay-button - The button to the payment provider.
 * @csspart retry-payment - The button asking the provider again while payment details are not ready.
 * @csspart check-status - The "check payment status" button.
 * @csspart check-note - The note under it when a check finds the payment not received yet.
 * @csspart paid-note - The note that an order is paid.
 * @csspart conflict-note - The note about a payment problem (payment status `conflict`).
 * @csspart closed-note - The note that a payment was cancelled or expired.
 * @csspart pending-action - A subscription's scheduled change (pause, cancel) not yet in effect.
 * @csspart course-content - Sanitised course text.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty-state message.
 * @csspart error - A failure message.
 * @csspart retry-button - The retry button inside an error.
 * @csspart notice - A success message (saved, deleted).
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-confirm - The dialog's confirm button.
 * @csspart dialog-cancel - The dialog's cancel button.
 * @csspart login - The `<scalev-login>` shown when signed out.
 * @csspart login-form - Its forms (the `form` part of `<scalev-login>`).
 * @csspart login-input - Its inputs.
 * @csspart login-button - Its main buttons.
 * @csspart login-error - Its failure messages.
 * @csspart login-notice - Its notices.
 * @csspart problem - The configuration problem message.
 *
 * @cssprop --scalev-account-max-width - Widest the account grows (default 60rem).
 * @cssprop --scalev-account-nav-gap - Space between navigation links (default the global small space).
 *
 * @cssstate signed-in - A customer is signed in.
 * @cssstate loading - The current sub-view is loading.
 * @cssstate empty - The current sub-view has nothing to show.
 * @cssstate error - The current sub-view failed to load.
 */
export class ScalevAccount extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, buttonStyles, accountStyles];

  /** Where the sub-view is kept in the URL: `query` (default, `?account=…`), `hash` (`#/account/…`) or `path`. */
  @property({ reflect: true }) routing: RoutingMode = 'query';

  /** Query parameter (query routing) or hash namespace (hash routing) of the sub-view; default `account`. */
  @property({ attribute: 'route-key' }) routeKey = 'account';

  /** Path of the account page for `routing="path"`, e.g. `/akun`; sub-views live below it. */
  @property() base = '';

  /** Comma-separated sections to offer, in order; default all: `profile,password,addresses,orders,subscriptions,courses`. */
  @property() sections = ACCOUNT_SECTIONS.join(',');

  @state() private liveText = '';
  @state() private confirmState: PendingConfirm | null = null;
  @state() private viewLoadError: unknown = null;
  @state() private loginLoadError: unknown = null;
  private loginRequested = false;
  /** Focus has been in the sign-in form shown here (the customer is signing in through it). */
  private loginInUse = false;

  private account?: CustomerAccountState;
  private readonly onAccountChange = () => this.requestUpdate();
  private readonly views = new Map<AccountSection, AccountView>();
  private readonly modules = new Map<AccountSection, AccountViewFactory>();
  private currentSection: AccountSection | null = null;
  private signedIn = false;
  private navigationSeq = 0;
  private focusHeading = false;
  /** Set by an in-account navigation: focus the new view's heading once it is shown. */
  private focusAfterNavigation = false;
  private cachedLocation: AccountLocation | null = null;

  private readonly routes = new Routes(
    this,
    ROUTE_TABLE.map(
      ([path, page, section]): RouteConfig => ({
        name: page,
        pattern: routePattern(path),
        enter: (params) => this.enterRoute(section, { ...params, page }),
        render: (params) => this.renderView(section, { ...params, page }),
      }),
    ),
    {
      fallback: {
        enter: () => {
          this.currentSection = null;
          return true;
        },
        render: () => this.renderNotFound(),
      },
    },
  );

  private readonly viewHost: AccountHost;

  constructor() {
    super();
    const element = this;
    this.viewHost = {
      addController: (controller) => this.addController(controller),
      removeController: (controller) => this.removeController(controller),
      requestUpdate: () => this.requestUpdate(),
      get updateComplete() {
        return element.updateComplete;
      },
      get storefront() {
        return element.storefront as Storefront;
      },
      get account() {
        return element.account as CustomerAccountState;
      },
      get locale() {
        return element.resolvedLocale;
      },
      t: (key, params) => this.t(key, params),
      money: (amount) => this.money(amount),
      date: (value, style) => this.date(value, style),
      describeError: (error) => this.describeError(error),
      reportError: (error, operation) => this.reportError(error, operation),
      href: (route) => this.location.href(route),
      navigate: (route, options) => this.navigate(route, options),
      confirm: (options) => this.confirm(options),
      announce: (text) => this.announce(text),
      adoptStyles: (key, cssText, scope) => this.adoptStyles(key, cssText, scope),
      find: <T extends Element>(selector: string) => this.renderRoot.querySelector<T>(selector),
      focus: (selector) => {
        // A view may ask before it asked for the render that shows the target (an error set in a
        // catch): render first, or the old DOM is searched and focus falls to the page.
        this.requestUpdate();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
      },
    };
    // Keep this element's router to itself: a `@lit-labs/router` of the host page must not adopt it
    // as a child route and drive it from the page's own URL.
    this.addEventListener('lit-routes-connected', (event) => {
      if ((event as Event & { routes?: unknown }).routes === this.routes) event.stopPropagation();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener('hashchange', this.onLocationChange);
    this.account?.addEventListener('change', this.onAccountChange);
    // Moved in the page: the views were dropped on disconnect and come back from the URL.
    if (this.hasUpdated) this.syncRoute();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener('hashchange', this.onLocationChange);
    this.account?.removeEventListener('change', this.onAccountChange);
    this.settleConfirm(false);
    this.dropViews();
  }

  /** Forgets every view and what it still had in flight. */
  private dropViews(): void {
    for (const view of this.views.values()) view.dispose?.();
    this.views.clear();
  }

  protected override storefrontChanged(storefront: Storefront): void {
    this.dropViews();
    if (storefront.problem) return;
    this.account?.removeEventListener('change', this.onAccountChange);
    this.account = customerAccountState(storefront);
    if (this.isConnected) this.account.addEventListener('change', this.onAccountChange);
    this.signedIn = this.account.signedIn;
    if (this.signedIn) {
      void this.account.loadProfile();
      this.syncRoute();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      this.hasUpdated &&
      (changed.has('routing') || changed.has('routeKey') || changed.has('base'))
    ) {
      this.syncRoute();
    }
    const signedIn = this.account?.signedIn ?? false;
    if (signedIn !== this.signedIn) {
      this.signedIn = signedIn;
      // Another customer, or nobody: nothing loaded for the previous one may stay on screen.
      this.dropViews();
      this.viewLoadError = null;
      this.settleConfirm(false);
      if (signedIn) {
        void this.account?.loadProfile();
        // Signed in through the form shown here: that form is gone (and its disabled button may
        // already have dropped focus to the page), so focus goes to the view's heading.
        const active = document.activeElement;
        if (active === this || ((!active || active === document.body) && this.loginInUse)) this.focusHeading = true;
        this.loginInUse = false;
        this.syncRoute();
      }
    }
    if (this.account && !signedIn && !this.problem) this.requestLogin();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.currentSection ? this.views.get(this.currentSection) : undefined;
    const status = this.signedIn ? (view?.status?.() ?? null) : null;
    this.setCustomState('signed-in', this.signedIn);
    this.setCustomState('loading', status === 'loading');
    this.setCustomState('empty', status === 'empty');
    this.setCustomState('error', status === 'error' || Boolean(this.viewLoadError));
    if (this.focusHeading) {
      const heading = this.renderRoot.querySelector<HTMLElement>('[data-view-heading]');
      if (heading) {
        this.focusHeading = false;
        heading.focus();
      }
    }
    if (this.confirmState && this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  // ---- routing ----

  private get enabledSections(): AccountSection[] {
    const wanted = this.sections
      .split(',')
      .map((part) => part.trim())
      .filter((part): part is AccountSection => (ACCOUNT_SECTIONS as readonly string[]).includes(part));
    return wanted.length ? wanted : [...ACCOUNT_SECTIONS];
  }

  /** How the sub-view maps to the URL, following the `routing`, `route-key` and `base` attributes. */
  private get location(): AccountLocation {
    const mode: RoutingMode = this.routing === 'hash' || this.routing === 'path' ? this.routing : 'query';
    const key = this.routeKey || 'account';
    const known = this.cachedLocation;
    if (known && known.mode === mode && known.key === key && known.base === this.base) return known;
    return (this.cachedLocation = new AccountLocation(mode, key, this.base));
  }

  /** Shows the sub-view the URL names (when signed in; otherwise on sign-in). */
  private syncRoute(): void {
    const route = this.location.read();
    if (route === null || !this.signedIn || !this.storefront || this.storefront.problem) return;
    const seq = ++this.navigationSeq;
    this.routes.goto(`/${route}`).then(
      () => {
        // Focus moves only once the new view is the one rendered, never to the view being left.
        if (seq !== this.navigationSeq || !this.focusAfterNavigation) return;
        this.focusAfterNavigation = false;
        this.focusHeading = true;
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  private readonly onLocationChange = () => {
    if (this.location.read() === null) return;
    this.syncRoute();
  };

  private navigate(route: string, options: { replace?: boolean } = {}): void {
    this.go(this.location.href(route), options.replace ?? false);
  }

  /** Same-document navigation; the host page's history state is carried over for its own router. */
  private go(href: string, replace: boolean): void {
    try {
      if (replace) history.replaceState(history.state, '', href);
      else history.pushState(history.state, '', href);
    } catch {
      // A sandboxed frame may refuse history changes: the view still changes.
    }
    this.focusAfterNavigation = true;
    this.syncRoute();
  }

  /** In-account links are real `<a href>`; a plain left click stays in the page, anything else is the browser's. */
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('data-route'));
    if (!anchor || (anchor.target && anchor.target !== '_self')) return;
    event.preventDefault();
    const url = new URL(anchor.href, location.href);
    this.go(`${url.pathname}${url.search}${url.hash}`, false);
  };

  private async enterRoute(section: AccountSection, params: RouteParams): Promise<boolean> {
    const seq = this.navigationSeq;
    if (!this.enabledSections.includes(section)) {
      this.currentSection = null;
      return true;
    }
    const view = await this.ensureView(section);
    // A later navigation won meanwhile: it decides what is shown.
    if (seq !== this.navigationSeq) return false;
    this.currentSection = section;
    view?.enter(params);
    return true;
  }

  private async ensureView(section: AccountSection): Promise<AccountView | null> {
    const existing = this.views.get(section);
    if (existing) return existing;
    this.viewLoadError = null;
    let factory = this.modules.get(section);
    if (!factory) {
      try {
        factory = (await VIEW_MODULES[section]()).createView;
        this.modules.set(section, factory);
      } catch (error) {
        this.viewLoadError = error;
        this.reportError(error, `account.load-${section}`);
        return null;
      }
    }
    const view = factory(this.viewHost);
    this.views.set(section, view);
    return view;
  }

  // ---- host services for views ----

  private confirm(options: ConfirmOptions): Promise<boolean> {
    this.settleConfirm(false);
    const answer = new Promise<boolean>((resolve) => {
      this.confirmState = { ...options, resolve };
    });
    if (!this.dialogModule) {
      import('./confirm-dialog.js').then(
        (module) => {
          this.adoptStyles(module.DIALOG_STYLES_KEY, module.dialogStyles.cssText);
          this.dialogModule = module;
          this.requestUpdate();
        },
        (error: unknown) => {
          // No dialog, no "yes": the action is not taken, and the view says its code failed to load.
          this.settleConfirm(false);
          this.viewLoadError = error;
          this.reportError(error, 'account.load-dialog');
        },
      );
    }
    return answer;
  }

  private settleConfirm(confirmed: boolean): void {
    const pending = this.confirmState;
    if (!pending) return;
    this.confirmState = null;
    if (this.dialog?.open) this.dialog.close();
    pending.resolve(confirmed);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private readonly adoptedStyles = new Set<string>();
  private dialogModule: DialogModule | null = null;

  private adoptStyles(key: string, cssText: string, scope?: string): void {
    const root = this.shadowRoot;
    if (!root || this.adoptedStyles.has(key)) return;
    this.adoptedStyles.add(key);
    const source = scope ? `${scope} { ${cssText} }` : cssText;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(source);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // No constructable stylesheets: a style element does the same.
      const style = document.createElement('style');
      style.textContent = source;
      root.append(style);
    }
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message ("Saved") be announced again.
    this.liveText = '';
    void this.updateComplete.then(() => {
      this.liveText = text;
    });
  }

  // ---- render ----

  private requestLogin(): void {
    if (this.loginRequested || this.loginLoadError) return;
    this.loginRequested = true;
    loadLogin().then(
      () => (this.loginLoadError = null),
      (error: unknown) => {
        this.loginRequested = false;
        this.loginLoadError = error;
        this.reportError(error, 'account.load-login');
      },
    );
  }

  override render(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    if (!this.account) return html`<div class="skeleton" part="skeleton" aria-busy="true"></div>`;
    if (!this.signedIn) {
      if (this.loginLoadError) {
        return renderError({
          message: this.t('account.viewLoadFailed'),
          retryLabel: this.t('common.retry'),
          onRetry: () => (this.loginLoadError = null),
        });
      }
      return html`<scalev-login
        @focusin=${() => (this.loginInUse = true)}
        part="login"
        exportparts="form: login-form, input: login-input, button: login-button, error: login-error, notice: login-notice"
        locale=${this.locale || nothing}
        theme=${this.theme || nothing}
      ></scalev-login>`;
    }
    return html`<div class="account" part="base" @click=${this.onClick}>
      ${this.renderHeader(this.account)} ${this.renderNav()}
      <div class="view" part="view">${this.routes.outlet() ?? this.renderPendingView()}</div>
      ${renderLiveRegion(this.liveText)} ${this.renderDialog()}
    </div>`;
  }

  private renderHeader(account: CustomerAccountState): TemplateResult {
    const name = account.displayName;
    return html`<div class="header" part="header">
      <p class="greeting" part="greeting">
        ${name ? this.t('account.greeting', { name }) : this.t('account.greetingAnonymous')}
      </p>
      <button type="button" class="button button--secondary" part="sign-out" @click=${this.onSignOut}>
        ${this.t('account.signOut')}
      </button>
    </div>`;
  }

  private renderNav(): TemplateResult {
    return html`<nav class="nav" part="nav" aria-label=${this.t('account.label')}>
      <ul>
        ${this.enabledSections.map(
          (section) => html`<li>
            <a
              part="nav-link"
              class="nav__link"
              href=${this.location.href(section)}
              data-route
              aria-current=${this.currentSection === section ? 'page' : nothing}
              >${this.t(`account.nav.${section}`)}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderView(section: AccountSection, params: RouteParams): unknown {
    if (this.viewLoadError) {
      return renderError({
        message: this.t('account.viewLoadFailed'),
        retryLabel: this.t('common.retry'),
        onRetry: () => {
          this.viewLoadError = null;
          this.syncRoute();
        },
      });
    }
    if (!this.enabledSections.includes(section)) return this.renderNotFound();
    const view = this.views.get(section);
    return view ? view.render(params) : this.renderPendingView();
  }

  private renderPendingView(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" role="status">
      <span class="visually-hidden">${this.t('common.loading')}</span>
    </div>`;
  }

  private renderNotFound(): TemplateResult {
    return html`<div class="empty" part="empty">
      <h2 class="view-title" part="view-title" tabindex="-1" data-view-heading>${this.t('account.notFound')}</h2>
      <a href=${this.location.href('')} data-route>${this.t('account.toStart')}</a>
    </div>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    return this.dialogModule
      ? this.dialogModule.renderConfirmDialog(this.confirmState, this.t('common.cancel'), (confirmed) => this.settleConfirm(confirmed), this.onDialogClose)
      : nothing;
  }

  /** Escape or a form close: a "no". A late event of an earlier, already answered dialog is ignored. */
  private readonly onDialogClose = () => {
    if (this.dialog?.open) return;
    this.settleConfirm(false);
  };

  private signingOut = false;

  private readonly onSignOut = async () => {
    const storefront = this.storefront;
    if (!storefront || this.signingOut) return;
    this.signingOut = true;
    try {
      await storefront.customer.signOut();
    } finally {
      this.signingOut = false;
    }
    // The pressed button left with the account: focus goes to the sign-in form shown in its place
    // (which says the customer signed out), unless the customer has moved elsewhere meanwhile.
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    await this.updateComplete;
    const login = this.renderRoot.querySelector('scalev-login');
    if (!login) return;
    await customElements.whenDefined('scalev-login');
    await (login as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    login.shadowRoot?.querySelector<HTMLElement>('input[name="email"]')?.focus();
  };
}
