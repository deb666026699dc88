/**
 * Conversion events (CONTRACT §7, GUIDES §9): Meta, TikTok and SnackVideo events relayed through
 * Scalev's `/public/analytics/*` routes, sharing one event id with the page's own pixel (`fbq`,
 * `ttq`) when the page has one.
 *
 * Callers load this module lazily, only after the related API call succeeded, so it never weighs
 * on their chunk:
 * `void import('../../state/conversions.js').then((c) => c.trackAddToCart(sf, item))`.
 *
 * - **Attribution** is captured when this module first loads (not before: a page that never
 *   tracks a conversion never gets these cookies): `fbclid` → `_fbc` (`fb.1.<ms>.<fbclid>`, 90 days),
 *   `_fbp` generated when missing (90 days), `ttclid` → `_ttclid` (7 days), `click_id` →
 *   `_kwai_click_id` (7 days). `Path=/; SameSite=Lax`, `Secure` on https. A query value wins over
 *   an older cookie.
 * - **Event ids**: one random id per interaction (`<prefix>_<uuid>`), given to the pixel
 *   (`fbq('track', name, params, { eventID })`, `ttq.track(name, params, { event_id })`) and to the
 *   relay. Order events use the deterministic `${order_id}-${eventName}-FORM` and a per-order guard
 *   in localStorage, so a reload or a second call never counts a purchase twice.
 * - **SnackVideo** has no event id: its server event is sent only with a click id, once per call,
 *   and purchases are guarded per order like the others.
 * - **Purchase** is counted at one point only, order creation; never for `is_probably_spam` orders.
 * - Any 2xx from a relay is success. Failures never reach the buyer and never throw: each
 *   `track*` function resolves (never rejects).
 * - Privacy: `event_source_url` and `referrer_url` are sent without query string or fragment, so
 *   order slugs, recovery tokens and reset tokens in a URL never reach analytics.
 */
import { sendMetaEvents, sendSnackVideoEvents, sendTiktokEvents } from '../api/analytics.js';
import { parseMoney } from '../api/money.js';
import type {
  StorefrontAnalyticsBundlePriceOptionItem,
  StorefrontAnalyticsVariantItem,
  StorefrontPublicOrder,
} from '../api/types.js';
import type { Storefront } from '../context/storefront.js';

/** One item of a conversion: the ids the cart uses, the unique id analytics uses, and what the buyer saw. */
export interface ConversionItem {
  variantId?: number;
  bundlePriceOptionId?: number;
  /** `variant_unique_id` or `bundle_price_option_unique_id` (the cart's remembered `uniqueId`). */
  uniqueId?: string | null;
  name: string;
  /** Unit price in rupiah, or null when unknown. */
  price: number | null;
  quantity: number;
}

/** What is known about the buyer at purchase time (all optional; the order fills the gaps). */
export interface ConversionBuyer {
  name?: string | null;
  email?: string | null;
  /** Digits, `62…`. */
  phone?: string | null;
  city?: string | null;
  province?: string | null;
  locationId?: number | null;
  customerId?: number | string | null;
}

/** Per-store switches; every network is on by default (the relay ignores networks the store did not configure). */
export interface ConversionSettings {
  meta: boolean;
  tiktok: boolean;
  snackvideo: boolean;
  /** SnackVideo names are forwarded as sent: use the store's configured names (GUIDES §9). */
  snackVideoNames: Record<ConversionName, string>;
}

export type ConversionName = 'ViewContent' | 'AddToCart' | 'InitiateCheckout' | 'Purchase';

const TIKTOK_NAMES: Record<ConversionName, string> = {
  ViewContent: 'ViewContent',
  AddToCart: 'AddToCart',
  InitiateCheckout: 'InitiateCheckout',
  Purchase: 'CompletePayment',
};

const ID_PREFIX: Record<ConversionName, string> = {
  ViewContent: 'vc',
  AddToCart: 'atc',
  InitiateCheckout: 'ic',
  Purchase: 'pur',
};

const DAY_MS = 86_400_000;
const GUARD_KEY = 'scalev:conversions:fired';
const GUARD_TTL_MS = 30 * DAY_MS;

/** Settings of one store; change them before the first event, e.g. to turn a network off. */
export function conversionSettings(sf: Storefront): ConversionSettings {
  return sf.service<ConversionSettings>('conversion-settings', () => ({
    meta: true,
    tiktok: true,
    snackvideo: true,
    snackVideoNames: {
      ViewContent: 'contentView',
      AddToCart: 'addToCart',
      InitiateCheckout: 'initiatedCheckout',
      Purchase: 'purchase',
    },
  }));
}

// ---------------------------------------------------------------------------------------------
// Attribution cookies

interface Attribution {
  fbc: string | null;
  fbp: string | null;
  ttclid: string | null;
  ttp: string | null;
  clickId: string | null;
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return rest.join('=');
      }
    }
  }
  return null;
}

function writeCookie(name: string, value: string, days: number): void {
  try {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${name}=${encodeURIComponent(value)}; Max-Age=${Math.round(days * 86400)}; Path=/; SameSite=Lax${secure}`;
  } catch {
    // Cookies may be blocked (sandboxed frame); attribution then lives in this page view only.
  }
}

let captured: Attribution | null = null;

/**
 * Reads `fbclid` / `ttclid` / `click_id` from the page URL into the documented cookies and returns
 * the current attribution. Runs once when this module loads; exported for tests and for pages
 * that change the URL without reloading.
 */
export function captureAttribution(): Attribution {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(location.search);
  } catch {
    params = new URLSearchParams();
  }
  const now = Date.now();
  const fbclid = params.get('fbclid');
  let fbc = readCookie('_fbc');
  if (fbclid && !(fbc && fbc.endsWith(`.${fbclid}`))) {
    fbc = `fb.1.${now}.${fbclid}`;
    writeCookie('_fbc', fbc, 90);
  }
  let fbp = readCookie('_fbp');
  if (!fbp) {
    fbp = `fb.1.${now}.${Math.floor(1e9 + Math.random() * 9e9)}`;
    writeCookie('_fbp', fbp, 90);
  }
  let ttclid = params.get('ttclid');
  if (ttclid) writeCookie('_ttclid', ttclid, 7);
  else ttclid = readCookie('_ttclid');
  let clickId = params.get('click_id');
  if (clickId) writeCookie('_kwai_click_id', clickId, 7);
  else clickId = readCookie('_kwai_click_id');
  captured = { fbc, fbp, ttclid, ttp: readCookie('_ttp'), clickId };
  return captured;
}

function attribution(): Attribution {
  const base = captured ?? captureAttribution();
  // The TikTok pixel may set `_ttp` after this module loaded.
  return { ...base, ttp: readCookie('_ttp') ?? base.ttp };
}

if (typeof location !== 'undefined' && typeof document !== 'undefined') {
  try {
    captureAttribution();
  } catch {
    // Attribution is best-effort.
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function randomUuid(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The page URL without query or fragment: recovery tokens and order slugs never leave the page. */
function cleanUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin + url.pathname;
  } catch {
    return null;
  }
}

function pageUrls(): { event_source_url: string; referrer_url: string | null } {
  return {
    event_source_url: cleanUrl(typeof location !== 'undefined' ? location.href : null) ?? 'https://invalid.local/',
    referrer_url: cleanUrl(typeof document !== 'undefined' ? document.referrer : null),
  };
}

function integerRupiah(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value);
}

function contentId(item: ConversionItem): string {
  if (item.uniqueId) return item.uniqueId;
  if (item.variantId) return `variant_${item.variantId}`;
  if (item.bundlePriceOptionId) return `bundle_${item.bundlePriceOptionId}`;
  return item.name;
}

function cleanItems(items: readonly ConversionItem[]): ConversionItem[] {
  return items
    .filter((item) => item && typeof item === 'object')
    .map((item) => ({ ...item, quantity: Math.max(1, Math.round(Number(item.quantity) || 1)) }));
}

function analyticsItems(items: readonly ConversionItem[]): {
  variants?: StorefrontAnalyticsVariantItem[];
  bundle_price_options?: StorefrontAnalyticsBundlePriceOptionItem[];
} {
  const variants: StorefrontAnalyticsVariantItem[] = [];
  const bundles: StorefrontAnalyticsBundlePriceOptionItem[] = [];
  for (const item of items) {
    if (!item.uniqueId) continue;
    if (item.bundlePriceOptionId !== undefined && item.variantId === undefined) {
      bundles.push({ bundle_price_option_unique_id: item.uniqueId, quantity: item.quantity });
    } else {
      variants.push({ variant_unique_id: item.uniqueId, quantity: item.quantity });
    }
  }
  return {
    ...(variants.length ? { variants } : {}),
    ...(bundles.length ? { bundle_price_options: bundles } : {}),
  };
}

function itemsValue(items: readonly ConversionItem[]): number | null {
  let total = 0;
  for (const item of items) {
    if (item.price === null || item.price === undefined || !Number.isFinite(item.price)) return null;
    total += item.price * item.quantity;
  }
  return total;
}

function metaParams(items: readonly ConversionItem[], value: number | null): Record<string, unknown> {
  return {
    content_type: 'product',
    content_ids: items.map(contentId),
    contents: items.map((item) => ({ id: contentId(item), quantity: item.quantity, item_price: integerRupiah(item.price) })),
    ...(items.length === 1 && items[0] ? { content_name: items[0].name } : {}),
    value: integerRupiah(value) ?? 0,
    num_items: items.reduce((sum, item) => sum + item.quantity, 0),
    currency: 'IDR',
  };
}

function tiktokParams(items: readonly ConversionItem[], value: number | null): Record<string, unknown> {
  const first = items[0];
  return {
    content_type: 'product',
    ...(first ? { content_id: contentId(first), content_name: first.name } : {}),
    contents: items.map((item) => ({
      content_id: contentId(item),
      content_name: item.name,
      quantity: item.quantity,
      price: integerRupiah(item.price),
    })),
    value: integerRupiah(value) ?? 0,
    currency: 'IDR',
  };
}

function snackProperties(items: readonly ConversionItem[], value: number | null): Record<string, unknown> {
  const first = items[0];
  return {
    content_type: 'product',
    content_name: items.length === 1 && first ? first.name : items.map((item) => item.name).join(', ').slice(0, 500),
    currency: 'IDR',
    value: integerRupiah(value),
    quantity: items.reduce((sum, item) => sum + item.quantity, 0),
    ...(items.length === 1 && first ? { price: integerRupiah(first.price) } : {}),
  };
}

type PixelFn = (...args: unknown[]) => void;

/** The page's own pixels, when it has them; a throwing pixel never breaks the relay copy. */
function firePixels(name: ConversionName, eventId: string, items: readonly ConversionItem[], value: number | null): void {
  const page = globalThis as unknown as { fbq?: PixelFn; ttq?: { track?: PixelFn } };
  try {
    if (typeof page.fbq === 'function') page.fbq('track', name, metaParams(items, value), { eventID: eventId });
  } catch {
    /* the page's pixel is not ours to fix */
  }
  try {
    if (page.ttq && typeof page.ttq.track === 'function') {
      page.ttq.track(TIKTOK_NAMES[name], tiktokParams(items, value), { event_id: eventId });
    }
  } catch {
    /* idem */
  }
}

function splitName(name: string | null | undefined): { fn: string | null; ln: string | null } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return { fn: null, ln: null };
  return { fn: parts[0]!.toLowerCase(), ln: parts.length > 1 ? parts.slice(1).join(' ').toLowerCase() : null };
}

function logFailure(network: string, error: unknown): void {
  // Relay failures are logged, never shown (GUIDES §8). The message carries no token or URL query.
  const status = (error as { status?: number } | null)?.status;
  console.warn(`[scalev-elements] ${network} conversion event not accepted${status ? ` (HTTP ${status})` : ''}.`);
}

interface SendOptions {
  name: ConversionName;
  /** Meta/TikTok event id (shared with the pixel). */
  eventIds: { meta: string; tiktok: string };
  items: readonly ConversionItem[];
  value: number | null;
  buyer?: ConversionBuyer;
}

async function send(sf: Storefront, options: SendOptions): Promise<void> {
  if (sf.problem) return;
  const settings = conversionSettings(sf);
  const attr = attribution();
  const urls = pageUrls();
  const items = options.items;
  const extra = analyticsItems(items);
  const buyer = options.buyer ?? {};
  const names = splitName(buyer.name);
  const externalId = buyer.customerId === null || buyer.customerId === undefined ? null : String(buyer.customerId);
  const jobs: Array<Promise<void>> = [];

  if (settings.meta) {
    jobs.push(
      sendMetaEvents(sf.http, {
        ...urls,
        user_data: {
          fn: names.fn,
          ln: names.ln,
          em: buyer.email ? buyer.email.trim().toLowerCase() : null,
          ph: buyer.phone ?? null,
          ct: buyer.city ? buyer.city.toLowerCase() : null,
          st: buyer.province ? buyer.province.toLowerCase() : null,
          country: 'id',
          fbc: attr.fbc,
          fbp: attr.fbp,
          external_id: externalId,
          location_id: buyer.locationId ?? null,
        },
        events: [{ event_id: options.eventIds.meta, event_name: options.name, parameters: metaParams(items, options.value) }],
        ...extra,
      }).catch((error: unknown) => logFailure('Meta', error)),
    );
  }
  if (settings.tiktok) {
    jobs.push(
      sendTiktokEvents(sf.http, {
        ...urls,
        user: {
          email: buyer.email ? buyer.email.trim().toLowerCase() : null,
          phone: buyer.phone ?? null,
          external_id: externalId,
          ttclid: attr.ttclid,
          ttp: attr.ttp,
        },
        events: [
          { event_id: options.eventIds.tiktok, event: TIKTOK_NAMES[options.name], parameters: tiktokParams(items, options.value) },
        ],
        ...extra,
      }).catch((error: unknown) => logFailure('TikTok', error)),
    );
  }
  // SnackVideo's server event needs a click id; without one only a browser pixel could count it.
  if (settings.snackvideo && attr.clickId) {
    jobs.push(
      sendSnackVideoEvents(sf.http, {
        click_id: attr.clickId,
        ...urls,
        events: [{ event_name: settings.snackVideoNames[options.name], properties: snackProperties(items, options.value) }],
        ...extra,
      }).catch((error: unknown) => logFailure('SnackVideo', error)),
    );
  }
  await Promise.all(jobs);
}

/** One random id per interaction, shared by the pixels and the relays. */
async function interaction(
  sf: Storefront,
  name: ConversionName,
  items: readonly ConversionItem[],
  value: number | null,
): Promise<void> {
  try {
    const clean = cleanItems(items);
    if (!clean.length) return;
    const eventId = `${ID_PREFIX[name]}_${randomUuid()}`;
    firePixels(name, eventId, clean, value);
    await send(sf, { name, eventIds: { meta: eventId, tiktok: eventId }, items: clean, value });
  } catch (error) {
    logFailure('conversion', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Per-order guard

function readGuard(): Record<string, number> {
  try {
    const raw = localStorage.getItem(GUARD_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Marks `key` as counted; false when it already was (in this tab or an earlier page view). */
const firedThisPage = new Set<string>();
function claim(key: string): boolean {
  if (firedThisPage.has(key)) return false;
  const guard = readGuard();
  if (guard[key]) return false;
  firedThisPage.add(key);
  const now = Date.now();
  for (const [k, at] of Object.entries(guard)) if (typeof at !== 'number' || now - at > GUARD_TTL_MS) delete guard[k];
  guard[key] = now;
  try {
    localStorage.setItem(GUARD_KEY, JSON.stringify(guard));
  } catch {
    // Storage full or blocked: the in-page guard still holds.
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** `ViewContent`: a product or bundle detail was rendered (quantity 1 of the visible variant). */
export function trackViewContent(sf: Storefront, item: ConversionItem): Promise<void> {
  // A detail view counts one of the visible variant, whatever quantity is preselected (GUIDES §9).
  return interaction(sf, 'ViewContent', item ? [{ ...item, quantity: 1 }] : [], item?.price ?? null);
}

/** `AddToCart`: call after the cart add succeeded. */
export function trackAddToCart(sf: Storefront, item: ConversionItem): Promise<void> {
  const value = item && item.price !== null && item.price !== undefined ? item.price * (item.quantity || 1) : null;
  return interaction(sf, 'AddToCart', [item], value);
}

/**
 * `InitiateCheckout`: the checkout form opened with items. `value` is the subtotal (or null, then
 * it is computed from the items when every price is known).
 */
export function trackInitiateCheckout(
  sf: Storefront,
  lines: readonly ConversionItem[],
  value: number | null,
): Promise<void> {
  const clean = cleanItems(lines ?? []);
  return interaction(sf, 'InitiateCheckout', clean, value ?? itemsValue(clean));
}

/**
 * `Purchase` (TikTok `CompletePayment`): call once, right after the order was created. Uses the
 * deterministic id `${order_id}-${eventName}-FORM` and a per-order guard in storage, so calling it
 * again (a reload, a second widget) sends nothing. Skipped for orders flagged `is_probably_spam`.
 * `items` (with unique ids) and `buyer` come from the checkout form when available; the order
 * fills in what they lack.
 */
export async function trackPurchase(
  sf: Storefront,
  order: StorefrontPublicOrder,
  items?: readonly ConversionItem[],
  buyer?: ConversionBuyer,
): Promise<void> {
  try {
    if (!order || typeof order !== 'object' || order.is_probably_spam) return;
    const orderId = String(order.order_id || order.id || '');
    if (!orderId) return;
    const storeKey = `${sf.config.storeId}|${orderId}`;
    if (!claim(`purchase|${storeKey}`)) return;
    const lines = cleanItems(
      items && items.length
        ? items
        : (order.orderlines ?? []).map((line) => ({
            name: line.product_name ?? '',
            price: parseMoney(line.variant_price),
            quantity: line.quantity ?? 1,
          })),
    );
    const value = parseMoney(order.gross_revenue);
    const metaId = `${orderId}-Purchase-FORM`;
    const tiktokId = `${orderId}-${TIKTOK_NAMES.Purchase}-FORM`;
    const page = globalThis as unknown as { fbq?: PixelFn; ttq?: { track?: PixelFn } };
    try {
      if (typeof page.fbq === 'function') page.fbq('track', 'Purchase', metaParams(lines, value), { eventID: metaId });
    } catch {
      /* the page's pixel */
    }
    try {
      if (page.ttq && typeof page.ttq.track === 'function') {
        page.ttq.track(TIKTOK_NAMES.Purchase, tiktokParams(lines, value), { event_id: tiktokId });
      }
    } catch {
      /* the page's pixel */
    }
    const destination = order.destination_address ?? null;
    await send(sf, {
      name: 'Purchase',
      eventIds: { meta: metaId, tiktok: tiktokId },
      items: lines,
      value,
      buyer: {
        name: buyer?.name ?? destination?.name ?? null,
        email: buyer?.email ?? order.customer?.email ?? null,
        phone: buyer?.phone ?? destination?.phone ?? null,
        city: buyer?.city ?? destination?.city ?? null,
        province: buyer?.province ?? destination?.province ?? null,
        locationId: buyer?.locationId ?? null,
        customerId: buyer?.customerId ?? order.customer_id ?? null,
      },
    });
  } catch (error) {
    logFailure('conversion', error);
  }
}
