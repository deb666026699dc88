import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { storefrontContext, type StoreConfig, type Storefront, type ThemeName } from '../../context/storefront.js';
import { DEFAULT_API_BASE, createStorefront } from '../../context/create-storefront.js';
import { closestLang, ensureLocale, normalizeLocale, translate, type MessageOverrides } from '../../i18n/localize.js';
import { ensureConfigStrings } from '../../i18n/common.js';
import { hostStyles, tokens } from '../../styles/host.js';
import { problemStyles } from '../base/problem.styles.js';
import { logProblem, problemView } from '../base/scalev-element.js';

function sameConfig(a: StoreConfig, b: StoreConfig): boolean {
  const { fetch: fetchA, ...restA } = a;
  const { fetch: fetchB, ...restB } = b;
  return fetchA === fetchB && JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * Holds the store's configuration and gives every Scalev element inside it (or, for widgets
 * outside any store, on the same page) one shared client, session and cart.
 *
 * @summary Configures the storefront: store id, publishable key, API base, language and page URLs.
 * @slot - Any content, including Scalev elements; the store itself takes no room (`display: contents`).
 * @csspart problem - The configuration message shown when the store cannot work.
 * @fires scalev-storefront-change - (internal) The configuration changed and widgets re-read it.
 */
export class ScalevStore extends LitElement {
  static override styles = [
    tokens,
    hostStyles,
    problemStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static define(tag = 'scalev-store', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The store's public `unique_id` (`store_…`). Required. */
  @property({ attribute: 'store-id' }) storeId = '';
  /** The publishable storefront key (`sfpk_…`). Required. Never a business key (`sk_…`). */
  @property({ attribute: 'storefront-key' }) storefrontKey = '';
  /** Base URL of the Storefront API. */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_API_BASE;
  /** Language of every element of this store: `id` (default) or `en`. */
  @property() locale = '';
  /** Colour scheme for every element of this store: `light`, `dark` or `auto`. */
  @property() theme: ThemeName | '' = '';
  /** Product page template, e.g. `/produk/{slug}`; without it products open in a dialog. */
  @property({ attribute: 'product-url' }) productUrl = '';
  /** Cart page URL: the "view cart" link `<scalev-product>` shows after an add. `<scalev-cart>` buttons open their drawer or popover either way. */
  @property({ attribute: 'cart-url' }) cartUrl = '';
  /** Checkout page URL; without it checkout continues in place. */
  @property({ attribute: 'checkout-url' }) checkoutUrl = '';
  /** Order page template, e.g. `/pesanan?order={secret_slug}`; without it the status shows in place. */
  @property({ attribute: 'order-url' }) orderUrl = '';
  /** Account page URL: the "my account" link `<scalev-login>` shows once signed in. */
  @property({ attribute: 'account-url' }) accountUrl = '';
  /** Sign-in page URL: the guest checkout's "sign in to use your saved addresses" link (without it, no link; `<scalev-account>` always signs in in place). */
  @property({ attribute: 'login-url' }) loginUrl = '';
  /** reCAPTCHA v3 site key: turns on abandoned-checkout capture (checkout intents). */
  @property({ attribute: 'recaptcha-site-key' }) recaptchaSiteKey = '';
  /** Request timeout in milliseconds. */
  @property({ type: Number, attribute: 'timeout' }) timeout = 15000;
  /** Merchant overrides for any string, per locale: `{ en: { 'cart.checkout': 'Pay now' } }`. */
  @property({ attribute: false }) messages: MessageOverrides = {};
  /** Replaces the global `fetch` for this store's requests: tests, stories, or request instrumentation. */
  @property({ attribute: false }) fetcher?: typeof fetch;

  /** The shared Storefront this store provides. */
  storefront?: Storefront;

  private readonly provider = new ContextProvider(this, { context: storefrontContext });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.storefront) this.rebuild();
  }

  private currentConfig(): StoreConfig {
    return {
      storeId: this.storeId.trim(),
      storefrontKey: this.storefrontKey.trim(),
      apiBase: (this.apiBase || DEFAULT_API_BASE).trim().replace(/\/+$/, ''),
      locale: this.locale,
      theme: this.theme,
      urls: {
        product: this.productUrl || undefined,
        cart: this.cartUrl || undefined,
        checkout: this.checkoutUrl || undefined,
        order: this.orderUrl || undefined,
        account: this.accountUrl || undefined,
        login: this.loginUrl || undefined,
      },
      recaptchaSiteKey: this.recaptchaSiteKey,
      timeoutMs: this.timeout > 0 ? this.timeout : 15000,
      fetch: this.fetcher,
    };
  }

  private rebuild(): void {
    const storefront = createStorefront(this.currentConfig());
    (storefront as { messages: MessageOverrides }).messages = this.messages;
    storefront.addEventListener('problem', () => this.requestUpdate());
    this.storefront = storefront;
    this.provider.setValue(storefront);
    this.dispatchEvent(new Event('scalev-storefront-change'));
    if (storefront.problem) logProblem(storefront.problem);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.storefront && !sameConfig(this.storefront.config, this.currentConfig())) this.rebuild();
    else if (this.storefront && changed.has('messages')) {
      (this.storefront as { messages: MessageOverrides }).messages = this.messages;
      document.dispatchEvent(new CustomEvent('scalev-messages-change'));
    }
  }

  private get displayLocale() {
    return normalizeLocale(this.locale) ?? normalizeLocale(closestLang(this)) ?? 'id';
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = ensureLocale(this.displayLocale) ?? (this.storefront?.problem ? ensureConfigStrings() : null);
    if (loading) return loading.then(() => this.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override render() {
    const problem = this.storefront?.problem;
    // The message shows only on a childless store (e.g. one in the header); widgets inside a
    // store show it themselves, so the page does not say it twice.
    const showHere = problem && !this.querySelector('*');
    const locale = this.displayLocale;
    return html`${showHere ? problemView((key) => translate(locale, key), problem) : nothing}<slot></slot>`;
  }
}
