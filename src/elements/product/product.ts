import { adoptStyles, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import { isScalevApiError } from '../../api/errors.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontItemCard } from '../../api/catalog.js';
import type {
  StorefrontProductDetail,
  StorefrontVariantPricing,
  VariantAvailability,
} from '../../api/types.js';
import { ensureLocale } from '../../i18n/localize.js';
import { catalogFacts } from '../../state/catalog-facts.js';
import type { AddToCartInput } from '../../state/cart.js';
import type { PendingController } from '../../ui/pending.js';
import { renderError, renderLiveRegion, retryKeepingFocus } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { loadOnce } from '../../ui/load-once.js';
import { addToCart, conversionItemOf, preloadCartStore } from '../catalog/add-to-cart.js';
import { formatPriceRange, readPriceRange } from '../catalog/item-fields.js';
import { descriptionPreview } from './description-preview.js';
import { hasOptions, imagesOf, purchasableVariants, text, type PurchasableVariant } from './product-data.js';
import type { BundleView } from './bundle.js';
import type { VariantModel } from './variant-model.js';
import { productStyles } from './product.styles.js';
import './strings.js';

type ProductStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';
export type ProductKind = 'auto' | 'product' | 'bundle';

/** Images of the gallery are requested at this size; the box keeps its ratio before they arrive. */
const IMAGE_SIZE = 600;
const LOW_STOCK_SHOWN_BELOW = 10;
/** The buyer reaching for the buy box: a pointer over it, a touch or focus inside it. */
const INTENT_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;

type Features = typeof import('./features.js');
type Stepper = typeof import('../../ui/quantity-stepper.js');
type RichDescription = typeof import('./rich-description.js');
type Dialog = typeof import('./dialog.js');
type BuyFlow = typeof import('./buy.js');
type NotFound = typeof import('./not-found.js');

// What only some products or buyers need loads on demand (dynamic imports are not in the static graph).
const loadFeatures = loadOnce(() => import('./features.js'));
const loadBundle = loadOnce(() => import('./bundle.js'));
const loadDialog = loadOnce(() => import('./dialog.js'));
const loadStepper = loadOnce(() =>
  Promise.all([import('../../ui/quantity-stepper.js'), import('../../ui/quantity-stepper.styles.js')]),
);
const loadRichDescription = loadOnce(() => import('./rich-description.js'));
const loadBuyFlow = loadOnce(() => import('./buy.js'));
const loadNotFound = loadOnce(() => import('./not-found.js'));

function isNotFound(error: unknown): boolean {
  return isScalevApiError(error) && error.status === 404 && !/store not found/i.test(error.message);
}

/** Internal reactive state: a change renders again; none of it is an attribute or public. */
function internalStates(names: string): PropertyDeclarations {
  return Object.fromEntries(names.split(' ').map((name) => [name, { state: true }]));
}

interface StockView {
  buyable: boolean;
  /** Units that may be ordered; null = unlimited or unknown. */
  availableQty: number | null;
  level: 'in' | 'low' | 'out' | 'unknown';
}

/**
 * One product or bundle as a buy box: gallery, description, one radio group per option (values
 * that cannot be bought with the earlier choices are disabled, never hidden), live price and stock
 * of the chosen variant, quantity bounded by stock, and add to cart. The catalogue's detail dialog
 * is this same element.
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
 * Loading: a product with one variant and one image needs only the buy box itself. Option groups
 * and thumbnails load with the first product that has them, bundle contents with the first
 * bundle, the dialog in `modal` mode; the quantity control, the busy state and the cart store's
 * code when the buyer reaches for the box (pointer, touch or focus); the rich description (and its
 * sanitiser) when the buyer opens it, until then a plain-text preview stands in. Adding never
 * waits for code when a cart widget on the page has already opened the cart: the cart changes in
 * the click's own task. The ViewContent conversion is sent when the box is first on screen, once per
 * product per page view however many boxes show it.
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
 * @csspart quantity - The quantity stepper.
 * @csspart quantity-button - Both buttons of the quantity stepper.
 * @csspart quantity-decrease - The stepper's "−" button.
 * @csspart quantity-increase - The stepper's "+" button.
 * @csspart quantity-input - The stepper's number input.
 * @csspart add-button - The add-to-cart button.
 * @csspart added - The confirmation after adding.
 * @csspart error - A failed add or load.
 * @csspart retry-button - The retry button of a failed load.
 * @csspart description - The description (a preview until opened in full).
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
  static override styles = [...ScalevElement.styles, statusMessageStyles, productStyles];
  static override properties = internalStates(
    'status loadError product bundle variants model selection quantity pricing availability imageIndex addError added announcement adding descriptionOpen features dialog stepper richDescription notFound',
  );

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

  private status: ProductStatus = 'idle';
  /** Words for a failed load, worked out when it failed (describing "Store not found" marks the store). */
  private loadError = '';
  private product: StorefrontProductDetail | null = null;
  private bundle: BundleView | null = null;
  private variants: PurchasableVariant[] = [];
  /** Option dimensions; null for a product without options (its one variant is the one to buy). */
  private model: VariantModel | null = null;
  private selection: string[] = [];
  private quantity = 1;
  private pricing = new Map<number, StorefrontVariantPricing>();
  private availability = new Map<number, VariantAvailability>();
  private imageIndex = 0;
  private addError = '';
  private added = false;
  private announcement = '';
  /** An add is running (from the click until the cart answered and the busy state ended). */
  private adding = false;
  private descriptionOpen = false;
  /** Modules loaded on demand, once here. */
  private features: Features | null = null;
  private dialog: Dialog | null = null;
  private stepper: Stepper | null = null;
  private richDescription: RichDescription | null = null;
  private notFound: NotFound | null = null;

  private generation = 0;
  private loadPending = false;
  private selectionTouched = false;
  /** Variant prices have been answered (or failed): the chosen variant's availability may be asked. */
  private pricingSettled = false;
  private needsOptions = false;
  private viewTracked = -1;
  private viewObserver?: IntersectionObserver;
  private viewTarget: Element | null = null;
  private intent = false;
  private pending?: PendingController;
  private flow?: BuyFlow;
  private readonly extraStyles: CSSResult[] = [];
  private stylesAdopted = 0;
  private previewMemo: [string, string] = ['', ''];
  private choosable: (variant: PurchasableVariant) => boolean = () => true;

  /**
   * Opens the product as a modal dialog (focus stays inside, Escape or the close button closes it,
   * the browser returns focus afterwards). Resolves when the dialog closes.
   */
  async show(): Promise<void> {
    this.modal = true;
    try {
      this.dialog ??= await this.use(loadDialog);
    } catch (error) {
      this.reportError(error, 'product.dialog');
      return;
    }
    await this.dialog.showDialog(this);
  }

  /** Closes the dialog opened by `show()`. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.dialog?.dialogClosed(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.onIntent, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
    this.viewObserver?.disconnect();
    this.viewObserver = undefined;
    this.viewTarget = null;
    this.dialog?.dialogClosed(this);
  }

  /**
   * The buyer reaching for the buy box: load the quantity control, the busy state and the cart
   * store, so adding is instant.
   */
  private readonly onIntent = () => {
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
    this.intent = true;
    this.loadStepper();
    loadBuyFlow().catch(() => undefined);
    preloadCartStore().catch(() => undefined);
  };

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
    if (this.modal && !this.intent) this.onIntent();
    if (this.modal && !this.dialog) {
      this.use(loadDialog).then(
        (dialog) => (this.dialog = dialog),
        (error: unknown) => this.reportError(error, 'product.dialog'),
      );
    }
    if (this.status === 'ready' && !this.features && this.wantsFeatures()) {
      this.loadFeatures().catch((error: unknown) => this.reportError(error, 'product.features'));
    }
    if (this.status === 'not-found' && !this.notFound) {
      this.use(loadNotFound).then(
        (module) => (this.notFound = module),
        (error: unknown) => this.reportError(error, 'product.not-found'),
      );
    }
    if (this.intent) this.loadStepper();
    if (changed.has('model') || changed.has('pricing') || changed.has('availability') || changed.has('product')) {
      this.choosable = this.choosableNow();
    }
    // Stock may have dropped below the chosen quantity.
    if (this.stepper) {
      const { min, max } = this.stepper.quantityBounds(1, this.stock().availableQty);
      this.quantity = Math.min(max, Math.max(min, this.quantity));
    }
  }

  protected override update(changed: PropertyValues): void {
    // Styles of modules loaded on demand join the element's own.
    if (this.stylesAdopted !== this.extraStyles.length && this.renderRoot instanceof ShadowRoot) {
      this.stylesAdopted = this.extraStyles.length;
      adoptStyles(this.renderRoot, [...(this.constructor as typeof ScalevProduct).elementStyles, ...this.extraStyles]);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed as PropertyValues<this>);
    const status = this.status;
    this.setCustomState('loading', status === 'loading' || (status === 'idle' && Boolean(this.storefront)));
    this.setCustomState('error', status === 'error');
    this.setCustomState('not-found', status === 'not-found');
    this.setCustomState('sold-out', status === 'ready' && !this.stock().buyable);
    this.watchView();
  }

  // ---------------------------------------------------------------- modules on demand

  /** A module loaded on demand, with its strings in this element's language and its styles adopted. */
  private async use<M extends { styles: CSSResult }>(load: () => Promise<M>): Promise<M> {
    const module = await load();
    await ensureLocale(this.resolvedLocale);
    this.addStyles(module.styles);
    return module;
  }

  private addStyles(styles: CSSResult): void {
    if (!this.extraStyles.includes(styles)) this.extraStyles.push(styles);
  }

  private async loadFeatures(): Promise<Features> {
    return (this.features ??= await this.use(loadFeatures));
  }

  private loadStepper(): void {
    if (this.stepper || this.hideQuantity) return;
    loadStepper().then(
      ([stepper, { quantityStepperStyles }]) => {
        this.addStyles(quantityStepperStyles);
        this.stepper = stepper;
      },
      // The buy box still adds one unit; the next add tries again.
      () => undefined,
    );
  }

  private loadRichDescription(): void {
    if (this.richDescription) return;
    this.use(loadRichDescription).then(
      (module) => (this.richDescription = module),
      (error: unknown) => this.reportError(error, 'product.description'),
    );
  }

  /** Option groups or thumbnails are (or will be) shown. */
  private wantsFeatures(): boolean {
    if (this.needsOptions) return true;
    if (this.hideGallery) return false;
    return this.galleryImages().length > 1 || imagesOf(...this.variants.map((variant) => variant.images)).length > 1;
  }

  // ---------------------------------------------------------------- loading

  /** Loads (again) what `slug` names; also the retry of a failed load. */
  async load(): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || storefront.problem) return;
    const generation = ++this.generation;
    const slug = this.slug.trim();
    this.product = this.bundle = this.model = null;
    this.variants = [];
    this.selection = [];
    this.pricing = new Map();
    this.availability = new Map();
    this.imageIndex = 0;
    this.quantity = 1;
    this.loadError = this.addError = '';
    this.needsOptions = this.pricingSettled = this.added = this.selectionTouched = this.descriptionOpen = false;
    if (!slug) {
      this.status = 'not-found';
      return;
    }
    this.status = 'loading';
    const cache = catalogFacts(storefront);
    // A catalogue card says early whether the detail will need options or thumbnails.
    if (this.preview?.is_multiple || (Array.isArray(this.preview?.images) && this.preview.images.length > 1)) {
      void loadFeatures().catch(() => undefined);
    }
    const current = () => generation === this.generation;
    try {
      if (this.type !== 'bundle') {
        try {
          const product = await cache.product(slug);
          if (current()) await this.showProduct(product, generation);
          return;
        } catch (error) {
          if (!current()) return;
          if (!(this.type === 'auto' && isNotFound(error))) throw error;
        }
      }
      const bundle = await cache.bundle(slug);
      if (!bundle || typeof bundle !== 'object') throw new TypeError('bundle detail is not an object');
      const { readBundle } = await this.use(loadBundle);
      if (!current()) return;
      this.bundle = readBundle(bundle, slug);
      this.status = 'ready';
    } catch (error) {
      if (!current()) return;
      if (isNotFound(error)) {
        this.status = 'not-found';
        return;
      }
      this.status = 'error';
      this.loadError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'product.load');
    }
  }

  private async showProduct(product: StorefrontProductDetail, generation: number): Promise<void> {
    if (!product || typeof product !== 'object') throw new TypeError('product detail is not an object');
    const variants = purchasableVariants(product);
    this.product = product;
    this.variants = variants;
    this.needsOptions = hasOptions(product, variants);
    // Prices are asked while the option code (if needed) loads.
    void this.loadStock(variants, generation);
    if (this.wantsFeatures()) {
      const features = await this.loadFeatures();
      if (generation !== this.generation) return;
      if (this.needsOptions) {
        const model = features.buildVariantModel(product, this.t('product.option'));
        this.model = model;
        this.choosable = this.choosableNow();
        this.selection = features.defaultSelection(model, this.choosable);
      }
    }
    this.status = 'ready';
    if (this.pricingSettled) void this.loadAvailability(generation);
  }

  /** Prices and stock of every variant in one batched call, then the chosen variant's availability. */
  private async loadStock(variants: PurchasableVariant[], generation: number): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || variants.length === 0) return;
    try {
      const prices = await catalogFacts(storefront).pricingMany(variants.map((variant) => variant.id));
      if (generation !== this.generation) return;
      this.pricing = prices;
      const model = this.model;
      const features = this.features;
      if (model && features) {
        const choosable = (this.choosable = this.choosableNow());
        this.selection = this.selectionTouched
          ? features.normalizeSelection(model, this.selection, choosable)
          : features.defaultSelection(model, choosable);
      }
    } catch (error) {
      // Without live prices the detail's own prices and the cart's answer still work.
      this.reportError(error, 'product.pricing');
    }
    if (generation !== this.generation) return;
    this.pricingSettled = true;
    if (this.status === 'ready') void this.loadAvailability(generation);
  }

  private async loadAvailability(generation: number): Promise<void> {
    const storefront = this.storefront;
    const variant = this.chosenVariant();
    if (!storefront || !variant || this.availability.has(variant.id)) return;
    try {
      const answer = await catalogFacts(storefront).availability(variant.id);
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

  /** What may be chosen: buyable variants; when none is, the active ones; else any (see `choosableRule`). */
  private choosableNow(): (variant: PurchasableVariant) => boolean {
    const buyable = (variant: PurchasableVariant) => this.isBuyable(variant);
    const model = this.model;
    return model && this.features ? this.features.choosableRule(model, buyable) : buyable;
  }

  private chosenVariant(): PurchasableVariant | null {
    const model = this.model;
    if (model && this.features) return this.features.findVariant(model, this.selection, this.choosable);
    if (this.needsOptions) return null;
    // One variant, no options: the same pick as `findVariant` without dimensions.
    const variants = this.variants;
    return (
      variants.find((variant) => this.isBuyable(variant)) ??
      variants.find((variant) => variant.is_active !== false) ??
      variants[0] ??
      null
    );
  }

  private stock(): StockView {
    if (this.bundle) {
      const buyable = this.bundle.buyable;
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
    if (this.bundle) return this.bundle.unitPrice;
    const variant = this.chosenVariant();
    return variant && (parseMoney(this.pricing.get(variant.id)?.price) ?? parseMoney(variant.price));
  }

  /** The product's (or bundle's) name, or the card's while the detail loads. */
  private displayName(): string {
    if (this.bundle) return this.bundle.name;
    if (this.product) return text(this.product.name) || text(this.product.slug);
    return text(this.preview?.name);
  }

  private galleryImages(): string[] {
    if (this.bundle) return this.bundle.images;
    const product = this.product;
    if (product) return imagesOf(this.chosenVariant()?.images, product.images, [product.meta_thumbnail]);
    const preview = this.preview as Record<string, unknown> | null;
    return imagesOf(preview?.['images'], [preview?.['meta_thumbnail']]);
  }

  /** What "add to cart" sends, or null when nothing can be added. */
  private cartInput(): AddToCartInput | null {
    if (this.bundle) return this.bundle.input(this.quantity);
    const variant = this.chosenVariant();
    if (!variant || !this.product) return null;
    const model = this.model;
    return {
      type: 'variant',
      variantId: variant.id,
      quantity: this.quantity,
      display: {
        name: this.displayName(),
        options: model && this.features ? this.features.optionValuesOf(model, variant) : [],
        image: this.galleryImages()[0] ?? null,
        unitPrice: this.unitPrice(),
        productSlug: text(this.product.slug) || this.slug,
        uniqueId: typeof variant.unique_id === 'string' ? variant.unique_id : null,
        maxQuantity: this.stock().availableQty,
      },
    };
  }

  // ---------------------------------------------------------------- conversions

  /** Watches for the buy box to be on screen, the moment its ViewContent is due. */
  private watchView(): void {
    if (this.status !== 'ready' || this.viewTracked === this.generation) return;
    const target = this.renderRoot.querySelector('.product');
    if (!target || target === this.viewTarget) return;
    this.viewObserver?.disconnect();
    this.viewTarget = target;
    this.viewObserver = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.onSeen();
    });
    this.viewObserver.observe(target);
  }

  /**
   * ViewContent for what is on screen, once per product (or bundle) per page view: twenty boxes of
   * one product, or a detail opened twice, send one. The conversion code loads only now.
   */
  private onSeen(): void {
    this.viewObserver?.disconnect();
    this.viewObserver = undefined;
    this.viewTarget = null;
    if (this.viewTracked === this.generation) return;
    this.viewTracked = this.generation;
    const storefront = this.storefront;
    const input = this.cartInput();
    if (!storefront || !input) return;
    const id = input.bundlePriceOptionId;
    const key = id !== undefined ? `bundle:${id}` : `product:${text(this.product?.id) || this.slug}`;
    const viewed = storefront.service('product-views', () => new Set<string>());
    if (viewed.has(key)) return;
    viewed.add(key);
    const item = conversionItemOf(input);
    void import('../../state/conversions.js')
      .then((conversions) => conversions.trackViewContent(storefront, item))
      .catch(() => undefined);
  }

  // ---------------------------------------------------------------- interactions

  private choose(index: number, value: string): void {
    const model = this.model;
    const features = this.features;
    if (!model || !features) return;
    const before = this.chosenVariant();
    this.selectionTouched = true;
    this.selection = features.chooseValue(model, this.selection, index, value, this.choosable);
    this.added = false;
    this.addError = '';
    if (this.chosenVariant() !== before) this.imageIndex = 0;
    void this.loadAvailability(this.generation);
  }

  private async add(): Promise<void> {
    const storefront = this.storefront;
    const input = this.cartInput();
    if (!storefront || !input || this.adding || !this.stock().buyable) return;
    if (!this.intent) this.onIntent();
    this.adding = true;
    this.addError = '';
    this.added = false;
    // Started before any code loads: with a cart already open on the page it changes in this task.
    const adding = addToCart(storefront, input, this.source, this.emit.bind(this));
    adding.catch(() => undefined); // answered below, once the busy state's code is in
    try {
      // The spinner and the confirmation's words; without them the add still completes.
      const flow = (this.flow ??= await this.use(loadBuyFlow).catch(() => undefined));
      const outcome = flow ? await (this.pending ??= new flow.PendingController(this)).run(() => adding) : await adding;
      if (outcome?.status === 'added' && flow) {
        this.added = true;
        // Emptied first, so saying the same words again is announced again.
        this.announcement = '';
        await this.updateComplete;
        this.announcement = this.t('product.addedNamed', { name: input.display.name });
      }
    } catch (error) {
      this.addError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'product.add-to-cart');
    } finally {
      this.adding = false;
    }
  }

  private toggleDescription(): void {
    this.descriptionOpen = !this.descriptionOpen;
    if (this.descriptionOpen) this.loadRichDescription();
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult | typeof nothing {
    if (!this.modal) return this.renderContent();
    // The dialog's code is loading; `show()` opens it once it is in.
    return (
      this.dialog?.renderDialog(this, {
        label: this.displayName() || this.t('product.loading'),
        closeLabel: this.t('common.close'),
        content: this.renderContent(),
      }) ?? nothing
    );
  }

  private renderContent(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    switch (this.status) {
      case 'not-found':
        // The placeholders stay until the message's code is in.
        return this.notFound?.renderNotFound(this.t.bind(this)) ?? this.renderProduct(false);
      case 'error':
        return html`${renderError({
          message: this.loadError,
          retryLabel: this.t('common.retry'),
          // Focus on the retry button goes to the product's name (or the next error's retry).
          onRetry: () =>
            void retryKeepingFocus(
              this,
              () => this.load(),
              () => this.renderRoot.querySelector<HTMLElement>('[part~="name"], [part~="retry-button"]'),
            ),
        })}`;
      default:
        return this.renderProduct(this.status === 'ready');
    }
  }

  /** The buy box; while the detail loads, what the card already said and placeholders for the rest. */
  private renderProduct(ready: boolean): TemplateResult {
    const name = this.displayName();
    const stock = this.stock();
    const bundle = this.bundle;
    const features = this.features;
    const level = Math.min(6, Math.max(1, Math.floor(Number(this.headingLevel)) || 2));
    const heading =
      name || ready
        ? html`<div class="name" part="name" role="heading" aria-level=${level} tabindex="-1">${name}</div>`
      : html`<span class="skeleton"></span>`;
    const images = this.galleryImages();
    const shown = Math.min(this.imageIndex, Math.max(0, images.length - 1));
    const t = this.t.bind(this);
    return html`<article class="product${this.hideGallery ? ' product--no-gallery' : ''}" part="base" aria-busy=${ready ? 'false' : 'true'}>
      ${this.hideGallery
        ? nothing
        : html`<div class="gallery" part="gallery">
            <div class="gallery__main">
              ${images[shown]
                ? html`<img
                    class="gallery__image"
                    part="image"
                    src=${images[shown]}
                    alt=${name}
                    width=${IMAGE_SIZE}
                    height=${IMAGE_SIZE}
                    loading="lazy"
                    decoding="async"
                  />`
                : html`<span class="placeholder" aria-hidden="true"></span>`}
            </div>
            ${features?.renderThumbnails(images, shown, t, (index) => (this.imageIndex = index)) ?? nothing}
          </div>`}
      <div class="info">
        <div class="heading">${bundle ? bundle.heading(heading, t) : heading}</div>
        ${ready
          ? html`${this.renderPrice()} ${this.renderStock(stock)}
              ${this.model && features
                ? features.renderOptionGroups(this.model, this.selection, this.choosable, t, (index, value) => this.choose(index, value))
                : nothing}
              ${bundle?.lines(t) ?? nothing} ${this.renderBuy(stock)}
              ${this.added ? (this.flow?.renderAdded(t, this.storefront?.url('cart')) ?? nothing) : nothing}
              ${renderError({ message: this.addError })} ${this.renderDescription()}`
          : html`${this.renderPrice() ?? html`<span class="skeleton skeleton--short"></span>`}
              <p class="visually-hidden" role="status">${this.t('product.loading')}</p>
              <span class="skeleton"></span>
              <span class="skeleton skeleton--button"></span>`}
      </div>
      ${ready ? renderLiveRegion(this.announcement) : nothing}
    </article>`;
  }

  /**
   * The chosen variant's price; before one is priced, the range of the product (or, while it
   * loads, of the card). Loaded and still unknown: says so. Loading and unknown: undefined.
   */
  private renderPrice(): TemplateResult | undefined {
    const price = this.unitPrice();
    const ready = this.status === 'ready';
    const range = readPriceRange((ready ? this.product : this.preview)?.price_range);
    const label = price !== null ? this.money(price) : formatPriceRange(range.min, range.max, (amount) => this.money(amount));
    if (label) return html`<p class="price" part="price">${label}</p>`;
    return ready ? html`<p class="price price--none" part="price">${this.t('product.noPrice')}</p>` : undefined;
  }

  private renderStock(stock: StockView): TemplateResult {
    const { level, availableQty } = stock;
    let label = '';
    if (level === 'out') label = this.t(this.chosenVariant() || this.bundle ? 'product.outOfStock' : 'product.unavailable');
    else if (level === 'low') label = availableQty !== null ? this.t('product.left', { count: availableQty }) : this.t('product.lowStock');
    else if (level === 'in') label = this.t('product.inStock');
    return html`<p class="stock${level === 'out' || level === 'low' ? ` stock--${level}` : ''}" part="stock">${label}</p>`;
  }

  private renderBuy(stock: StockView): TemplateResult {
    const canAdd = stock.buyable && this.cartInput() !== null;
    const spinning = Boolean(this.pending?.visible);
    const label = !stock.buyable
      ? this.t(this.chosenVariant() || this.bundle ? 'product.outOfStock' : 'product.unavailable')
      : this.t(spinning ? 'product.adding' : 'product.add');
    return html`<div class="buy">
      ${this.hideQuantity ? nothing : this.renderQuantity(stock, canAdd)}
      <button
        type="button"
        class="add"
        part="add-button"
        ?disabled=${!canAdd}
        aria-disabled=${this.adding ? 'true' : 'false'}
        aria-busy=${spinning ? 'true' : 'false'}
        @click=${() => void this.add()}
      >
        ${spinning ? html`<span class="spinner" aria-hidden="true"></span>` : nothing} ${label}
      </button>
    </div>`;
  }

  /** The quantity control, or an invisible box of its size until its code is in (nothing moves when it arrives). */
  private renderQuantity(stock: StockView, canAdd: boolean): TemplateResult {
    const stepper = this.stepper;
    if (!stepper) return html`<span class="quantity-slot" aria-hidden="true"></span>`;
    return stepper.renderQuantityStepper({
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
    });
  }

  /**
   * A rich description shows as a plain-text preview (parsed inert, rendered as text) until the
   * buyer opens it; the sanitised HTML replaces it then. A plain description is shown as it is.
   */
  private renderDescription(): TemplateResult | typeof nothing {
    if (this.hideDescription) return nothing;
    const source = this.bundle?.detail ?? this.product;
    const plain = text(source?.description);
    const rich = typeof source?.rich_description === 'string' ? source.rich_description.trim() : '';
    if (!rich) return plain ? html`<div class="description" part="description"><p class="description__text">${plain}</p></div>` : nothing;
    if (this.previewMemo[0] !== rich) this.previewMemo = [rich, descriptionPreview(rich)];
    const open = this.descriptionOpen;
    const richDescription = this.richDescription;
    return html`<div class="description" part="description">
      ${open && richDescription
        ? html`<div class="description__body" id="product-description">${richDescription.renderRichDescription(rich)}</div>`
        : html`<p class="description__text${open ? '' : ' description__text--clamped'}" id="product-description">${this
            .previewMemo[1] || plain}</p>`}
      <button
        type="button"
        class="description__toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="product-description"
        @click=${this.toggleDescription}
        @pointerover=${this.loadRichDescription}
        @focus=${this.loadRichDescription}
      >
        ${this.t(open ? 'product.descriptionLess' : 'product.descriptionMore')}
      </button>
    </div>`;
  }
}
