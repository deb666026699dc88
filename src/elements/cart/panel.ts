/**
 * The inside of `<scalev-cart>`: lines, quantities, subtotal, checkout, and the drawer and popover
 * that hold them. Loaded the first time a cart opens (or at once for `mode="inline"`), so a page
 * that only shows the cart button in its header pays for the button alone.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { CartFailure, CartLine, CartStore } from '../../state/cart.js';
import { renderQuantityStepper } from '../../ui/quantity-stepper.js';
import { quantityStepperStyles } from '../../ui/quantity-stepper.styles.js';
import { renderError } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { drawerStyles } from '../../ui/drawer.styles.js';
import { popoverStyles } from '../../ui/popover.styles.js';
import { panelStyles } from './panel.styles.js';
import './panel-strings.js';

import { DrawerController, renderDrawer } from '../../ui/drawer.js';
import { PopoverController, renderPopover } from '../../ui/popover.js';

export const styles = [statusMessageStyles, quantityStepperStyles, drawerStyles, popoverStyles, panelStyles];

/** The drawer and the popover of one cart element, following its `mode` and `open`. */
export interface Frames {
  /** The panel in the drawer, or in the popover for `mode="popover"`. */
  render(mode: string, content: TemplateResult): TemplateResult;
  /** Opens the drawer or the popover as `mode` asks and closes the other; closes both when closed or inline. */
  apply(mode: string, open: boolean): void;
}

export function frames(host: LitElement, toggled: (open: boolean) => void): Frames {
  const find = <T extends HTMLElement>(selector: string) => host.renderRoot?.querySelector<T>(selector);
  const drawer = new DrawerController(host, () => find<HTMLDialogElement>('dialog.drawer'), toggled);
  const popover = new PopoverController(host, () => find('.trigger'), () => find('.popover'), toggled);
  return {
    render: (mode, content) =>
      mode === 'popover'
        ? renderPopover({ id: 'popover', content })
        : renderDrawer({ controller: drawer, labelledBy: 'heading', content }),
    apply(mode, open) {
      if (mode === 'inline' || !open) {
        drawer.close();
        popover.hide();
      } else if (mode === 'popover') {
        drawer.close();
        popover.show();
      } else {
        popover.hide();
        drawer.show(find('.trigger'));
      }
    },
  };
}

/** What the panel needs from the element showing it. */
export interface PanelHost {
  readonly cart: CartStore | undefined;
  readonly view: 'cart' | 'checkout';
  /** Drawer and popover show a close button; the inline cart does not. */
  readonly closable: boolean;
  readonly checkoutHref: string | null;
  readonly checkoutProblem: string;
  /** The element's shadow root, where focus is kept. */
  readonly root: ShadowRoot;
  t(key: string, params?: Record<string, unknown>): string;
  money(amount: number | null | undefined): string;
  describeError(error: unknown): string;
  productUrl(slug: string): string | null;
  close(): void;
  /** Shows the cart or the in-place checkout, with a checkout problem or none; resolves once rendered. */
  show(view: 'cart' | 'checkout', checkoutProblem: string): Promise<unknown>;
  /** This widget removed the line with this name: the next announcement names it. */
  removed(name: string): void;
}

/** Moves focus to the heading when the focused control left the screen (a removed line, the checkout). */
function keepFocus(host: PanelHost, always: boolean): void {
  const active = host.root.activeElement;
  if (always || !active || active === host.root.querySelector('dialog')) host.root.querySelector<HTMLElement>('.heading')?.focus();
}

async function removeLine(host: PanelHost, line: CartLine, name: string): Promise<void> {
  const cart = host.cart;
  if (line.id === undefined || !cart) return;
  host.removed(name);
  const removal = cart.remove(line.id);
  // The focused button left with its line: keep keyboard users in the cart.
  await host.show(host.view, host.checkoutProblem);
  keepFocus(host, false);
  await removal.catch(() => undefined);
}

/** Unconfirmed changes are sent first, so checkout reads the cart the buyer sees. */
async function checkout(host: PanelHost, event: Event): Promise<void> {
  const href = host.checkoutHref;
  const cart = host.cart;
  if (href) {
    if (!cart?.hasUnsavedChanges) return;
    event.preventDefault();
    const link = event.currentTarget instanceof HTMLAnchorElement ? event.currentTarget : null;
    await cart.flush();
    // Follow the same link once the cart is saved: a storefront around the cart then keeps the
    // navigation inside the page instead of reloading it.
    if (link?.isConnected) link.click();
    else window.location.assign(href);
    return;
  }
  await cart?.flush();
  // Without a checkout page, `<scalev-checkout>` shows in the drawer or page; its code is fetched on this first use.
  void host.show('cart', '');
  try {
    await import('../checkout/define.js');
  } catch {
    void host.show('cart', host.t('error.network'));
    return;
  }
  await host.show('checkout', '');
  // The focused Checkout button left with the lines: keep keyboard users in the cart.
  keepFocus(host, false);
}

async function backToCart(host: PanelHost): Promise<void> {
  await host.show('cart', host.checkoutProblem);
  keepFocus(host, true);
}

export function renderPanel(host: PanelHost): TemplateResult {
  const inCheckout = host.view === 'checkout';
  return html`<section class="panel" part="panel" aria-labelledby="heading">
    <header class="header" part="header">
      ${inCheckout
        ? html`<button type="button" class="link-button" part="back-button" @click=${() => void backToCart(host)}>
            <span aria-hidden="true">←</span> ${host.t('cart.backToCart')}
          </button>`
        : nothing}
      <h2 id="heading" class="heading" part="heading" tabindex="-1"><slot name="heading">${host.t('cart.heading')}</slot></h2>
      ${host.closable
        ? html`<button type="button" class="close" part="close-button" aria-label=${host.t('cart.close')} @click=${() => host.close()}>
            <span aria-hidden="true">×</span>
          </button>`
        : nothing}
    </header>
    ${inCheckout ? html`<div class="checkout"><scalev-checkout></scalev-checkout></div>` : renderCart(host)}
  </section>`;
}

/** The placeholder shown while the cart (or this module) loads. */
export function renderSkeleton(loadingLabel: string): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden">${loadingLabel}</span>
    <div class="skeleton__row"></div>
    <div class="skeleton__row"></div>
  </div>`;
}

function renderCart(host: PanelHost): TemplateResult {
  const cart = host.cart;
  if (!cart || ((cart.status === 'loading' || cart.status === 'idle') && cart.snapshot.lines.length === 0)) {
    return renderSkeleton(host.t('common.loading'));
  }
  cart.wantLineDetails();
  const { snapshot } = cart;
  const failure = cart.failure;
  if (cart.status === 'error' && snapshot.lines.length === 0) {
    return html`<div class="body">${renderError({
      message: host.t('cart.loadFailed', { reason: host.describeError(failure?.error) }),
      retryLabel: host.t('common.retry'),
      onRetry: () => void cart.load({ force: true }),
    })}</div>`;
  }
  return html`<div class="body">
      ${failure ? renderFailure(host, cart, failure) : nothing}
      ${snapshot.lines.length === 0
        ? html`<div class="empty" part="empty"><slot name="empty"><p>${host.t('cart.empty')}</p></slot></div>`
        : html`<ul class="lines" part="lines" aria-label=${host.t('cart.lines')}>
            ${snapshot.lines.map((line) => renderLine(host, line))}
          </ul>`}
    </div>
    ${snapshot.lines.length ? renderSummary(host, cart) : nothing}`;
}

function renderFailure(host: PanelHost, cart: CartStore, failure: CartFailure): TemplateResult {
  const message = host.t(`cart.${failure.operation}Failed`, { reason: host.describeError(failure.error) });
  if (failure.operation === 'load') {
    return html`${renderError({ message, retryLabel: host.t('common.retry'), onRetry: () => void cart.load({ force: true }) })}`;
  }
  return html`<div class="failure">
    ${renderError({ message })}
    <button type="button" class="link-button" part="dismiss-button" @click=${() => cart.dismissFailure()}>
      ${host.t('cart.dismiss')}
    </button>
  </div>`;
}

function lineName(host: PanelHost, line: CartLine): string {
  if (line.name) return line.name;
  return line.type === 'variant'
    ? host.t('cart.unknownVariant', { id: line.variantId })
    : host.t('cart.unknownBundle', { id: line.bundlePriceOptionId });
}

function renderLine(host: PanelHost, line: CartLine): TemplateResult {
  const name = lineName(host, line);
  const href = line.productSlug ? host.productUrl(line.productSlug) : null;
  const stock =
    line.available === 0
      ? host.t('cart.outOfStock')
      : line.available !== null && line.available <= 5
        ? host.t('cart.stockLeft', { count: line.available })
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
        ? html`<span class="line__price" part="price">${host.t('cart.unitPrice', { price: host.money(line.unitPrice) })}</span>`
        : nothing}
      ${stock ? html`<span class="line__stock" part="stock">${stock}</span>` : nothing}
    </div>
    <div class="line__controls">
      ${renderQuantityStepper({
        value: line.quantity,
        min: 1,
        // A quantity above what is left stays shown; the store clamps any change to availability.
        max: Math.max(line.maxQuantity, line.quantity),
        label: host.t('cart.quantityLabel', { name }),
        id: `quantity-${line.key.replace(':', '-')}`,
        disabled: line.id === undefined,
        t: (key, params) => host.t(key, params),
        onChange: (value) => line.id !== undefined && host.cart?.setQuantity(line.id, value),
      })}
      <button
        type="button"
        class="link-button remove"
        part="remove-button"
        aria-label=${host.t('cart.removeLabel', { name })}
        ?disabled=${line.id === undefined}
        @click=${() => void removeLine(host, line, name)}
      >
        ${host.t('cart.remove')}
      </button>
    </div>
    <span class="line__total" part="line-total" aria-label=${host.t('cart.lineTotal', { name })}>
      ${line.lineTotal !== null ? host.money(line.lineTotal) : '–'}
    </span>
    ${line.pending ? html`<span class="visually-hidden">${host.t('cart.updating')}</span>` : nothing}
  </li>`;
}

function renderSummary(host: PanelHost, cart: CartStore): TemplateResult {
  const { subtotal } = cart.snapshot;
  const href = host.checkoutHref;
  const onCheckout = (event: Event) => void checkout(host, event);
  return html`<footer class="summary" part="summary">
    <div class="subtotal" part="subtotal">
      <span>${host.t('cart.subtotal')}</span>
      <strong>${subtotal === null ? host.t('cart.subtotalUnknown') : host.money(subtotal)}</strong>
    </div>
    <p class="note" part="note">${host.t('cart.subtotalNote')}</p>
    ${host.checkoutProblem ? renderError({ message: host.checkoutProblem }) : nothing}
    ${href
      ? html`<a class="checkout-button" part="checkout-button" href=${href} @click=${onCheckout}>${host.t('cart.checkout')}</a>`
      : html`<button type="button" class="checkout-button" part="checkout-button" @click=${onCheckout}>
          ${host.t('cart.checkout')}
        </button>`}
  </footer>`;
}
