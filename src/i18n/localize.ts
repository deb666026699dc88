/**
 * Strings of the kit. Indonesian is the default and the fallback; English is complete. Each
 * element registers its own table when its module loads, so a page only downloads the strings of
 * the elements it shows. Merchants override any string per locale (see `setMessages`).
 */
export type MessageValue = string | ((params: Record<string, unknown>) => string);
export type MessageTable = Record<string, MessageValue>;
export type Locale = 'id' | 'en';
export type MessageOverrides = Partial<Record<string, Record<string, string>>>;

export const SUPPORTED_LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';

const REGISTRY_KEY = Symbol.for('scalev-elements/messages');
const OVERRIDES_KEY = Symbol.for('scalev-elements/message-overrides');
type Registry = Record<Locale, MessageTable>;
const globalScope = globalThis as unknown as Record<symbol, unknown>;
const registry = (globalScope[REGISTRY_KEY] ??= { id: {}, en: {} }) as Registry;
const pageOverrides = (globalScope[OVERRIDES_KEY] ??= {}) as MessageOverrides;

/** A table fetched when its language is first needed: `() => import('./strings.en.js')`. */
export type MessageLoader = () => Promise<{ default: MessageTable }>;

const LOADERS_KEY = Symbol.for('scalev-elements/message-loaders');
const pendingLoaders = (globalScope[LOADERS_KEY] ??= { id: [], en: [] }) as Record<Locale, MessageLoader[]>;
const inFlight = new Map<Locale, Promise<void>>();

/**
 * Adds strings under their keys (`cart.empty`); later registrations of a key win. Tables given as
 * loaders are fetched only when an element first renders in that language, so Indonesian pages
 * (the default) never download the English strings.
 */
export function registerMessages(
  tables: Partial<Record<Locale, MessageTable>>,
  loaders: Partial<Record<Locale, MessageLoader>> = {},
): void {
  for (const locale of SUPPORTED_LOCALES) {
    Object.assign(registry[locale], tables[locale] ?? {});
    const loader = loaders[locale];
    if (loader) pendingLoaders[locale].push(loader);
  }
}

/**
 * Loads every table still pending for `locale`. Returns null when nothing is pending, so callers
 * render at once in the common case; otherwise a promise that settles once the strings are in
 * (a failed load leaves the Indonesian fallback in place).
 */
export function ensureLocale(locale: Locale): Promise<void> | null {
  const running = inFlight.get(locale);
  if (running) return running;
  if (pendingLoaders[locale].length === 0) return null;
  const loaders = pendingLoaders[locale].splice(0);
  const loading = Promise.all(
    loaders.map((load) =>
      load().then(
        (module) => Object.assign(registry[locale], module.default),
        (error: unknown) => console.error('[scalev-elements] could not load strings', error),
      ),
    ),
  ).then(() => {
    inFlight.delete(locale);
    // Tables registered while these loaded are fetched too.
    return ensureLocale(locale) ?? undefined;
  });
  inFlight.set(locale, loading);
  return loading;
}

/**
 * Page-wide overrides for any string, e.g.
 * `ScalevElements.setMessages('en', { 'cart.checkout': 'Pay now' })`. `{name}` placeholders work.
 */
export function setMessages(locale: string, messages: Record<string, string>): void {
  const key = normalizeLocale(locale) ?? locale;
  pageOverrides[key] = { ...(pageOverrides[key] ?? {}), ...messages };
  document.dispatchEvent(new CustomEvent('scalev-messages-change'));
}

/** `id-ID` → `id`, `en-GB` → `en`; anything else → null. */
export function normalizeLocale(value: string | null | undefined): Locale | null {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'in') return 'id'; // legacy code for Indonesian
  return (SUPPORTED_LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : null;
}

/** The nearest `lang` attribute, crossing shadow roots. */
export function closestLang(node: Element): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    const parent: Node | null = (current as Element).parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

function interpolate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined || params[name] === null ? match : String(params[name]),
  );
}

/** Looks a key up: store overrides → page overrides → locale table → Indonesian → the key. */
export function translate(
  locale: Locale,
  key: string,
  params: Record<string, unknown> = {},
  storeOverrides?: MessageOverrides,
): string {
  const override = storeOverrides?.[locale]?.[key] ?? pageOverrides[locale]?.[key];
  if (override !== undefined) return interpolate(override, params);
  const value = registry[locale][key] ?? registry[DEFAULT_LOCALE][key];
  if (value === undefined) return key;
  return typeof value === 'function' ? value(params) : interpolate(value, params);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Rupiah without decimals: `Rp125.000` (id) or `IDR 125,000` (en). Null-ish → ''. */
export function formatMoney(amount: number | null | undefined, locale: Locale, currency = 'IDR'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '';
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-ID' : 'id-ID', {
      style: 'currency',
      currency,
      maximumFractionDigits: currency === 'IDR' ? 0 : 2,
      minimumFractionDigits: 0,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Dates in the buyer's language, shown in Indonesian western time unless the page says otherwise. */
export function formatDate(
  value: string | number | Date | null | undefined,
  locale: Locale,
  style: 'date' | 'datetime' = 'date',
): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
      dateStyle: 'medium',
      ...(style === 'datetime' ? { timeStyle: 'short' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
