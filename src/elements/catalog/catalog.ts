import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import type { StorefrontCategory } from '../../api/types.js';
import type { Page } from '../../api/pagination.js';
import type { StorefrontItemCard } from '../../api/catalog.js';
import { catalogCache } from '../../state/catalog-cache.js';
import { renderError, renderLiveRegion, retryKeepingFocus } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import {
  CATALOG_SORTS,
  inCategory,
  isCatalogSort,
  normalizeText,
  parseCategoryPin,
  selectCards,
  toCardModel,
  type CardModel,
  type CatalogSort,
  type CategoryPin,
} from './catalog-model.js';
import { renderCard, skeletonCard, type CardContext } from './card.js';
import { KeyedPending } from './keyed-pending.js';
import { catalogStyles } from './catalog.styles.js';
import './strings.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

const DEFAULT_PAGE_SIZE = 24;
const MAX_PAGE_SIZE = 100;
/** Pages loaded on their own to fill a category view before the buyer is asked to load more. */
const MAX_AUTOFILL_PAGES = 5;
const SEARCH_DEBOUNCE_MS = 120;
/** The buyer reaching into the catalogue: a pointer over it, a touch, focus or a key. */
const INTENT_EVENTS = ['pointerover', 'touchstart', 'focusin', 'keydown'] as const;

/** Parts of the detail view (`<scalev-product modal>`) a merchant may style through the catalogue. */
const DETAIL_PARTS = 'dialog:detail-dialog,dialog-close:detail-dialog-close,name:detail-name,price:detail-price,add-button:detail-add-button';

/**
 * The shop window: products and bundles of the store as responsive cards, with category filter,
 * search and sort over what is loaded, cursor paging, and product detail in a dialog (or on the
 * merchant's product page when `<scalev-store product-url>` is set).
 *
 * Requests (the "one request per fact" rule): the first paint needs exactly one request,
 * `GET /public/items`. The total (`/public/items/count`) is asked for only after the buyer shows
 * intent (first pointer, focus or key inside the catalogue, or scrolling the footer into view),
 * and not at all when the first page is also the last (the total is then known). Categories
 * (`/public/categories`) load when the category filter is first opened. Everything goes through
 * the page-wide catalogue cache, so several catalogues and buy boxes share answers.
 *
 * Filtering: `/public/items` declares no filter parameters (CONTRACT §2), so category, search and
 * sort apply to the items loaded so far. A category view that shows fewer than a page of items
 * loads further pages by itself (at most 5 per change) before offering "load more".
 *
 * @summary Product and bundle catalogue with filter, search, sort, paging, detail and add to cart.
 *
 * @slot empty - Shown when the store (or the pinned category) has no products at all.
 *
 * @csspart base - The catalogue's wrapper.
 * @csspart toolbar - The row holding search, category toggle and sort.
 * @csspart search - The search field.
 * @csspart filter-toggle - The button that shows the category filter.
 * @csspart filters - The category filter (a radio group of chips).
 * @csspart sort - The sort label and select.
 * @csspart summary - "24 of 120 products" and similar counts.
 * @csspart grid - The list of cards.
 * @csspart card - One card.
 * @csspart card-media - The card's image box.
 * @csspart card-image - The card's image.
 * @csspart badge - The "Bundle" and "Out of stock" badges.
 * @csspart card-name - The card's name heading.
 * @csspart card-price - The card's price or price range.
 * @csspart card-button - The card's action button (add, choose options, out of stock).
 * @csspart card-add-button - The card's add-to-cart button.
 * @csspart card-choose-button - The card's "choose options" button or link.
 * @csspart card-button-sold-out - The card's disabled "out of stock" button.
 * @csspart card-error - A failed add under its card.
 * @csspart empty - The empty-store message.
 * @csspart no-results - The "nothing matches" message.
 * @csspart clear-filters - The button that clears search and category.
 * @csspart footer - Holds the load-more button.
 * @csspart load-more - The load-more button.
 * @csspart error - A failed load, with its retry button.
 * @csspart retry-button - The retry button of an error.
 * @csspart detail-dialog - The product detail dialog.
 * @csspart detail-dialog-close - The dialog's close button.
 * @csspart detail-name - The product name in the detail dialog.
 * @csspart detail-price - The price in the detail dialog.
 * @csspart detail-add-button - The add-to-cart button in the detail dialog.
 * @csspart problem - The configuration message shown when the store cannot work.
 *
 * @cssprop --scalev-catalog-columns - Most columns on wide screens (default 4; the `columns` attribute wins).
 * @cssprop --scalev-catalog-card-min-width - Narrowest a card may get before a column is dropped (default 9.5rem).
 * @cssprop --scalev-catalog-gap - Space between cards.
 * @cssprop --scalev-catalog-card-background - Card background.
 * @cssprop --scalev-catalog-card-radius - Card corner radius.
 * @cssprop --scalev-catalog-image-fit - `object-fit` of card images (default `cover`).
 *
 * @cssstate loading - The first page is loading.
 * @cssstate empty - The store has no products (or none in the pinned category).
 * @cssstate error - The first page could not be loaded.
 *
 * @fires scalev-before-add-to-cart - Cancelable; before a card or the detail adds an item.
 * @fires scalev-add-to-cart - After the cart accepted an item.
 * @fires scalev-error - A load or add failed (detail: error, operation).
 */
export class ScalevCatalog extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, catalogStyles];

  /** Pins the catalogue to one category, by id (`201`) or full path (`Fashion > Batik`); hides the category filter. */
  @property() category = '';

  /** Items per request, 1–100 (default 24). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Most columns on wide screens, 1–6 (default 4, or `--scalev-catalog-columns`); narrow screens get fewer. */
  @property({ type: Number, reflect: true }) columns?: number;

  /** Initial order: `featured` (the store's order), `newest`, `price-asc`, `price-desc` or `name`. */
  @property() sort: CatalogSort = 'featured';

  /** Hides the category filter. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;

  /** Hides the sort select. */
  @property({ type: Boolean, attribute: 'hide-sort' }) hideSort = false;

  /** Loads the next page when the buyer scrolls to the end (the load-more button stays as a fallback). */
  @property({ type: Boolean, attribute: 'infinite-scroll' }) infiniteScroll = false;

  @state() private cards: CardModel[] = [];
  @state() private status: LoadStatus = 'idle';
  /** Words for the failed first load (worked out when it failed: describing a "Store not found" marks the store). */
  @state() private loadError = '';
  @state() private hasNext = false;
  @state() private loadingMore = false;
  @state() private moreError = '';
  @state() private total: number | null = null;
  @state() private categories: StorefrontCategory[] | null = null;
  @state() private categoriesStatus: LoadStatus = 'idle';
  @state() private categoriesError = '';
  @state() private filtersOpen = false;
  @state() private searchText = '';
  @state() private query = '';
  @state() private activeSort: CatalogSort = 'featured';
  @state() private chosenCategory: StorefrontCategory | null = null;
  @state() private openCard: CardModel | null = null;
  @state() private announcement = '';
  private readonly cardErrors = new Map<string, string>();

  private view: CardModel[] = [];
  private byKey = new Map<string, CardModel>();
  private nextCursor: string | null = null;
  private seenCursors = new Set<string>();
  private generation = 0;
  private loadPending = false;
  private countPending = false;
  private autofillPages = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private footerObserver?: IntersectionObserver;
  private observedFooter: Element | null = null;
  private footerVisible = false;
  private pageScrolled = false;
  private returnFocusKey: string | null = null;
  private readonly pending = new KeyedPending(this);

  private readonly onIntent = () => {
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
    this.requestCount();
    void import('./card-add.js').then((module) => module.preload(), () => undefined);
  };

  private readonly onPageScroll = () => {
    window.removeEventListener('scroll', this.onPageScroll);
    this.pageScrolled = true;
    this.onFooterInView();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.onIntent, { passive: true });
    if (!this.pageScrolled) window.addEventListener('scroll', this.onPageScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
    window.removeEventListener('scroll', this.onPageScroll);
    this.footerObserver?.disconnect();
    this.footerObserver = undefined;
    this.observedFooter = null;
    clearTimeout(this.searchTimer);
  }

  /**
   * Loading starts in the next update, not here: when this element upgrades late (its module
   * loaded after the tag was in the page), properties set before the upgrade are only restored
   * at the first update, and the store is found before that.
   */
  protected override storefrontChanged(): void {
    this.total = null;
    this.categories = null;
    this.categoriesStatus = 'idle';
    this.loadPending = true;
    this.requestUpdate();
  }

  private get effectivePageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  private get pinnedCategory(): CategoryPin | null {
    return parseCategoryPin(this.category);
  }

  private get categoryPins(): CategoryPin[] {
    const pins: CategoryPin[] = [];
    const pinned = this.pinnedCategory;
    if (pinned) pins.push(pinned);
    const chosen = this.chosenCategory;
    if (chosen) pins.push({ id: chosen.id, path: normalizeText(chosen.full_path ?? chosen.name ?? '') });
    return pins;
  }

  private get showCategoryFilter(): boolean {
    return !this.hideFilters && !this.pinnedCategory;
  }

  private get filtering(): boolean {
    return this.query.trim() !== '' || this.chosenCategory !== null;
  }

  // ---------------------------------------------------------------- loading

  /** Loads the first page again (also the retry of a failed first load). */
  async reload(): Promise<void> {
    await this.loadFirstPage();
  }

  private async loadFirstPage(): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || storefront.problem) return;
    const generation = ++this.generation;
    this.status = 'loading';
    this.loadError = '';
    this.moreError = '';
    this.loadingMore = false;
    this.cards = [];
    this.byKey = new Map();
    this.nextCursor = null;
    this.seenCursors = new Set();
    this.hasNext = false;
    this.autofillPages = 0;
    try {
      const page = await catalogCache(storefront).itemsPage(this.effectivePageSize);
      if (generation !== this.generation) return;
      this.appendPage(page);
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.loadError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'catalog.load');
    }
  }

  /** Loads the next page, if there is one. */
  async loadMore(): Promise<void> {
    const storefront = this.storefront;
    const cursor = this.nextCursor;
    if (!storefront || this.status !== 'ready' || this.loadingMore || !this.hasNext || !cursor) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await catalogCache(storefront).itemsPage(this.effectivePageSize, cursor);
      if (generation !== this.generation) return;
      this.appendPage(page);
    } catch (error) {
      if (generation !== this.generation) return;
      this.moreError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'catalog.load-more');
    } finally {
      if (generation === this.generation) this.loadingMore = false;
    }
  }

  private appendPage(page: Page<StorefrontItemCard>): void {
    const added: CardModel[] = [];
    let order = this.cards.length;
    for (const raw of page.items) {
      if (!raw || typeof raw !== 'object') continue;
      const card = toCardModel(raw, order);
      // A cursor that drifted may repeat items of the previous page; keep the first copy.
      if (this.byKey.has(card.key)) continue;
      this.byKey.set(card.key, card);
      added.push(card);
      order++;
    }
    this.cards = added.length ? this.cards.concat(added) : this.cards;
    const cursor = page.nextCursor;
    const repeated = cursor !== null && this.seenCursors.has(cursor);
    if (cursor) this.seenCursors.add(cursor);
    this.hasNext = page.hasNext && cursor !== null && !repeated;
    this.nextCursor = this.hasNext ? cursor : null;
    // When everything is loaded the total is known without asking.
    if (!this.hasNext) this.total = this.cards.length;
  }

  private requestCount(): void {
    const storefront = this.storefront;
    if (!storefront || storefront.problem || this.total !== null || this.countPending) return;
    if (this.status === 'ready' && !this.hasNext) {
      this.total = this.cards.length;
      return;
    }
    const generation = this.generation;
    this.countPending = true;
    catalogCache(storefront)
      .itemsCount()
      .then(
        (total) => {
          if (generation === this.generation && Number.isFinite(total) && total >= 0) this.total = total;
        },
        // The count only decorates the summary: without it the summary says how many are loaded.
        () => undefined,
      )
      .finally(() => {
        this.countPending = false;
      });
  }

  private async loadCategories(): Promise<void> {
    const storefront = this.storefront;
    if (!storefront || storefront.problem || this.categoriesStatus === 'loading') return;
    this.categoriesStatus = 'loading';
    this.categoriesError = '';
    try {
      const list = await catalogCache(storefront).categories();
      this.categories = (Array.isArray(list) ? list : []).filter(
        (category) => category && typeof category === 'object' && (category.name || category.full_path),
      );
      this.categoriesStatus = 'ready';
    } catch (error) {
      this.categoriesStatus = 'error';
      this.categoriesError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'catalog.categories');
    }
  }

  // ---------------------------------------------------------------- view

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    if (changed.has('sort') && isCatalogSort(this.sort)) this.activeSort = this.sort;
    if (this.storefront && (this.loadPending || (changed.has('pageSize') && this.hasUpdated))) {
      this.loadPending = false;
      void this.loadFirstPage();
    }
    if (changed.has('category') || changed.has('chosenCategory')) this.autofillPages = 0;
    if (
      changed.has('cards') ||
      changed.has('query') ||
      changed.has('activeSort') ||
      changed.has('chosenCategory') ||
      changed.has('category')
    ) {
      this.view = selectCards(this.cards, { query: this.query, categories: this.categoryPins, sort: this.activeSort });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed as PropertyValues<this>);
    const loading = Boolean(this.storefront) && !this.problem && (this.status === 'loading' || this.status === 'idle');
    this.setCustomState('loading', loading);
    this.setCustomState('error', this.status === 'error');
    this.setCustomState('empty', this.status === 'ready' && this.isStoreEmpty());
    this.watchFooter();
    // Follow-up loads start after this update, not inside it.
    const pageArrived = changed.has('loadingMore') && !this.loadingMore;
    queueMicrotask(() => {
      this.maybeAutofill();
      if (pageArrived) this.onFooterInView();
    });
  }

  private isStoreEmpty(): boolean {
    if (this.hasNext) return false;
    const pinned = this.pinnedCategory;
    return pinned ? !this.cards.some((card) => inCategory(card, pinned)) : this.cards.length === 0;
  }

  /** A category view with few matches loads further pages by itself, within a bound. */
  private maybeAutofill(): void {
    if (this.status !== 'ready' || this.loadingMore || this.moreError || !this.hasNext) return;
    if (this.categoryPins.length === 0 || this.view.length >= this.effectivePageSize) return;
    if (this.autofillPages >= MAX_AUTOFILL_PAGES) return;
    this.autofillPages++;
    void this.loadMore();
  }

  private watchFooter(): void {
    const footer = this.renderRoot.querySelector('.footer');
    if (footer === this.observedFooter) return;
    if (typeof IntersectionObserver === 'undefined') return;
    this.footerObserver ??= new IntersectionObserver(
      (entries) => {
        this.footerVisible = entries.some((entry) => entry.isIntersecting);
        this.onFooterInView();
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    if (this.observedFooter) this.footerObserver.unobserve(this.observedFooter);
    this.observedFooter = footer;
    this.footerVisible = false;
    if (footer) this.footerObserver.observe(footer);
  }

  /** Reaching the end of the list after scrolling is intent: count, and with infinite scroll, load on. */
  private onFooterInView(): void {
    if (!this.footerVisible || !this.pageScrolled) return;
    this.requestCount();
    if (this.infiniteScroll && !this.moreError) void this.loadMore();
  }

  // ---------------------------------------------------------------- interactions

  private onSearchInput(event: Event): void {
    this.searchText = (event.currentTarget as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.query = this.searchText;
    }, SEARCH_DEBOUNCE_MS);
  }

  private onSortChange(event: Event): void {
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (isCatalogSort(value)) this.activeSort = value;
  }

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    if (this.filtersOpen && this.categoriesStatus !== 'ready') void this.loadCategories();
  }

  private onCategoryChange(event: Event): void {
    const value = (event.currentTarget as HTMLInputElement).value;
    this.chosenCategory = this.categories?.find((category) => String(category.id) === value) ?? null;
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.searchText = '';
    this.query = '';
    this.chosenCategory = null;
  }

  /**
   * "Load more" (and its retry). The button stays while more pages remain; when it goes (the last
   * page, or an error in its place) focus on it moves to the first new card or the error's retry.
   */
  private onLoadMoreClick(): void {
    this.autofillPages = 0;
    this.requestCount();
    const before = this.renderRoot.querySelectorAll('.card__open').length;
    void retryKeepingFocus(
      this,
      () => this.loadMore(),
      () =>
        this.renderRoot.querySelector<HTMLElement>('[part~="footer"] [part~="retry-button"]') ??
        this.renderRoot.querySelectorAll<HTMLElement>('.card__open')[before],
    );
  }

  private readonly onGridClick = (event: MouseEvent) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    const card = target?.dataset['key'] ? this.byKey.get(target.dataset['key']) : undefined;
    if (!target || !card) return;
    if (target.dataset['action'] === 'open') void this.openDetail(card);
    else if (target.dataset['action'] === 'add' && target.getAttribute('aria-disabled') !== 'true') void this.addFromCard(card);
  };

  /**
   * Opens a card's detail: `<scalev-product modal>`, whose module loads on the first opening. The
   * dialog (focus kept inside, Escape closes) belongs to the product element; focus comes back
   * to the card when it closes. Only used without a `product-url` template.
   */
  private async openDetail(card: CardModel): Promise<void> {
    this.returnFocusKey = card.key;
    // Defined before it is rendered, so it upgrades with its properties in place.
    await import('../product/define.js');
    this.openCard = card;
    await this.updateComplete;
    const detail = this.renderRoot.querySelector<HTMLElement & { show?: () => Promise<void> }>('scalev-product');
    // Resolves when the buyer closes the dialog.
    await detail?.show?.();
    if (this.openCard === card) this.onDetailClose();
  }

  private onDetailClose(): void {
    this.openCard = null;
    const key = this.returnFocusKey;
    this.returnFocusKey = null;
    const trigger = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-action="open"]')].find(
      (element) => element.dataset['key'] === key,
    );
    trigger?.focus();
  }

  private async addFromCard(card: CardModel): Promise<void> {
    const storefront = this.storefront;
    if (!storefront) return;
    const name = card.name || card.slug;
    await this.pending.run(card.key, async () => {
      this.setCardError(card.key, null);
      try {
        const { addCard } = await import('./card-add.js');
        const outcome = await addCard(storefront, card, this.emit.bind(this));
        // The card looked simple but the product has options: let the buyer choose.
        if (outcome === 'choose') await this.openDetail(card);
        else if (outcome === 'added') await this.announce(this.t('catalog.added', { name }));
      } catch (error) {
        const reason = this.describeError(error);
        if (reason) this.setCardError(card.key, this.t('catalog.addFailed', { name, reason }));
        this.reportError(error, 'catalog.add-to-cart');
      }
    });
  }

  private setCardError(key: string, message: string | null): void {
    if (message === null) this.cardErrors.delete(key);
    else this.cardErrors.set(key, message);
    this.requestUpdate();
  }

  /** Puts text in the live region; clearing first makes a repeated message speak again. */
  private async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const ready = this.status === 'ready';
    return html`<div class="catalog" part="base">
      ${this.renderToolbar()} ${this.filtersOpen && this.showCategoryFilter ? this.renderFilters() : nothing}
      <p class="summary" part="summary" role="status">${this.summaryText()}</p>
      ${this.status === 'error'
        ? renderError({
            message: this.loadError,
            retryLabel: this.t('common.retry'),
            // Focus on the retry goes to the first card (or the next error's retry), not the page.
            onRetry: () =>
              void retryKeepingFocus(
                this,
                () => this.reload(),
                () => this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"], .card__open'),
              ),
          })
        : this.renderGrid()}
      <div class="empty" part="empty" ?hidden=${!(ready && this.isStoreEmpty())}>
        <slot name="empty"><p>${this.t(this.pinnedCategory ? 'catalog.emptyCategory' : 'catalog.empty')}</p></slot>
      </div>
      ${ready && this.view.length === 0 && this.filtering && !this.isStoreEmpty() ? this.renderNoResults() : nothing}
      ${ready && this.hasNext ? this.renderFooter() : nothing} ${renderLiveRegion(this.announcement)}
      ${this.renderDetail()}
    </div>`;
  }

  private renderToolbar(): TemplateResult | typeof nothing {
    const search = !this.hideSearch;
    const filter = this.showCategoryFilter;
    const sort = !this.hideSort;
    if (!search && !filter && !sort) return nothing;
    const chosen = this.chosenCategory;
    return html`<div class="toolbar" part="toolbar" role="search" aria-label=${this.t('catalog.search')}>
      ${search
        ? html`<div class="search">
            <label class="visually-hidden" for="catalog-search">${this.t('catalog.search')}</label>
            <input
              id="catalog-search"
              class="control"
              part="search"
              type="search"
              enterkeyhint="search"
              autocomplete="off"
              placeholder=${this.t('catalog.searchPlaceholder')}
              .value=${this.searchText}
              @input=${this.onSearchInput}
            />
          </div>`
        : nothing}
      ${filter
        ? html`<button
            type="button"
            class="control"
            part="filter-toggle"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="catalog-filters"
            @click=${this.toggleFilters}
          >
            ${this.t('catalog.categories')}${chosen ? `: ${chosen.name ?? chosen.full_path}` : ''}
            <span aria-hidden="true">${this.filtersOpen ? '▴' : '▾'}</span>
          </button>`
        : nothing}
      ${sort
        ? html`<label class="sort" part="sort">
            ${this.t('catalog.sort')}
            <select @change=${this.onSortChange}>
              ${CATALOG_SORTS.map(
                (value) =>
                  html`<option value=${value} ?selected=${value === this.activeSort}>${this.t(`catalog.sort.${value}`)}</option>`,
              )}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    let body: TemplateResult;
    if (this.categoriesStatus === 'error') {
      body = renderError({
        message: this.categoriesError,
        retryLabel: this.t('common.retry'),
        onRetry: () => void this.loadCategories(),
      }) as TemplateResult;
    } else if (this.categoriesStatus !== 'ready') {
      body = html`<p class="note" role="status">${this.t('catalog.categoriesLoading')}</p>`;
    } else {
      const chosenId = this.chosenCategory ? String(this.chosenCategory.id) : '';
      body = html`<div class="chips">
        <label class="chip">
          <input type="radio" name="category" value="" .checked=${chosenId === ''} @change=${this.onCategoryChange} />
          <span>${this.t('catalog.allCategories')}</span>
        </label>
        ${(this.categories ?? []).map(
          (category) => html`<label class="chip">
            <input
              type="radio"
              name="category"
              value=${String(category.id)}
              .checked=${chosenId === String(category.id)}
              @change=${this.onCategoryChange}
            />
            <span>${category.name ?? category.full_path}</span>
          </label>`,
        )}
      </div>`;
    }
    return html`<fieldset id="catalog-filters" class="filters" part="filters">
      <legend class="visually-hidden">${this.t('catalog.categories')}</legend>
      ${body}
    </fieldset>`;
  }

  private summaryText(): string {
    if (this.status === 'error' || (this.status === 'ready' && this.isStoreEmpty())) return '';
    if (this.status !== 'ready') return this.t('catalog.loading');
    const format = new Intl.NumberFormat(this.resolvedLocale === 'en' ? 'en-US' : 'id-ID');
    if (this.filtering) return this.t('catalog.matches', { count: format.format(this.view.length) });
    const shown = format.format(this.view.length);
    if (this.total !== null && !this.pinnedCategory) {
      return this.t('catalog.count', { shown, total: format.format(Math.max(this.total, this.view.length)) });
    }
    return this.t(this.hasNext ? 'catalog.countMore' : 'catalog.countLoaded', { shown });
  }

  private renderGrid(): TemplateResult {
    if (this.status !== 'ready') {
      const count = Math.min(this.effectivePageSize, 12);
      return html`<ul class="grid" part="grid" role="list" aria-busy="true" aria-label=${this.t('catalog.loading')}>
        ${Array.from({ length: count }, () => skeletonCard)}
      </ul>`;
    }
    const context: CardContext = {
      t: (key, params) => this.t(key, params),
      money: (amount) => this.money(amount),
      href: (card) => (card.slug ? (this.storefront?.url('product', { slug: card.slug, type: card.kind }) ?? null) : null),
      isBusy: (key) => this.pending.isBusy(key),
      isSpinning: (key) => this.pending.isVisible(key),
      error: (key) => this.cardErrors.get(key),
    };
    return html`<ul class="grid" part="grid" role="list" aria-label=${this.t('catalog.label')} @click=${this.onGridClick}>
      ${this.view.map((card) => renderCard(card, context))}
    </ul>`;
  }

  private renderNoResults(): TemplateResult {
    const query = this.query.trim();
    return html`<div class="empty" part="no-results">
      <p>${query ? this.t('catalog.noMatchesQuery', { query }) : this.t('catalog.emptyCategory')}</p>
      <button type="button" class="button" part="clear-filters" @click=${this.clearFilters}>
        ${this.t('catalog.clearFilters')}
      </button>
    </div>`;
  }

  private renderFooter(): TemplateResult {
    return html`<div class="footer" part="footer">
      ${this.query.trim() ? html`<p class="note">${this.t('catalog.searchMore')}</p>` : nothing}
      ${this.moreError
        ? renderError({
            message: this.moreError,
            retryLabel: this.t('common.retry'),
            onRetry: () => this.onLoadMoreClick(),
          })
        : html`<button
            type="button"
            class="button"
            part="load-more"
            aria-disabled=${this.loadingMore ? 'true' : 'false'}
            @click=${() => (this.loadingMore ? undefined : this.onLoadMoreClick())}
          >
            ${this.loadingMore ? this.t('catalog.loadingMore') : this.t('catalog.loadMore')}
          </button>`}
    </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const card = this.openCard;
    if (!card) return nothing;
    return html`<scalev-product
      modal
      .slug=${card.slug}
      .type=${card.kind}
      .preview=${card.raw}
      .source=${'catalog'}
      .locale=${this.locale}
      .theme=${this.theme}
      exportparts=${DETAIL_PARTS}
    ></scalev-product>`;
  }
}
