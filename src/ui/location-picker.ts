/**
 * `<scalev-location-picker>`: an internal element (defined when this module is imported) that
 * picks an Indonesian delivery location and its postal code, with both patterns of the guide
 * (CONTRACT §3):
 *
 * - **search** (default): an ARIA 1.2 combobox over `GET /public/locations?search=` — debounced
 *   300 ms (at most one request per pause), stale answers ignored (AbortController + sequence),
 *   answers kept per query for the page view, arrow keys / Enter / Escape, the list placed with
 *   Floating UI (this behaviour, `location-search.ts`, loads when the field is first focused);
 * - **cascade**: province → city → subdistrict selects (`location-cascade.ts`, loaded when shown);
 *
 * then the postal codes of the chosen location (picked automatically when there is exactly one, a
 * select when several, a text input when the API has none or fails).
 *
 * Usage (inside another element's shadow root; the store is found through context):
 * ```html
 * <scalev-location-picker
 *   .value=${location}            // StorefrontLocation | null (restore a saved choice)
 *   postal-code=${postalCode}     // string
 *   mode="search"                 // or "cascade"; the buyer can switch
 *   required
 *   location-name="location_id" postal-name="postal_code"   // `name` of the controls; defaults shipping_location_id / shipping_postal_code
 *   .errors=${{ location: '…', postalCode: '…' }}             // e.g. API 422 messages
 *   @scalev-location-change=${(e) => e.detail}               // { location, postalCode }
 * ></scalev-location-picker>
 * ```
 * The change event bubbles but is not composed: it stays inside the shadow root that renders the
 * picker. `validate()` shows "required" messages and returns whether a location (and postal code)
 * is chosen; `focus()` moves focus to the first control.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ScalevElement } from '../elements/base/scalev-element.js';
import { listPostalCodes } from '../api/locations.js';
import type { StorefrontLocation } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import { registerMessages } from '../i18n/localize.js';
import { formFieldStyles } from './form-field.styles.js';
import type { CascadeHost, LocationCascade } from './location-cascade.js';
import type { LocationSearch, SearchHost } from './location-search.js';
import { locationPickerStyles } from './location-picker.styles.js';

registerMessages(
  {
    id: {
      'location.label': 'Kecamatan atau kota tujuan',
      'location.searchHint': 'Ketik minimal 3 huruf nama kecamatan, kota, atau provinsi.',
      'location.searching': 'Mencari…',
      'location.noResults': 'Tidak ada lokasi yang cocok. Periksa ejaannya atau pilih dari daftar.',
      'location.results': '{count} lokasi ditemukan. Gunakan panah atas dan bawah untuk memilih.',
      'location.chosen': 'Dipilih: {display}',
      'location.useCascade': 'Pilih dari daftar provinsi',
      'location.useSearch': 'Cari lokasi',
      'location.province': 'Provinsi',
      'location.city': 'Kota atau kabupaten',
      'location.subdistrict': 'Kecamatan',
      'location.choose': 'Pilih…',
      'location.postalCode': 'Kode pos',
      'location.postalLoading': 'Memuat kode pos…',
      'location.postalInvalid': 'Kode pos terdiri dari 5 angka.',
      'location.required': 'Pilih lokasi tujuan.',
      'location.postalRequired': 'Pilih kode pos.',
    },
  },
  { en: () => import('./location-picker.en.js') },
);

/** Detail of `scalev-location-change`. */
export interface LocationChangeDetail {
  location: StorefrontLocation | null;
  postalCode: string | null;
}

declare global {
  interface HTMLElementEventMap {
    'scalev-location-change': CustomEvent<LocationChangeDetail>;
  }
}

/** Waiting time after the last keystroke before a search is sent. */
export const LOCATION_SEARCH_DEBOUNCE_MS = 300;
/** Shortest text that is searched. */
export const MIN_QUERY = 3;

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** A labelled select of the picker (cascade levels, several postal codes). */
export interface SelectOptions {
  id: string;
  label: string;
  name: string;
  value: string;
  items: Array<{ value: string; label: string }>;
  disabled: boolean;
  autocomplete: string;
  error?: string;
  onChange: (value: string) => void;
}

/** Page-view memory of location answers, shared by every picker of a store. */
class LocationMemo {
  readonly searches = new Map<string, StorefrontLocation[]>();
  readonly lists = new Map<string, Promise<unknown>>();
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.lists.get(key);
    if (known) return known as Promise<T>;
    const pending = load().catch((error: unknown) => {
      this.lists.delete(key);
      throw error;
    });
    this.lists.set(key, pending);
    return pending;
  }
}

function memo(sf: Storefront): LocationMemo {
  return sf.service('location-memo', () => new LocationMemo());
}

let pickerIds = 0;

/**
 * @summary Internal delivery-location picker: search combobox or province → city → district, then postal code.
 * @fires scalev-location-change - A location or postal code was chosen or cleared (bubbles, not composed).
 * @fires scalev-error - A location request failed (for logging).
 * @csspart picker - The picker's wrapper.
 * @csspart field - A label with its control and messages.
 * @csspart label - A field's label.
 * @csspart field-error - The message under an invalid field.
 * @csspart combobox - The search input.
 * @csspart listbox - The floating list of results.
 * @csspart option - One result.
 * @csspart select - The cascade and postal-code selects.
 * @csspart input - The postal-code input.
 * @csspart mode-switch - The button switching search and list modes.
 */
export class ScalevLocationPicker extends ScalevElement {
  static override styles = [...ScalevElement.styles, formFieldStyles, locationPickerStyles];

  /** `search` (combobox) or `cascade` (province → city → district). */
  @property({ reflect: true }) mode: 'search' | 'cascade' = 'search';
  /** The chosen location (set it to restore a choice). */
  @property({ attribute: false }) value: StorefrontLocation | null = null;
  /** The chosen postal code. */
  @property({ attribute: 'postal-code' }) postalCode = '';
  /** Label of the search field; default "Kecamatan atau kota tujuan". */
  @property() label = '';
  /** A location and a postal code must be chosen. */
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `name` of the search input / subdistrict select (the API field the location fills). */
  @property({ attribute: 'location-name' }) locationName = 'shipping_location_id';
  /** `name` of the postal-code control. */
  @property({ attribute: 'postal-name' }) postalName = 'shipping_postal_code';
  /** Messages from outside (API 422) shown under the controls. */
  @property({ attribute: false }) errors: { location?: string | null; postalCode?: string | null } = {};

  // The search field's state, changed by its behaviour (`location-search.ts`) once loaded.
  @state() protected query = '';
  @state() protected results: StorefrontLocation[] = [];
  @state() protected searchStatus: Status = 'idle';
  @state() protected searchError = '';
  @state() protected open = false;
  @state() protected activeIndex = -1;
  /** The cascade's selects, once their code is in (`null` while it loads, or after it failed). */
  @state() private cascade: LocationCascade | null = null;
  @state() private cascadeFailed = '';
  @state() private postalCodes: string[] = [];
  @state() private postalStatus: Status = 'idle';
  @state() private postalFor: number | null = null;
  @state() private showRequired = false;
  @state() protected announcement = '';

  protected get comboInput(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>('input[role="combobox"]') ?? undefined;
  }
  protected get popup(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.popup') ?? undefined;
  }

  protected readonly uid = `loc${++pickerIds}`;
  private postalSeq = 0;
  private search: LocationSearch | null = null;
  private searchLoading: Promise<LocationSearch> | null = null;
  private cascadeLoading: Promise<LocationCascade> | null = null;

  /** Focuses the first control. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('input, select');
    target?.focus(options);
  }

  /** Shows "required" messages where something is missing; true when the choice is complete. */
  validate(): boolean {
    this.showRequired = true;
    return this.isComplete();
  }

  private isComplete(): boolean {
    if (!this.required) return true;
    return Boolean(this.value) && /^\d{5}$/.test(this.postalCode);
  }

  protected override storefrontChanged(): void {
    if (this.mode === 'cascade') void this.showCascade(true);
    if (this.value) void this.loadPostalCodes(this.value.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      const display = this.value?.display ?? '';
      if (this.value && this.query !== display) this.query = display;
      if (this.value && this.storefront && this.postalFor !== this.value.id) void this.loadPostalCodes(this.value.id);
      if (!this.value) {
        this.postalCodes = [];
        this.postalFor = null;
        this.postalStatus = 'idle';
      }
    }
    if (changed.has('mode') && this.mode === 'cascade' && this.storefront) void this.showCascade(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const changedState = changed as Map<string, unknown>;
    if (changedState.has('open')) this.search?.place(this.open);
    if (changedState.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#${this.uid}-opt-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ------------------------------------------------------------------ events out

  private emitChange(): void {
    this.dispatchEvent(
      new CustomEvent<LocationChangeDetail>('scalev-location-change', {
        detail: { location: this.value, postalCode: this.postalCode || null },
        bubbles: true,
        composed: false,
      }),
    );
  }

  protected choose(location: StorefrontLocation | null): void {
    const changed = (location?.id ?? null) !== (this.value?.id ?? null);
    this.value = location;
    this.query = location?.display ?? this.query;
    this.open = false;
    this.activeIndex = -1;
    if (changed) this.postalCode = '';
    this.announcement = location ? this.t('location.chosen', { display: location.display }) : '';
    this.emitChange();
  }

  // ------------------------------------------------------------------ search (pattern B)

  /** Runs with the search behaviour, loaded on the field's first focus or input; a failed load shows in the list with a retry. */
  private withSearch(run?: (search: LocationSearch) => void): void {
    if (this.search) return run?.(this.search);
    (this.searchLoading ??= import('./location-search.js').then(
      (m) => (this.search = new m.LocationSearch(this as unknown as SearchHost)),
    )).then(run, (error: unknown) => {
      this.searchLoading = null;
      if (!run) return;
      this.searchStatus = 'error';
      this.searchError = this.describeError(error);
      this.open = true;
    });
  }

  protected searches(): Map<string, StorefrontLocation[]> {
    return memo(this.storefront!).searches;
  }

  private onSearchInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.query = text;
    if (this.value && text !== this.value.display) {
      this.value = null;
      this.postalCode = '';
      this.emitChange();
    }
    this.withSearch((search) => search.input(text));
  }

  private onSearchBlur(): void {
    // A click on an option keeps focus (mousedown is prevented), so a blur means the buyer left.
    this.open = false;
    this.activeIndex = -1;
  }

  private onSearchFocus(): void {
    this.withSearch();
    if (!this.value && this.results.length && this.query.trim().length >= MIN_QUERY) this.open = true;
  }

  // ------------------------------------------------------------------ cascade (pattern A)

  /** Loads the cascade's code when first needed, then its provinces (again when `reload`, e.g. another store). */
  private async showCascade(reload: boolean): Promise<void> {
    this.cascadeFailed = '';
    try {
      const cascade = await (this.cascadeLoading ??= import('./location-cascade.js').then(
        (m) => (this.cascade = new m.LocationCascade(this as unknown as CascadeHost)),
      ));
      if (reload || !cascade.provinces.length) await cascade.loadProvinces();
    } catch (error) {
      this.cascadeLoading = null;
      this.cascadeFailed = this.describeError(error);
      this.reportError(error, 'location.cascade');
    }
  }

  protected remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    return memo(this.storefront!).remember(key, load);
  }

  private switchMode(): void {
    this.mode = this.mode === 'search' ? 'cascade' : 'search';
    this.open = false;
    // The cascade's first select once its code is in.
    void this.updateComplete
      .then(() => (this.mode === 'cascade' ? this.cascadeLoading : null))
      .then(() => this.updateComplete)
      .then(() => this.focus(), () => undefined);
  }

  // ------------------------------------------------------------------ postal codes

  private async loadPostalCodes(locationId: number): Promise<void> {
    const sf = this.storefront;
    if (!sf || sf.problem) return;
    const seq = ++this.postalSeq;
    this.postalFor = locationId;
    this.postalStatus = 'loading';
    try {
      const rows = await memo(sf).remember(`postal|${locationId}`, () => listPostalCodes(sf.http, locationId));
      if (seq !== this.postalSeq) return;
      const codes = [...new Set(rows.map((row) => String(row?.postal_code ?? '').trim()).filter((code) => /^\d{5}$/.test(code)))];
      this.postalCodes = codes;
      this.postalStatus = 'ready';
      if (codes.length === 1 && this.postalCode !== codes[0]) {
        this.postalCode = codes[0]!;
        this.emitChange();
      } else if (codes.length > 1 && this.postalCode && !codes.includes(this.postalCode)) {
        this.postalCode = '';
        this.emitChange();
      }
    } catch (error) {
      if (seq !== this.postalSeq) return;
      // Without the list the buyer types the code: never a dead end.
      this.postalCodes = [];
      this.postalStatus = 'error';
      this.reportError(error, 'location.postal-codes');
    }
  }

  private setPostal(code: string): void {
    this.postalCode = code.replace(/\D/g, '').slice(0, 5);
    this.emitChange();
  }

  // ------------------------------------------------------------------ render

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    return html`
      <div class="picker" part="picker">
        ${this.mode === 'cascade' ? this.renderCascade() : this.renderSearch()}
        <button type="button" class="mode-switch" part="mode-switch" ?disabled=${this.disabled} @click=${this.switchMode}>
          ${this.mode === 'search' ? this.t('location.useCascade') : this.t('location.useSearch')}
        </button>
        ${this.value ? this.renderPostal() : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  protected locationError(): string {
    if (this.errors.location) return this.errors.location;
    if (this.showRequired && this.required && !this.value) return this.t('location.required');
    return '';
  }

  private renderSearch(): TemplateResult {
    const id = `${this.uid}-search`;
    const listId = `${this.uid}-list`;
    const hintId = `${id}-hint`;
    const errorText = this.locationError();
    const errorId = `${id}-error`;
    const active = this.open && this.activeIndex >= 0 ? `${this.uid}-opt-${this.activeIndex}` : '';
    const showList = this.open && this.searchStatus === 'ready' && this.results.length > 0;
    return html`<div class="field" part="field">
      <label class="field__label" part="label" for=${id}>${this.label || this.t('location.label')}</label>
      <input
        id=${id}
        class="field__control"
        part="combobox"
        type="text"
        role="combobox"
        name=${this.locationName}
        autocomplete="off"
        autocapitalize="words"
        spellcheck="false"
        inputmode="search"
        aria-autocomplete="list"
        aria-expanded=${showList ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${active}
        aria-describedby=${errorText ? `${hintId} ${errorId}` : hintId}
        aria-invalid=${errorText ? 'true' : 'false'}
        ?required=${this.required}
        ?disabled=${this.disabled}
        .value=${live(this.query)}
        @input=${this.onSearchInput}
        @keydown=${(e: KeyboardEvent) => this.search?.keydown(e)}
        @blur=${this.onSearchBlur}
        @focus=${this.onSearchFocus}
      />
      <p class="field__hint" id=${hintId}>${this.t('location.searchHint')}</p>
      ${errorText ? html`<p class="field__error" part="field-error" id=${errorId}>${errorText}</p>` : nothing}
      <div class="popup" ?hidden=${!this.open}>
        ${this.searchStatus === 'loading' ? html`<p class="popup__status">${this.t('location.searching')}</p>` : nothing}
        ${this.searchStatus === 'ready' && !this.results.length
          ? html`<p class="popup__status">${this.t('location.noResults')}</p>`
          : nothing}
        ${this.searchStatus === 'error'
          ? html`<p class="popup__status popup__status--error">
              ${this.searchError}
              <button type="button" class="link" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.withSearch((search) => void search.run(this.query.trim()))}>
                ${this.t('common.retry')}
              </button>
            </p>`
          : nothing}
        <ul id=${listId} role="listbox" part="listbox" class="listbox" aria-label=${this.label || this.t('location.label')} ?hidden=${!showList}>
          ${showList
            ? this.results.map(
                (loc, i) => html`<li
                  id=${`${this.uid}-opt-${i}`}
                  role="option"
                  part="option"
                  class="option"
                  aria-selected=${i === this.activeIndex ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.choose(loc)}
                >
                  <span class="option__main">${loc.subdistrict_name}</span>
                  <span class="option__sub">${[loc.city_name, loc.province_name].filter(Boolean).join(', ')}</span>
                </li>`,
              )
            : nothing}
        </ul>
      </div>
    </div>`;
  }

  protected renderSelect(options: SelectOptions): TemplateResult {
    const errorId = `${options.id}-error`;
    return html`<div class="field" part="field">
      <label class="field__label" part="label" for=${options.id}>${options.label}</label>
      <select
        id=${options.id}
        class="field__control"
        part="select"
        name=${options.name}
        autocomplete=${options.autocomplete}
        ?disabled=${options.disabled || this.disabled}
        ?required=${this.required}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${options.error ? errorId : nothing}
        @change=${(e: Event) => options.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!options.value}>${this.t('location.choose')}</option>
        ${options.items.map(
          (item) => html`<option value=${item.value} ?selected=${item.value === options.value}>${item.label}</option>`,
        )}
      </select>
      ${options.error ? html`<p class="field__error" part="field-error" id=${errorId}>${options.error}</p>` : nothing}
    </div>`;
  }

  private renderCascade(): TemplateResult {
    if (this.cascade) return this.cascade.render();
    return this.cascadeFailed
      ? html`<p class="field__error" role="alert">
          ${this.cascadeFailed}
          <button type="button" class="link" @click=${() => void this.showCascade(false)}>${this.t('common.retry')}</button>
        </p>`
      : html`<p class="field__hint" role="status">${this.t('common.loading')}</p>`;
  }

  private renderPostal(): TemplateResult {
    const id = `${this.uid}-postal`;
    const errorId = `${id}-error`;
    let error = this.errors.postalCode ?? '';
    if (!error && this.showRequired && this.required && !/^\d{5}$/.test(this.postalCode)) {
      error = this.postalCodes.length > 1 ? this.t('location.postalRequired') : this.t('location.postalInvalid');
    }
    if (this.postalStatus === 'loading') {
      return html`<p class="field__hint" role="status">${this.t('location.postalLoading')}</p>`;
    }
    if (this.postalCodes.length > 1) {
      return this.renderSelect({
        id,
        label: this.t('location.postalCode'),
        name: this.postalName,
        autocomplete: 'postal-code',
        value: this.postalCode,
        items: this.postalCodes.map((code) => ({ value: code, label: code })),
        disabled: false,
        error,
        onChange: (v) => this.setPostal(v),
      });
    }
    return html`<div class="field field--postal" part="field">
      <label class="field__label" part="label" for=${id}>${this.t('location.postalCode')}</label>
      <input
        id=${id}
        class="field__control"
        part="input"
        name=${this.postalName}
        type="text"
        inputmode="numeric"
        autocomplete="postal-code"
        maxlength="5"
        pattern="[0-9]{5}"
        ?required=${this.required}
        ?disabled=${this.disabled}
        ?readonly=${this.postalCodes.length === 1}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? errorId : nothing}
        .value=${live(this.postalCode)}
        @input=${(e: Event) => this.setPostal((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field__error" part="field-error" id=${errorId}>${error}</p>` : nothing}
    </div>`;
  }
}

ScalevLocationPicker.define('scalev-location-picker');

declare global {
  interface HTMLElementTagNameMap {
    'scalev-location-picker': ScalevLocationPicker;
  }
}
