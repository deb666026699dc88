import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Storefront } from '../../context/storefront.js';
import type { CartFailure, CartStore } from '../../state/cart.js';
import { StoreSubscription } from '../../state/subscribe.js';
import { loadOnce } from '../../ui/load-once.js';
import { renderLiveRegion } from '../../ui/status-message.js';
import { ScalevElement } from '../base/scalev-element.js';
import { cartStyles } from './cart.styles.js';
import type * as Panel from './panel.js';
import './strings.js';

type PanelModule = typeof Panel;
type StoreModule = typeof import('../../state/cart.js');

/**
 * The cart store is a chunk shared with the catalog (add to cart) and checkout; the button starts
 * fetching it as soon as it is connected.
 */
const importStore: () => Promise<StoreModule> = loadOnce(() => import('../../state/cart.js'));

/** The cart's inside is its own chunk, fetched on the first open (or hover, focus, inline mode). */
const importPanel: () => Promise<PanelModule> = loadOnce(() => import('./panel.js'));

export type CartMode = 'drawer' | 'popover' | 'inline';

/** Failures already sent as `scalev-error`: one event per failure, however many carts show it. */
const reported = new WeakSet<CartFailure>();
/** Carts on the page; the first one per store speaks in the live region, so a change is read once. */
const mounted = new Set<ScalevCart>();

const cartIcon = html`<svg class="trigger__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <path
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.4a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2M9.5 20h.01M17 20h.01"
  />
</svg>`;

/**
 * The buyer's cart. By default a button with the item count that opens a side drawer (a bottom
 * sheet on phones); `mode="popover"` shows the cart in a panel anchored to the button;
 * `mode="inline"` renders the cart itself, for a cart page. Every `<scalev-cart>` of a store on the
 * page, and in the buyer's other tabs, shows the same cart: they share one store and cost no extra
 * requests. Changes show at once and roll back with a message if the store refuses them.
 *
 * @summary Cart button with drawer or popover, or an inline cart: lines, quantities, subtotal, checkout.
 *
 * @fires scalev-cart-change - On `document`, once per change of the cart (detail: `{ cart, reason }`), whichever widget or tab caused it.
 * @fires scalev-error - A cart operation failed (for logging); the cart shows the message itself.
 *
 * @slot button - Replaces the content of the cart button (the icon and label); the count badge stays.
 * @slot heading - Replaces the cart heading.
 * @slot empty - The merchant's words for an empty cart.
 *
 * @csspart trigger - The cart button (drawer and popover modes).
 * @csspart badge - The item count on the cart button.
 * @csspart drawer - The drawer dialog.
 * @csspart drawer-panel - The scrolling inside of the drawer.
 * @csspart popover - The anchored panel in popover mode.
 * @csspart panel - The cart itself (heading, lines, summary) in every mode.
 * @csspart header - The row with the heading and the close button.
 * @csspart heading - The cart heading.
 * @csspart close-button - The button closing the drawer or popover.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart line-image - A line's image (or its placeholder box).
 * @csspart line-name - A line's name (a link when the store sets `product-url`).
 * @csspart line-options - A line's option values.
 * @csspart price - A line's unit price.
 * @csspart line-total - A line's total.
 * @csspart stock - The stock note of a line.
 * @csspart quantity - The quantity stepper group.
 * @csspart quantity-button - Both buttons of the quantity stepper.
 * @csspart quantity-decrease - The stepper's "−" button.
 * @csspart quantity-increase - The stepper's "+" button.
 * @csspart quantity-input - The stepper's number input.
 * @csspart remove-button - The button removing a line.
 * @csspart summary - The footer with subtotal and checkout.
 * @csspart subtotal - The subtotal row.
 * @csspart note - The note under the subtotal.
 * @csspart checkout-button - The checkout action (a link when a checkout URL is set).
 * @csspart back-button - Back from the in-place checkout to the cart.
 * @csspart empty - The empty-cart message.
 * @csspart skeleton - The placeholder shown while the cart loads.
 * @csspart error - A failure message.
 * @csspart retry-button - Retry inside a failure message.
 * @csspart dismiss-button - Dismisses a failure message.
 * @csspart problem - The configuration problem message.
 *
 * @cssprop --scalev-cart-badge-background - Badge colour (default the accent colour).
 * @cssprop --scalev-cart-badge-color - Badge text colour (default the text colour on primary).
 * @cssprop --scalev-cart-image-size - Side of a line's image (default 4rem).
 * @cssprop --scalev-drawer-width - Width of the drawer on wide screens (default 26rem).
 * @cssprop --scalev-popover-width - Width of the popover panel (default 24rem).
 *
 * @cssstate loading - The cart is being loaded.
 * @cssstate empty - The cart is loaded and empty.
 * @cssstate error - The last cart operation failed.
 * @cssstate open - The drawer or popover is open.
 */
export class ScalevCart extends ScalevElement {
  static override styles = [...ScalevElement.styles, cartStyles];

  /** `drawer` (default): a count button opening a side drawer; `popover`: a panel under the button; `inline`: the cart itself. */
  @property({ reflect: true }) mode: CartMode = 'drawer';

  /** Where the checkout action goes. Default: the store's `checkout-url`; with neither, checkout opens in place. */
  @property({ attribute: 'checkout-url' }) checkoutUrl = '';

  /** Whether the drawer or popover is open; set it to open or close the cart from a script. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private view: 'cart' | 'checkout' = 'cart';
  @state() private announcement = '';
  @state() private checkoutProblem = '';
  @state() private codeMissing = false;

  private cart?: CartStore;
  private lastCount: number | null = null;
  /** The line this widget just removed, named in the next announcement. */
  private removedName = '';
  private readonly subscription = new StoreSubscription(this);
  private panel?: PanelModule;
  private frames?: Panel.Frames;

  override connectedCallback(): void {
    super.connectedCallback();
    mounted.add(this);
    void importStore().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    mounted.delete(this);
  }

  /** The cart this element shows (shared by every widget of the store), once the store is known. */
  get store(): CartStore | undefined {
    return this.cart;
  }

  protected override storefrontChanged(storefront: Storefront): void {
    if (storefront.problem) return;
    this.codeMissing = false;
    importStore().then(
      ({ cartStore }) => {
        if (this.storefront !== storefront) return;
        this.cart = cartStore(storefront);
        this.subscription.follow(this.cart);
        this.lastCount = null;
        void this.cart.load();
      },
      () => {
        // The kit's own code could not be fetched (offline on a first visit).
        this.codeMissing = true;
      },
    );
  }

  private readonly retryCode = () => {
    if (this.storefront) this.storefrontChanged(this.storefront);
  };

  /** Loads the panel module and sets this element up with it (styles, drawer, popover). */
  private loadPanel(): Promise<PanelModule> {
    return importPanel().then((panel) => {
      if (this.panel) return panel;
      this.panel = panel;
      if (this.renderRoot instanceof ShadowRoot) {
        adoptStyles(this.renderRoot, [...(this.constructor as typeof ScalevCart).elementStyles, ...panel.styles]);
      }
      this.frames = panel.frames(this, (open) => this.toggled(open));
      this.requestUpdate();
      if (this.open) this.applyOpen();
      return panel;
    });
  }

  private readonly prefetch = () => {
    void this.loadPanel().catch(() => undefined);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.panel && (this.mode === 'inline' || this.open)) this.prefetch();
    if (changed.has('open') || changed.has('mode')) this.applyOpen();
    const cart = this.cart;
    this.setCustomState('open', this.mode !== 'inline' && this.open);
    if (!cart) {
      this.setCustomState('loading', !this.codeMissing);
      this.setCustomState('error', this.codeMissing);
      return;
    }
    const snapshot = cart.snapshot;
    const settled = cart.status === 'ready' || cart.status === 'error';
    if (settled && this.lastCount !== null && this.lastCount !== snapshot.itemCount) {
      const countText = snapshot.itemCount ? this.t('cart.count', { count: snapshot.itemCount }) : this.t('cart.countEmpty');
      // The widget where a line was removed names it; the page's first cart widget reads the count.
      const parts = [this.removedName ? this.t('cart.removed', { name: this.removedName }) : '', this.speaks() ? countText : ''];
      const message = parts.filter(Boolean).join('. ');
      if (message) this.announcement = message;
      this.removedName = '';
    }
    if (settled || snapshot.lines.length) this.lastCount = snapshot.itemCount;
    const failure = cart.failure;
    if (failure && !reported.has(failure)) {
      reported.add(failure);
      this.reportError(failure.error, `cart.${failure.operation}`);
    }
    this.setCustomState('loading', cart.status === 'loading' || cart.status === 'idle');
    this.setCustomState('empty', cart.status === 'ready' && snapshot.lines.length === 0);
    this.setCustomState('error', Boolean(failure));
  }

  /** The first cart of this store on the page announces changes; the others stay quiet. */
  private speaks(): boolean {
    for (const other of mounted) if (other.cart === this.cart) return other === this;
    return false;
  }

  private applyOpen(): void {
    // Before the panel module arrives there is nothing to open yet; `loadPanel` calls back.
    this.frames?.apply(this.mode, this.open);
  }

  private toggled(open: boolean): void {
    if (!open) this.view = 'cart';
    this.open = open;
  }

  private readonly onTriggerClick = () => {
    this.open = !this.open;
  };

  private readonly close = () => {
    this.open = false;
  };

  // ---- rendering ----

  /** What the lazily loaded panel reads from and calls on this element. */
  private panelHost(closable: boolean): Panel.PanelHost {
    return {
      cart: this.cart,
      view: this.view,
      closable,
      checkoutHref: this.checkoutUrl || this.storefront?.url('checkout') || null,
      checkoutProblem: this.checkoutProblem,
      root: this.renderRoot as ShadowRoot,
      t: (key, params) => this.t(key, params),
      money: (amount) => this.money(amount),
      describeError: (error) => this.describeError(error),
      productUrl: (slug) => this.storefront?.url('product', { slug }) ?? null,
      close: this.close,
      show: (view, problem) => {
        this.view = view;
        this.checkoutProblem = problem;
        return this.updateComplete;
      },
      removed: (name) => {
        this.removedName = name;
      },
    };
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span class="visually-hidden">${this.t('common.loading')}</span>
      <div class="skeleton__row"></div>
      <div class="skeleton__row"></div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const live = renderLiveRegion(this.announcement);
    if (this.codeMissing) {
      return html`<div class="scalev-problem" part="error" role="alert">
        ${this.t('error.network')}
        <button type="button" part="retry-button" @click=${this.retryCode}>${this.t('common.retry')}</button>
      </div>`;
    }
    const panel = this.panel;
    if (this.mode === 'inline') return html`${panel ? panel.renderPanel(this.panelHost(false)) : this.renderSkeleton()}${live}`;
    const count = this.cart?.snapshot.itemCount ?? 0;
    const popoverMode = this.mode === 'popover';
    // Kept while closed, so the drawer slides out with its content and reopens without a flash.
    const content = panel ? panel.renderPanel(this.panelHost(true)) : html``;
    return html`<button
        type="button"
        class="trigger"
        part="trigger"
        aria-label=${this.t('cart.trigger', { count })}
        aria-haspopup=${popoverMode ? nothing : 'dialog'}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${panel ? (popoverMode ? 'popover' : 'drawer') : nothing}
        @click=${this.onTriggerClick}
        @pointerenter=${this.prefetch}
        @focus=${this.prefetch}
      >
        <slot name="button">${cartIcon}<span class="trigger__label">${this.t('cart.heading')}</span></slot>
        <span class="badge" part="badge" aria-hidden="true" ?hidden=${count === 0}>${count > 99 ? '99+' : count}</span>
      </button>
      ${panel ? this.frames!.render(this.mode, content) : nothing}
      ${live}`;
  }
}
