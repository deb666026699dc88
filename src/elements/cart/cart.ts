import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Storefront } from '../../context/storefront.js';
import { cartStore, type CartFailure, type CartLine, type CartStore } from '../../state/cart.js';
import { StoreSubscription } from '../../state/subscribe.js';
import { DrawerController, renderDrawer } from '../../ui/drawer.js';
import { drawerStyles } from '../../ui/drawer.styles.js';
import { PopoverController, renderPopover } from '../../ui/popover.js';
import { popoverStyles } from '../../ui/popover.styles.js';
import { renderQuantityStepper } from '../../ui/quantity-stepper.js';
import { quantityStepperStyles } from '../../ui/quantity-stepper.styles.js';
import { renderError, renderLiveRegion } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { ScalevElement } from '../base/scalev-element.js';
import { cartStyles } from './cart.styles.js';
import './strings.js';

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
 * @csspart quantity - The quantity stepper group (also `quantity-button`, `quantity-input`).
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
  static override styles = [
    ...ScalevElement.styles,
    statusMessageStyles,
    quantityStepperStyles,
    drawerStyles,
    popoverStyles,
    cartStyles,
  ];

  /** `drawer` (default): a count button opening a side drawer; `popover`: a panel under the button; `inline`: the cart itself. */
  @property({ reflect: true }) mode: CartMode = 'drawer';

  /** Where the checkout action goes. Default: the store's `checkout-url`; with neither, checkout opens in place. */
  @property({ attribute: 'checkout-url' }) checkoutUrl = '';

  /** Whether the drawer or popover is open; set it to open or close the cart from a script. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private view: 'cart' | 'checkout' = 'cart';
  @state() private announcement = '';
  @state() private checkoutProblem = '';

  private cart?: CartStore;
  private lastCount: number | null = null;
  /** The line this widget just removed, named in the next announcement. */
  private removedName = '';
  private readonly subscription = new StoreSubscription(this);
  private readonly drawer = new DrawerController(
    this,
    () => this.renderRoot?.querySelector<HTMLDialogElement>('dialog.drawer'),
    (open) => this.toggled(open),
  );
  private readonly anchored = new PopoverController(
    this,
    () => this.renderRoot?.querySelector<HTMLElement>('.trigger'),
    () => this.renderRoot?.querySelector<HTMLElement>('.popover'),
    (open) => this.toggled(open),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    mounted.add(this);
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
    this.cart = cartStore(storefront);
    this.subscription.follow(this.cart);
    this.lastCount = null;
    void this.cart.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') || changed.has('mode')) this.applyOpen();
    const cart = this.cart;
    if (!cart) return;
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
    this.setCustomState('open', this.mode !== 'inline' && this.open);
  }

  /** The first cart of this store on the page announces changes; the others stay quiet. */
  private speaks(): boolean {
    for (const other of mounted) if (other.cart === this.cart) return other === this;
    return false;
  }

  private applyOpen(): void {
    const drawerMode = this.mode !== 'popover' && this.mode !== 'inline';
    if (this.mode === 'inline' || !this.open) {
      this.drawer.close();
      this.anchored.hide();
      return;
    }
    if (drawerMode) {
      this.anchored.hide();
      this.drawer.show(this.renderRoot?.querySelector<HTMLElement>('.trigger'));
    } else {
      this.drawer.close();
      this.anchored.show();
    }
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

  // ---- actions ----

  private setQuantity(line: CartLine, quantity: number): void {
    if (line.id !== undefined) this.cart?.setQuantity(line.id, quantity);
  }

  private async removeLine(line: CartLine, name: string): Promise<void> {
    if (line.id === undefined || !this.cart) return;
    this.removedName = name;
    const removal = this.cart.remove(line.id);
    await this.updateComplete;
    // The focused button left with its line: keep keyboard users in the cart.
    if (!this.shadowRoot?.activeElement || this.shadowRoot.activeElement === this.renderRoot.querySelector('dialog')) {
      this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    }
    await removal.catch(() => undefined);
  }

  private checkoutHref(): string | null {
    return this.checkoutUrl || this.storefront?.url('checkout') || null;
  }

  /** Unconfirmed changes are sent first, so checkout reads the cart the buyer sees. */
  private readonly onCheckout = async (event: Event) => {
    const href = this.checkoutHref();
    if (href) {
      if (!this.cart?.hasUnsavedChanges) return;
      event.preventDefault();
      await this.cart.flush();
      window.location.assign(href);
      return;
    }
    await this.cart?.flush();
    await this.openCheckoutInPlace();
  };

  /**
   * Shows `<scalev-checkout>` in the drawer or page. Its code is loaded the first time, through the
   * kit's loader when the drop-in script is on the page; with the npm package, import
   * `scalev-elements/checkout` (its define module) alongside the cart.
   */
  private async openCheckoutInPlace(): Promise<void> {
    this.checkoutProblem = '';
    const loader = (globalThis as { ScalevElements?: { load?: (tag: string) => Promise<void> } }).ScalevElements;
    if (!customElements.get('scalev-checkout')) await loader?.load?.('scalev-checkout').catch(() => undefined);
    if (!customElements.get('scalev-checkout')) {
      this.checkoutProblem = this.t('error.generic');
      return;
    }
    this.view = 'checkout';
  }

  private readonly backToCart = async () => {
    this.view = 'cart';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  };

  // ---- rendering ----

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const live = renderLiveRegion(this.announcement);
    if (this.mode === 'inline') return html`${this.renderPanel(false)}${live}`;
    const count = this.cart?.snapshot.itemCount ?? 0;
    const popoverMode = this.mode === 'popover';
    return html`<button
        type="button"
        class="trigger"
        part="trigger"
        aria-label=${this.t('cart.trigger', { count })}
        aria-haspopup=${popoverMode ? 'true' : 'dialog'}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${popoverMode ? 'popover' : 'drawer'}
        @click=${this.onTriggerClick}
      >
        <slot name="button">${cartIcon}<span class="trigger__label">${this.t('cart.heading')}</span></slot>
        <span class="badge" part="badge" aria-hidden="true" ?hidden=${count === 0}>${count > 99 ? '99+' : count}</span>
      </button>
      ${popoverMode
        ? renderPopover({ id: 'popover', labelledBy: 'heading', content: this.open ? this.renderPanel(true) : html`` })
        : renderDrawer({ controller: this.drawer, labelledBy: 'heading', content: this.open ? this.renderPanel(true) : html`` })}
      ${live}`;
  }

  private renderPanel(closable: boolean): TemplateResult {
    const inCheckout = this.view === 'checkout';
    return html`<section class="panel" part="panel" aria-labelledby="heading">
      <header class="header" part="header">
        ${inCheckout
          ? html`<button type="button" class="link-button" part="back-button" @click=${this.backToCart}>
              <span aria-hidden="true">←</span> ${this.t('cart.backToCart')}
            </button>`
          : nothing}
        <h2 id="heading" class="heading" part="heading" tabindex="-1"><slot name="heading">${this.t('cart.heading')}</slot></h2>
        ${closable
          ? html`<button type="button" class="close" part="close-button" aria-label=${this.t('cart.close')} @click=${this.close}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
      </header>
      ${inCheckout ? html`<div class="checkout"><scalev-checkout></scalev-checkout></div>` : this.renderCart()}
    </section>`;
  }

  private renderCart(): TemplateResult {
    const cart = this.cart;
    if (!cart || ((cart.status === 'loading' || cart.status === 'idle') && cart.snapshot.lines.length === 0)) {
      return html`<div class="skeleton" part="skeleton" aria-busy="true">
        <span class="visually-hidden">${this.t('common.loading')}</span>
        <div class="skeleton__row"></div>
        <div class="skeleton__row"></div>
      </div>`;
    }
    const { snapshot } = cart;
    const failure = cart.failure;
    if (cart.status === 'error' && snapshot.lines.length === 0) {
      return html`<div class="body">${renderError({
        message: this.t('cart.loadFailed', { reason: this.describeError(failure?.error) }),
        retryLabel: this.t('common.retry'),
        onRetry: () => void cart.load({ force: true }),
      })}</div>`;
    }
    return html`<div class="body">
        ${failure ? this.renderFailure(cart, failure) : nothing}
        ${snapshot.lines.length === 0
          ? html`<div class="empty" part="empty"><slot name="empty"><p>${this.t('cart.empty')}</p></slot></div>`
          : html`<ul class="lines" part="lines" aria-label=${this.t('cart.lines')}>
              ${snapshot.lines.map((line) => this.renderLine(line))}
            </ul>`}
      </div>
      ${snapshot.lines.length ? this.renderSummary(cart) : nothing}`;
  }

  private renderFailure(cart: CartStore, failure: CartFailure): TemplateResult {
    const reason = this.describeError(failure.error);
    const key = `cart.${failure.operation}Failed`;
    if (failure.operation === 'load') {
      return html`${renderError({ message: this.t(key, { reason }), retryLabel: this.t('common.retry'), onRetry: () => void cart.load({ force: true }) })}`;
    }
    return html`<div class="failure">
      ${renderError({ message: this.t(key, { reason }) })}
      <button type="button" class="link-button" part="dismiss-button" @click=${() => cart.dismissFailure()}>
        ${this.t('cart.dismiss')}
      </button>
    </div>`;
  }

  private lineName(line: CartLine): string {
    if (line.name) return line.name;
    return line.type === 'variant'
      ? this.t('cart.unknownVariant', { id: line.variantId })
      : this.t('cart.unknownBundle', { id: line.bundlePriceOptionId });
  }

  private renderLine(line: CartLine): TemplateResult {
    const name = this.lineName(line);
    const href = line.productSlug ? this.storefront?.url('product', { slug: line.productSlug }) : null;
    const stock =
      line.available === 0
        ? this.t('cart.outOfStock')
        : line.available !== null && line.available <= 5
          ? this.t('cart.stockLeft', { count: line.available })
          : '';
    return html`<li class="line" part="line" aria-busy=${line.pending ? 'true' : 'false'}>
      ${line.image
        ? html`<img class="line__image" part="line-image" src=${line.image} alt="" loading="lazy" decoding="async" />`
        : html`<span class="line__image line__image--empty" part="line-image" aria-hidden="true"></span>`}
      <div class="line__info">
        ${href
          ? html`<a class="line__name" part="line-name" href=${href}>${name}</a>`
          : html`<span class="line__name" part="line-name">${name}</span>`}
        ${line.options?.length ? html`<span class="line__options" part="line-options">${line.options.join(' · ')}</span>` : nothing}
        ${line.unitPrice !== null && line.unitPrice !== undefined
          ? html`<span class="line__price" part="price">${this.t('cart.unitPrice', { price: this.money(line.unitPrice) })}</span>`
          : nothing}
        ${stock ? html`<span class="line__stock" part="stock">${stock}</span>` : nothing}
      </div>
      <div class="line__controls">
        ${renderQuantityStepper({
          value: line.quantity,
          min: 1,
          max: Math.max(line.maxQuantity, line.quantity),
          label: this.t('cart.quantityLabel', { name }),
          id: `quantity-${line.key.replace(':', '-')}`,
          disabled: line.id === undefined,
          t: (key, params) => this.t(key, params),
          onChange: (value) => this.setQuantity(line, value),
        })}
        <button
          type="button"
          class="link-button remove"
          part="remove-button"
          aria-label=${this.t('cart.removeLabel', { name })}
          ?disabled=${line.id === undefined}
          @click=${() => this.removeLine(line, name)}
        >
          ${this.t('cart.remove')}
        </button>
      </div>
      <span class="line__total" part="line-total" aria-label=${this.t('cart.lineTotal', { name })}>
        ${line.lineTotal !== null ? this.money(line.lineTotal) : '–'}
      </span>
      ${line.pending ? html`<span class="visually-hidden">${this.t('cart.updating')}</span>` : nothing}
    </li>`;
  }

  private renderSummary(cart: CartStore): TemplateResult {
    const { subtotal } = cart.snapshot;
    const href = this.checkoutHref();
    return html`<footer class="summary" part="summary">
      <div class="subtotal" part="subtotal">
        <span>${this.t('cart.subtotal')}</span>
        <strong>${subtotal === null ? this.t('cart.subtotalUnknown') : this.money(subtotal)}</strong>
      </div>
      <p class="note" part="note">${this.t('cart.subtotalNote')}</p>
      ${this.checkoutProblem ? renderError({ message: this.checkoutProblem }) : nothing}
      ${href
        ? html`<a class="checkout-button" part="checkout-button" href=${href} @click=${this.onCheckout}>${this.t('cart.checkout')}</a>`
        : html`<button type="button" class="checkout-button" part="checkout-button" @click=${this.onCheckout}>
            ${this.t('cart.checkout')}
          </button>`}
    </footer>`;
  }
}
