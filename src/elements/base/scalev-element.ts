import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { storefrontContext, type ConfigProblem, type Storefront } from '../../context/storefront.js';
import { isScalevApiError } from '../../api/errors.js';
import {
  DEFAULT_LOCALE,
  closestLang,
  ensureLocale,
  formatDate,
  formatMoney,
  normalizeLocale,
  translate,
  type Locale,
} from '../../i18n/localize.js';
import { ensureConfigStrings } from '../../i18n/common.js';
import { hostStyles, tokens } from '../../styles/host.js';
import type { ScalevEventDetail, ScalevEventName } from '../../events.js';
import { problemStyles } from './problem.styles.js';

const CONTEXT_ROOT_FLAG = Symbol.for('scalev-elements/context-root');
const pageScope = globalThis as unknown as Record<symbol, unknown>;

/**
 * Late providers: a widget whose `<scalev-store>` ancestor upgrades after it still gets its
 * context, because the root replays unanswered requests when a provider appears.
 */
function ensureContextRoot(): void {
  if (pageScope[CONTEXT_ROOT_FLAG] || typeof document === 'undefined') return;
  pageScope[CONTEXT_ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

/** Shape of `<scalev-store>` as seen by widgets that are not inside it. */
interface PageStoreElement extends HTMLElement {
  storefront?: Storefront;
}

function ancestorStore(node: Element): Element | null {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.localName === 'scalev-store') return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

const reportedProblems = new Set<string>();

/** Configuration problems go to the console in English, for the people who build the page. */
export function logProblem(problem: ConfigProblem): void {
  void Promise.all([ensureConfigStrings(), ensureLocale('en')]).then(() =>
    console.error(`[scalev-elements] ${translate('en', `config.${problem.code}`)}`),
  );
}

/** The setup message an element (or a childless `<scalev-store>`) shows instead of its content. */
export function problemView(t: (key: string) => string, problem: ConfigProblem): TemplateResult {
  return html`<div class="scalev-problem" part="problem" role="alert">
    <strong>${t('config.title')}</strong>
    <p>${t(`config.${problem.code}`)}</p>
  </div>`;
}

/**
 * The base of every element of the kit: finds the shared Storefront (nearest `<scalev-store>`
 * ancestor through context, else the first `<scalev-store>` of the page), resolves the language,
 * formats money and dates, dispatches typed events, sets custom states, and shows configuration
 * problems in place instead of a blank space.
 *
 * @csspart problem - The configuration message shown instead of the content when the store cannot work.
 * @cssstate problem - The element shows a configuration message instead of its content.
 */
export class ScalevElement extends LitElement {
  static override styles = [tokens, hostStyles, problemStyles];

  /** Registers the element once; a second registration (the script loaded twice) is harmless. */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Language of this element (`id` or `en`); default: the store's `locale`, then the nearest `lang`, then `id`. */
  @property({ reflect: true }) locale = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the device). Default: the store's `theme`. */
  @property({ reflect: true }) theme = '';

  /** The shared Storefront, once found. */
  @state() protected storefront?: Storefront;

  @state() private noStoreOnPage = false;

  protected readonly internals: ElementInternals;
  private themeFromStore = false;
  private pageStoreWatch?: MutationObserver;
  private readonly onProblem = () => this.requestUpdate();
  private readonly onMessagesChange = () => this.requestUpdate();

  constructor() {
    super();
    ensureContextRoot();
    this.internals = this.attachInternals();
    new ContextConsumer(this, {
      context: storefrontContext,
      subscribe: true,
      callback: (value) => this.adoptStorefront(value ?? undefined),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('scalev-messages-change', this.onMessagesChange);
    if (!this.storefront && !ancestorStore(this)) this.usePageStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('scalev-messages-change', this.onMessagesChange);
    this.storefront?.removeEventListener('problem', this.onProblem);
    this.pageStoreWatch?.disconnect();
    this.pageStoreWatch = undefined;
  }

  /** Called whenever the Storefront is found or replaced; subclasses start loading here. */
  protected storefrontChanged(_storefront: Storefront, _previous: Storefront | undefined): void {}

  private adoptStorefront(next: Storefront | undefined): void {
    if (!next || next === this.storefront) return;
    const previous = this.storefront;
    previous?.removeEventListener('problem', this.onProblem);
    this.storefront = next;
    this.noStoreOnPage = false;
    this.pageStoreWatch?.disconnect();
    this.pageStoreWatch = undefined;
    next.addEventListener('problem', this.onProblem);
    if (!this.theme || this.themeFromStore) {
      const storeTheme = next.config.theme;
      this.themeFromStore = Boolean(storeTheme);
      if (storeTheme) this.theme = storeTheme;
    }
    this.storefrontChanged(next, previous);
  }

  /** A widget outside any `<scalev-store>` uses the page's first one, even if it appears later. */
  private usePageStore(): void {
    const found = document.querySelector<PageStoreElement>('scalev-store');
    if (found) {
      if (found.storefront) this.adoptStorefront(found.storefront);
      else {
        customElements.whenDefined('scalev-store').then(() => {
          if (found.storefront) this.adoptStorefront(found.storefront);
        });
      }
      found.addEventListener('scalev-storefront-change', () => this.adoptStorefront(found.storefront));
      return;
    }
    this.pageStoreWatch = new MutationObserver(() => {
      if (document.querySelector('scalev-store')) {
        this.pageStoreWatch?.disconnect();
        this.pageStoreWatch = undefined;
        this.usePageStore();
      }
    });
    this.pageStoreWatch.observe(document.documentElement, { childList: true, subtree: true });
    const markMissing = () => {
      if (!this.storefront && this.isConnected) this.noStoreOnPage = true;
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(markMissing, 50), { once: true });
    else setTimeout(markMissing, 50);
  }

  /** The configuration problem to show instead of the element's content, if any. */
  protected get problem(): ConfigProblem | null {
    if (this.storefront) return this.storefront.problem;
    return this.noStoreOnPage ? { code: 'no-store' } : null;
  }

  /** The language strings and formats use. */
  get resolvedLocale(): Locale {
    return (
      normalizeLocale(this.locale) ??
      normalizeLocale(this.storefront?.config.locale) ??
      normalizeLocale(closestLang(this)) ??
      DEFAULT_LOCALE
    );
  }

  /** A string in the element's language; merchant overrides apply. */
  protected t(key: string, params?: Record<string, unknown>): string {
    return translate(this.resolvedLocale, key, params, this.storefront?.messages);
  }

  protected money(amount: number | null | undefined): string {
    return formatMoney(amount, this.resolvedLocale);
  }

  protected date(value: string | number | Date | null | undefined, style: 'date' | 'datetime' = 'date'): string {
    return formatDate(value, this.resolvedLocale, style);
  }

  /**
   * Dispatches a typed `scalev-*` event from this element (bubbles, composed). Returns false when
   * a listener cancelled a cancelable event.
   */
  protected emit<K extends ScalevEventName>(
    name: K,
    detail: ScalevEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, ...options });
    return this.dispatchEvent(event);
  }

  /**
   * Toggles a custom state, styled from outside with `:state(loading)`. While a configuration
   * message stands in for the content nothing is loading behind it: `loading` stays off.
   */
  protected setCustomState(name: string, on: boolean): void {
    if (name === 'loading' && on && this.problem) on = false;
    const states = (this.internals as ElementInternals & { states?: Set<string> }).states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 only accepted the `--name` form.
      if (on) states.add(`--${name}`);
      else states.delete(`--${name}`);
    }
  }

  /**
   * Words for a failure, in the element's language. A "Store not found" answer marks the store as
   * misconfigured so every widget shows the setup message.
   */
  protected describeError(error: unknown): string {
    // A part's code could not load (offline, or the site was redeployed): Chromium, Firefox and Safari words.
    if (error instanceof TypeError && /dynamically imported module|module script failed/i.test(error.message)) {
      return this.t('error.network');
    }
    if (!isScalevApiError(error)) return this.t('error.generic');
    const { kind, status, message } = error;
    if (kind === 'aborted') return '';
    // `error.timeout`, `error.network`, `error.parse`
    if (kind !== 'http' && kind !== 'config') return this.t(`error.${kind}`);
    if (status === 429) {
      const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
      return seconds > 0 ? this.t('error.rateLimitedSeconds', { seconds }) : this.t('error.rateLimited');
    }
    if (status >= 500) return this.t('error.server');
    if (status === 404 && /store not found/i.test(message)) {
      this.storefront?.reportStoreNotFound();
      // Until the setup message's strings are in (the element then shows it instead), the API's words.
      return ensureConfigStrings() ? message : this.t('config.store-not-found');
    }
    if (status === 401) return this.t('error.unauthorized');
    if (message && status >= 400 && status < 500) return message;
    return this.t('error.generic');
  }

  /** Announces a failure to the page (`scalev-error`) for merchants' logging. */
  protected reportError(error: unknown, operation: string): void {
    const err = error instanceof Error ? error : new Error(String(error));
    if (isScalevApiError(err) && err.kind === 'aborted') return;
    this.emit('scalev-error', { error: err, operation });
  }

  protected renderProblem(problem: ConfigProblem): TemplateResult {
    return problemView((key) => this.t(key), problem);
  }

  /**
   * Holds a render until the strings of the element's language are in (English loads on demand),
   * and those of the setup message when there is a configuration problem.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = ensureLocale(this.resolvedLocale) ?? (this.problem ? ensureConfigStrings() : null);
    if (loading) return loading.then(() => this.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme === '') this.themeFromStore = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const problem = this.problem;
    this.setCustomState('problem', Boolean(problem));
    if (problem) this.setCustomState('loading', false);
    if (problem) {
      const key = `${problem.code}|${this.storefront?.config.storeId ?? ''}`;
      if (!reportedProblems.has(key)) {
        reportedProblems.add(key);
        logProblem(problem);
      }
    }
  }
}
