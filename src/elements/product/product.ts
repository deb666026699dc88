import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ScalevElement } from '../base/scalev-element.js';
import { isScalevApiError } from '../../api/errors.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontItemCard } from '../../api/catalog.js';
import type {
  StorefrontBundlePriceOptionDetail,
  StorefrontProductDetail,
  StorefrontVariantPricing,
  VariantAvailability,
} from '../../api/types.js';
import { catalogCache } from '../../state/catalog-cache.js';
import type { AddToCartInput } from '../../state/cart.js';
import { PendingController } from '../../ui/pending.js';
import { renderError, renderLiveRegion } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { quantityBounds, renderQuantityStepper } from '../../ui/quantity-stepper.js';
import { quantityStepperStyles } from '../../ui/quantity-stepper.styles.js';
import { readPriceRange, safeImageUrl } from '../catalog/catalog-model.js';
import { formatPriceRange } from '../catalog/card.js';
import { addToCart, preloadCartStore, trackDetailView } from '../catalog/add-to-cart.js';
import {
  buildVariantModel,
  chooseValue,
  choosableRule,
  defaultSelection,
  findVariant,
  normalizeSelection,
  optionStates,
  optionValuesOf,
  type PurchasableVariant,
  type VariantModel,
} from './variant-model.js';
import { productStyles } from './product.styles.js';
import './strings.js';

type ProductStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';
export type ProductKind = 'auto' | 'product' | 'bundle';

/** Images of the gallery are requested at this size; the box keeps its ratio before they arrive. */
const IMAGE_SIZE = 600;
const LOW_STOCK_SHOWN_BELOW = 10;

function isNotFound(error: unknown): boolean {
  return isScalevApiError(error) && error.status === 404 && !/store not found/i.test(error.message);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function imagesOf(...lists: unknown[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const candidate of list) {
      const url = safeImageUrl(candidate);
      if (url && !out.includes(url)) out.push(url);
    }
  }
  return out;
}

interface StockView {
  buyable: boolean;
  /** Units that may be ordered; null = unlimited or unknown. */
  availableQty: number | null;
  level: 'in' | 'low' | 'out' | 'unknown';
}

/**
 * One product or bundle as a buy box: gallery, sanitised description, one radio group per option
 * (values that cannot be bought with the earlier choices are disabled, never hidden), live price
 * and stock of the chosen variant, quantity bounded by stock, and add to cart. The catalogue's
 * detail dialog is this same element.
 *
 * Requests: `GET /public/products/{slug}` (or `/public/bundle-price-options/{slug}`), then one
 * batched `GET /public/variants/pricing?ids=…` for all variants (it says which combinations can be
 * bought), then `GET /public/variants/{id}/availability` for the chosen variant (stock level).
 * All go through the page-wide cache: several buy boxes for one product cost one set.
 *
 * Bundles: `type="bundle"` reads the slug as a bundle price option. With the default
 * `type="auto"` the slug is read as a product, and only when the store answers 404 is it tried
 * as a bundle (one extra request, only on the not-found path; a product wins a shared slug).
 *
 * @summary A single product or bundle with options, live price and stock, quantity and add to cart.
 *
 * @csspart base - The product's wrapper.
 * @csspart gallery - The image area.
 * @csspart image - The large image.
 * @csspart thumbnail - A thumbnail button.
 * @csspart name - The product name.
 * @csspart price - The price of the chosen variant (or the price range while none is known).
 * @csspart stock - The stock line ("In stock", "3 left", "Out of stock").
 * @csspart options - All option groups.
 * @csspart option-group - One option's radio group.
 * @csspart option - One option value.
 * @csspart bundle-lines - What a bundle contains.
 * @csspart quantity - The quantity stepper (also `quantity-button`, `quantity-input`).
 * @csspart add-button - The add-to-cart button.
 * @csspart added - The confirmation after adding.
 * @csspart error - A failed add or load.
 * @csspart retry-button - The retry button of a failed load.
 * @csspart description - The description.
 * @csspart not-found - Shown when the slug matches nothing.
 * @csspart problem - The configuration message shown when the store cannot work.
 * @csspart dialog - The dialog around the product in `modal` mode.
 * @csspart dialog-close - The dialog's close button.
 *
 * @cssprop --scalev-product-gap - Space between gallery and buy box.
 * @cssprop --scalev-product-image-radius - Corner radius of the large image.
 * @cssprop --scalev-product-image-fit - `object-fit` of the large image (default `cover`).
 * @cssprop --scalev-product-name-size - Font size of the name.
 *
 * @cssstate loading - The product is loading.
 * @cssstate error - It could not be loaded.
 * @cssstate not-found - No product (or bundle) has this slug.
 * @cssstate sold-out - The chosen variant cannot be bought.
 *
 * @fires scalev-before-add-to-cart - Cancelable; before the item is added.
 * @fires scalev-add-to-cart - After the cart accepted the item.
 * @fires scalev-error - A load or add failed (detail: error, operation).
 */
export class ScalevProduct extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, quantityStepperStyles, productStyles];

  /** Slug of the product (or bundle price option) to show. */
  @property() slug = '';

  /** What `slug` names: `auto` (product, then bundle if no product has it), `product` or `bundle`. */
  @property() type: ProductKind = 'auto';

  /** Hides the description. */
  @property({ type: Boolean, attribute: 'hide-description' }) hideDescription = false;

  /** Hides the image gallery. */
  @property({ type: Boolean, attribute: 'hide-gallery' }) hideGallery = false;

  /** Hides the quantity stepper (one unit per add). */
  @property({ type: Boolean, attribute: 'hide-quantity' }) hideQuantity = false;

  /** Heading level of the product name, 1–6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Card data already known (from a catalogue), shown while the detail loads. */
  @property({ attribute: false }) preview: StorefrontItemCard | null = null;

  /** Reported as `source` in the add-to-cart events. */
  @property({ attribute: false }) source = 'product';

  /** Renders inside a modal dialog, opened with `show()` (the catalogue's detail view). */
  @property({ type: Boolean, reflect: true }) modal = false;

  @state() private status: ProductStatus = 'idle';
  /** Words for a failed load, worked out when it failed (describing "Store not found" marks the store). */
  @state() private loadError = '';
  @state() private product: StorefrontProductDetail | null = null;
  @state() private bundle: StorefrontBundlePriceOptionDetail | null = null;
  @state() private model: VariantModel | null = null;
  @state() private selection: string[] = [];
  @state() private quantity = 1;
  @state() private pricing = new Map<number, StorefrontVariantPricing>();
  @state() private availability = new Map<number, VariantAvailability>();
  @state() private imageIndex = 0;
  @state() private addError = '';
  @state() private added = false;
  @state() private announcement = '';

  /** Sanitised rich description; the sanitiser (DOMPurify) loads after the buy box has rendered. */
  @state() private descriptionHtml = '';
  private generation = 0;
  private loadPending = false;
  private selectionTouched = false;
  private viewTracked = -1;
  private readonly pending = new PendingController(this);
  private choosable: (variant: PurchasableVariant) => boolean = () => true;
  private closeWaiters: Array<() => void> = [];

  /**
   * Opens the product as a modal dialog (focus stays inside, Escape or the close button closes it,
   * the browser returns focus afterwards). Resolves when the dialog closes.
   */
  async show(): Promise<void> {
    this.modal = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    await new Promise<void>((resolve) => this.closeWaiters.push(resolve));
  }

  /** Closes the dialog opened by `show()`. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.onDialogClosed();
  }

  /**
   * Escape (or `requestClose()`) fires `cancel`, then closes at once; the `close` event itself
   * comes later as a task, which background pages may hold back, so do not wait for it.
   */
  private onDialogCancel(event: Event): void {
    const dialog = event.currentTarget as HTMLDialogElement;
    queueMicrotask(() => {
      if (!dialog.open) this.onDialogClosed();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerover', this.warmUp);
    this.addEventListener('focusin', this.warmUp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.onDialogClosed();
  }

  /** The buyer reaching for the buy box: load the cart store now, so adding is instant. */
  private readonly warmUp = () => {
    this.removeEventListener('pointerover', this.warmUp);
    this.removeEventListener('focusin', this.warmUp);
    preloadCartStore().catch(() => undefined);
  };

  private onDialogClosed(): void {
    const waiters = this.closeWaiters;
    this.closeWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the dialog box itself, outside its content, is a click on the backdrop.
    if (event.target === event.currentTarget) this.close();
  }

  /**
   * Loading starts in the next update, not here: when this element upgrades late (its module
   * loaded after the tag was rendered, as in the catalogue's dialog), `slug` set before the
   * upgrade is only restored at the first update, and the store is found before that.
   */
  protected override storefrontChanged(): void {
    this.loadPending = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    if (this.storefront && (this.loadPending || ((changed.has('slug') || changed.has('type')) && this.hasUpdated))) {
      this.loadPending = false;
      void this.load();
    }
    if (changed.has('model') || changed.has('pricing') || changed.has('availability') || changed.has('product')) {
      const model = this.model;
      this.choosable = model ? choosableRule(model, (variant) => this.isBuyable(variant)) : () => true;
    }
    // Stock may have dropped below the chosen quantity.
    const { min, max } = quantityBounds(1, this.stock().availableQty);
    if (this.quantity > max || this.quantity < min) this.quantity = Math.min(max, Math.max(min, this.quantity));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed as PropertyValues<this>);
    this.setCustomState('loading', this.status === 'loading' || (this.status === 'idle' && Boolean(this.storefront)));
    this.setCustomState('error', this.status === 'error');
    this.setCustomState('not-found', this.status === 'not-found');
    this.setCustomState('sold-out', this.status === 'ready' && !this.stock().buyable);
    if (this.status === 'ready' && this.viewTracked !== this.generation && this.storefront) {
      this.viewTracked = this.generation;
      const input = this.cartInput();
      if (input) {
        trackDetailView(this.storefront, {
          ...(input.variantId !== undefined ? { variantId: input.variantId } : {}),
          ...(input.bundlePriceOptionId !== undefined ? { bundlePriceOptionId: input.bundlePriceOptionId } : {}),
          uniqueId: input.display.uniqueId ?? null,
          name: input.display.name,
          price: input.display.unitPrice ?? null,
        });
      }
    }
  }

  // ---------------------------------------------------------------- loading

  /** Loads (again) what `slug` names; also the retry of a failed load. */
  async load(): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || storefront.problem) return;
    const generation = ++this.generation;
    const slug = this.slug.trim();
    this.product = null;
    this.bundle = null;
    this.model = null;
    this.selection = [];
    this.pricing = new Map();
    this.availability = new Map();
    this.imageIndex = 0;
    this.quantity = 1;
    this.addError = '';
    this.added = false;
    this.loadError = '';
    this.selectionTouched = false;
    this.descriptionHtml = '';
    if (!slug) {
      this.status = 'not-found';
      return;
    }
    this.status = 'loading';
    const cache = catalogCache(storefront);
    try {
      if (this.type !== 'bundle') {
        try {
          const product = await cache.product(slug);
          if (generation !== this.generation) return;
          this.showProduct(product, generation);
          return;
        } catch (error) {
          if (!(this.type === 'auto' && isNotFound(error))) throw error;
        }
      }
      const bundle = await cache.bundle(slug);
      if (generation !== this.generation) return;
      this.showBundle(bundle, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      if (isNotFound(error)) {
        this.status = 'not-found';
        return;
      }
      this.status = 'error';
      this.loadError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'product.load');
    }
  }

  private showProduct(product: StorefrontProductDetail, generation: number): void {
    if (!product || typeof product !== 'object') throw new TypeError('product detail is not an object');
    const model = buildVariantModel(product, this.t('product.option'));
    this.product = product;
    this.model = model;
    this.choosable = choosableRule(model, (variant) => this.isBuyable(variant));
    this.selection = defaultSelection(model, this.choosable);
    this.status = 'ready';
    this.prepareDescription(product.rich_description, generation);
    void this.loadStock(model, generation);
  }

  private showBundle(bundle: StorefrontBundlePriceOptionDetail, generation: number): void {
    if (!bundle || typeof bundle !== 'object') throw new TypeError('bundle detail is not an object');
    this.bundle = bundle;
    this.status = 'ready';
    this.prepareDescription(bundle.rich_description, generation);
  }

  /** Merchant HTML is shown only once sanitised; the plain description stands in meanwhile. */
  private prepareDescription(rich: unknown, generation: number): void {
    if (typeof rich !== 'string' || !rich.trim()) return;
    void import('../../ui/sanitize.js').then(
      ({ sanitizeHtml }) => {
        if (generation === this.generation) this.descriptionHtml = sanitizeHtml(rich);
      },
      (error: unknown) => this.reportError(error, 'product.description'),
    );
  }

  /** Prices and stock of every variant in one batched call, then the chosen variant's availability. */
  private async loadStock(model: VariantModel, generation: number): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || model.variants.length === 0) return;
    try {
      const prices = await catalogCache(storefront).pricingMany(model.variants.map((variant) => variant.id));
      if (generation !== this.generation) return;
      this.pricing = prices;
      const choosable = choosableRule(model, (variant) => this.isBuyable(variant));
      this.choosable = choosable;
      this.selection = this.selectionTouched
        ? normalizeSelection(model, this.selection, choosable)
        : defaultSelection(model, choosable);
    } catch (error) {
      // Without live prices the detail's own prices and the cart's answer still work.
      this.reportError(error, 'product.pricing');
    }
    if (generation === this.generation) void this.loadAvailability(generation);
  }

  private async loadAvailability(generation: number): Promise<void> {
    const storefront = this.storefront;
    const variant = this.chosenVariant();
    if (!storefront || !variant || this.availability.has(variant.id)) return;
    try {
      const answer = await catalogCache(storefront).availability(variant.id);
      if (generation !== this.generation || !answer || typeof answer !== 'object') return;
      this.availability = new Map(this.availability).set(variant.id, answer);
    } catch (error) {
      this.reportError(error, 'product.availability');
    }
  }

  // ---------------------------------------------------------------- model

  private isBuyable(variant: PurchasableVariant): boolean {
    if (variant.is_active === false) return false;
    const known = this.availability.get(variant.id) ?? this.pricing.get(variant.id);
    if (known) return known.available !== false && known.available_qty !== 0;
    return this.product?.in_stock !== false;
  }

  private chosenVariant(): PurchasableVariant | null {
    const model = this.model;
    return model ? findVariant(model, this.selection, this.choosable) : null;
  }

  private stock(): StockView {
    if (this.bundle) {
      const buyable = this.bundle.in_stock !== false;
      return { buyable, availableQty: null, level: buyable ? 'unknown' : 'out' };
    }
    const variant = this.chosenVariant();
    if (!variant) return { buyable: false, availableQty: null, level: this.product ? 'out' : 'unknown' };
    const buyable = this.isBuyable(variant);
    const availability = this.availability.get(variant.id);
    const pricing = this.pricing.get(variant.id);
    const rawQty = availability ? availability.available_qty : pricing?.available_qty;
    const availableQty = typeof rawQty === 'number' && Number.isFinite(rawQty) ? Math.max(0, Math.floor(rawQty)) : null;
    let level: StockView['level'] = 'unknown';
    if (!buyable) level = 'out';
    else if (availability?.stock_status === 'low_stock' || (availableQty !== null && availableQty <= LOW_STOCK_SHOWN_BELOW)) level = 'low';
    else if (availability || pricing) level = 'in';
    return { buyable, availableQty, level };
  }

  private unitPrice(): number | null {
    if (this.bundle) return parseMoney(this.bundle.price) ?? readPriceRange(this.bundle.price_range).min;
    const variant = this.chosenVariant();
    if (!variant) return null;
    return parseMoney(this.pricing.get(variant.id)?.price) ?? parseMoney(variant.price);
  }

  private displayName(): string {
    if (this.bundle) return text(this.bundle.name) || text(this.bundle.bundle_price_option_name) || text(this.bundle.slug);
    if (this.product) return text(this.product.name) || text(this.product.slug);
    return text((this.preview as Record<string, unknown> | null)?.['name']);
  }

  private galleryImages(): string[] {
    if (this.bundle) return imagesOf(this.bundle.images, [this.bundle.meta_thumbnail]);
    if (this.product) {
      return imagesOf(this.chosenVariant()?.images, this.product.images, [this.product.meta_thumbnail]);
    }
    const preview = this.preview as Record<string, unknown> | null;
    return imagesOf(preview?.['images'], [preview?.['meta_thumbnail']]);
  }

  /** What "add to cart" sends, or null when nothing can be added. */
  private cartInput(): AddToCartInput | null {
    const image = this.galleryImages()[0] ?? null;
    if (this.bundle) {
      const record = this.bundle as Record<string, unknown>;
      const id = Number(record['bundle_price_option_id'] ?? record['id']);
      if (!Number.isInteger(id) || id <= 0) return null;
      const uniqueId = record['bundle_price_option_unique_id'] ?? record['unique_id'];
      return {
        type: 'bundle_price_option',
        bundlePriceOptionId: id,
        quantity: this.quantity,
        display: {
          name: this.displayName(),
          image,
          unitPrice: this.unitPrice(),
          bundleSlug: text(this.bundle.slug) || this.slug,
          uniqueId: typeof uniqueId === 'string' ? uniqueId : null,
          maxQuantity: null,
        },
      };
    }
    const variant = this.chosenVariant();
    if (!variant || !this.model) return null;
    return {
      type: 'variant',
      variantId: variant.id,
      quantity: this.quantity,
      display: {
        name: this.displayName(),
        options: optionValuesOf(this.model, variant),
        image,
        unitPrice: this.unitPrice(),
        productSlug: text(this.product?.slug) || this.slug,
        uniqueId: typeof variant.unique_id === 'string' ? variant.unique_id : null,
        maxQuantity: this.stock().availableQty,
      },
    };
  }

  // ---------------------------------------------------------------- interactions

  private choose(index: number, value: string): void {
    const model = this.model;
    if (!model) return;
    const before = this.chosenVariant();
    this.selectionTouched = true;
    this.selection = chooseValue(model, this.selection, index, value, this.choosable);
    this.added = false;
    this.addError = '';
    if (this.chosenVariant()?.id !== before?.id) this.imageIndex = 0;
    void this.loadAvailability(this.generation);
  }

  private async add(): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || this.pending.busy || !this.stock().buyable) return;
    const input = this.cartInput();
    if (!input) return;
    await this.pending.run(async () => {
      this.addError = '';
      this.added = false;
      try {
        const outcome = await addToCart(storefront, input, this.source, this.emit.bind(this));
        if (outcome.status === 'added') {
          this.added = true;
          await this.announce(this.t('product.addedNamed', { name: input.display.name }));
        }
      } catch (error) {
        this.addError = this.describeError(error) || this.t('error.generic');
        this.reportError(error, 'product.add-to-cart');
      }
    });
  }

  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    if (!this.modal) return this.renderContent();
    return html`<dialog
      class="dialog"
      part="dialog"
      aria-label=${this.displayName() || this.t('product.loading')}
      @close=${this.onDialogClosed}
      @cancel=${this.onDialogCancel}
      @click=${this.onDialogClick}
    >
      <div class="dialog__bar">
        <button type="button" class="dialog__close" part="dialog-close" aria-label=${this.t('common.close')} @click=${this.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog__content">${this.renderContent()}</div>
    </dialog>`;
  }

  private renderContent(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    switch (this.status) {
      case 'not-found':
        return html`<div class="not-found" part="not-found" role="alert">
          <p><strong>${this.t('product.notFound')}</strong></p>
          <p>${this.t('product.notFoundHint')}</p>
        </div>`;
      case 'error':
        return html`${renderError({
          message: this.loadError,
          retryLabel: this.t('common.retry'),
          onRetry: () => void this.load(),
        })}`;
      case 'ready':
        return this.renderReady();
      default:
        return this.renderLoading();
    }
  }

  private renderHeading(name: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.floor(Number(this.headingLevel)) || 2));
    return html`<div class="name" part="name" role="heading" aria-level=${level}>${name}</div>`;
  }

  private renderLoading(): TemplateResult {
    const preview = this.preview as Record<string, unknown> | null;
    const name = text(preview?.['name']);
    const range = readPriceRange(preview?.['price_range'] as never);
    const price = formatPriceRange(range.min, range.max, (amount) => this.money(amount));
    return html`<div class="product${this.hideGallery ? ' product--no-gallery' : ''}" part="base" aria-busy="true">
      ${this.hideGallery ? nothing : this.renderGallery(this.galleryImages(), name)}
      <div class="info">
        <div class="heading">
          ${name ? this.renderHeading(name) : html`<span class="skeleton skeleton--line"></span>`}
        </div>
        ${price ? html`<p class="price" part="price">${price}</p>` : html`<span class="skeleton skeleton--line skeleton--short"></span>`}
        <p class="visually-hidden" role="status">${this.t('product.loading')}</p>
        <span class="skeleton skeleton--line"></span>
        <span class="skeleton skeleton--button"></span>
      </div>
    </div>`;
  }

  private renderReady(): TemplateResult {
    const name = this.displayName();
    const images = this.galleryImages();
    const stock = this.stock();
    const price = this.unitPrice();
    const bundle = this.bundle;
    return html`<article class="product${this.hideGallery ? ' product--no-gallery' : ''}" part="base">
      ${this.hideGallery ? nothing : this.renderGallery(images, name)}
      <div class="info">
        <div class="heading">
          ${bundle ? html`<span class="badge">${this.t('product.bundle')}</span>` : nothing} ${this.renderHeading(name)}
          ${bundle && text(bundle.bundle_name) && text(bundle.bundle_name) !== name
            ? html`<p class="subtitle">${text(bundle.bundle_name)}</p>`
            : nothing}
        </div>
        ${this.renderPrice(price)} ${this.renderStock(stock)} ${this.renderOptionGroups()} ${this.renderBundleLines()}
        ${this.renderBuy(stock)}
        ${this.added
          ? html`<p class="added" part="added">
              <span><span aria-hidden="true">✓</span> ${this.t('product.added')}</span>
              ${this.storefront?.url('cart') ? html`<a href=${this.storefront.url('cart')!}>${this.t('product.viewCart')}</a>` : nothing}
            </p>`
          : nothing}
        ${renderError({ message: this.addError })} ${this.renderDescription()}
      </div>
      ${renderLiveRegion(this.announcement)}
    </article>`;
  }

  private renderPrice(price: number | null): TemplateResult {
    if (price !== null) return html`<p class="price" part="price">${this.money(price)}</p>`;
    // Before a variant is priced, the product's range is better than nothing.
    const range = readPriceRange(this.product?.price_range ?? this.bundle?.price_range);
    const label = formatPriceRange(range.min, range.max, (amount) => this.money(amount));
    return label
      ? html`<p class="price" part="price">${label}</p>`
      : html`<p class="price price--none" part="price">${this.t('product.noPrice')}</p>`;
  }

  private renderStock(stock: StockView): TemplateResult {
    let label = '';
    let modifier = '';
    if (stock.level === 'out') {
      label = this.t(this.chosenVariant() || this.bundle ? 'product.outOfStock' : 'product.unavailable');
      modifier = ' stock--out';
    } else if (stock.level === 'low') {
      label = stock.availableQty !== null ? this.t('product.left', { count: stock.availableQty }) : this.t('product.lowStock');
      modifier = ' stock--low';
    } else if (stock.level === 'in') {
      label = this.t('product.inStock');
    }
    return html`<p class="stock${modifier}" part="stock">${label}</p>`;
  }

  private renderGallery(images: string[], name: string): TemplateResult {
    const index = Math.min(this.imageIndex, Math.max(0, images.length - 1));
    const main = images[index];
    return html`<div class="gallery" part="gallery">
      <div class="gallery__main">
        ${main
          ? html`<img
              class="gallery__image"
              part="image"
              src=${main}
              alt=${name}
              width=${IMAGE_SIZE}
              height=${IMAGE_SIZE}
              loading="lazy"
              decoding="async"
            />`
          : html`<span class="placeholder" aria-hidden="true"></span>`}
      </div>
      ${images.length > 1
        ? html`<ul class="thumbs" role="list" aria-label=${this.t('product.gallery')}>
            ${images.map(
              (src, i) => html`<li>
                <button
                  type="button"
                  class="thumb"
                  part="thumbnail"
                  aria-label=${this.t('product.showImage', { index: i + 1, count: images.length })}
                  aria-pressed=${i === index ? 'true' : 'false'}
                  @click=${() => (this.imageIndex = i)}
                >
                  <img src=${src} alt="" width="80" height="80" loading="lazy" decoding="async" />
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderOptionGroups(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model || model.dimensions.length === 0) return nothing;
    const states = optionStates(model, this.selection, this.choosable);
    return html`<div class="options" part="options">
      ${model.dimensions.map(
        (dimension, index) => html`<fieldset class="option-group" part="option-group">
          <legend>${dimension.name}: <span class="option-chosen">${this.selection[index] ?? ''}</span></legend>
          <div class="option-values">
            ${states[index]!.map(
              (option) => html`<label class="option" part="option">
                <input
                  type="radio"
                  name=${`option-${index}`}
                  .value=${option.value}
                  .checked=${live(this.selection[index] === option.value)}
                  ?disabled=${option.disabled}
                  @change=${() => this.choose(index, option.value)}
                />
                <span class="option__label"
                  >${option.value}${option.disabled
                    ? html`<span class="visually-hidden"> (${this.t('product.valueUnavailable')})</span>`
                    : nothing}</span
                >
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
    </div>`;
  }

  private renderBundleLines(): TemplateResult | typeof nothing {
    const lines = Array.isArray(this.bundle?.bundlelines) ? this.bundle.bundlelines : [];
    const usable = lines.filter((line) => line && typeof line === 'object');
    if (!this.bundle || usable.length === 0) return nothing;
    return html`<div class="bundle-lines" part="bundle-lines">
      <h3>${this.t('product.bundleContents')}</h3>
      <ul>
        ${usable.map((line) => {
          const productName = text(line.product_name);
          const variantName = text(line.variant_name);
          const label = [productName, variantName && variantName !== productName ? variantName : '']
            .filter(Boolean)
            .join(' – ') || `#${text(line.variant_id)}`;
          const quantity = Math.max(1, Math.floor(Number(line.quantity)) || 1);
          return html`<li>${quantity} × ${label}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderBuy(stock: StockView): TemplateResult {
    const canAdd = stock.buyable && this.cartInput() !== null;
    const busy = this.pending.busy;
    let label = this.t('product.add');
    if (!stock.buyable) label = this.t(this.chosenVariant() || this.bundle ? 'product.outOfStock' : 'product.unavailable');
    else if (this.pending.visible) label = this.t('product.adding');
    return html`<div class="buy">
      ${this.hideQuantity
        ? nothing
        : renderQuantityStepper({
            value: this.quantity,
            min: 1,
            max: stock.availableQty,
            label: this.t('quantity.label'),
            showLabel: true,
            id: 'product-quantity',
            disabled: !canAdd,
            t: (key, params) => this.t(key, params),
            onChange: (value) => {
              this.quantity = value;
              this.added = false;
            },
          })}
      <button
        type="button"
        class="add"
        part="add-button"
        ?disabled=${!canAdd}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${this.pending.visible ? 'true' : 'false'}
        @click=${() => void this.add()}
      >
        ${this.pending.visible ? html`<span class="spinner" aria-hidden="true"></span>` : nothing} ${label}
      </button>
    </div>`;
  }

  private renderDescription(): TemplateResult | typeof nothing {
    if (this.hideDescription) return nothing;
    const source = this.bundle ?? this.product;
    const plain = text(source?.description);
    if (!this.descriptionHtml && !plain) return nothing;
    return html`<div class="description" part="description">
      ${this.descriptionHtml
        ? html`<div class="description__body">${unsafeHTML(this.descriptionHtml)}</div>`
        : html`<p class="description__text">${plain}</p>`}
    </div>`;
  }
}
