/**
 * Conversion events (CONTRACT §7, GUIDES §9): Meta, TikTok and SnackVideo events relayed through
 * Scalev's `/public/analytics/*` routes, sharing one event id with the page's own pixel (`fbq`,
 * `ttq`) when the page has one. This module has what every event needs and the shopping events
 * (ViewContent, AddToCart); the order events (InitiateCheckout, Purchase) are in
 * `order-conversions.ts`, so a product page never downloads them.
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
 *   relay.
 * - **SnackVideo** has no event id: its server event is sent only with a click id, once per call.
 * - Any 2xx from a relay is success. Failures never reach the buyer and never throw: each
 *   `track*` function resolves (never rejects).
 * - Privacy: `event_source_url` and `referrer_url` are sent without query string or fragment, so
 *   order slugs, recovery tokens and reset tokens in a URL never reach analytics.
 */
import { postConversionEvents, type ConversionNetwork } from '../api/conversion-relay.js';
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

/** Per-store switches; every network is on by default (the relay ignores networks the store did not configure). */
export interface ConversionSettings {
  meta: boolean;
  tiktok: boolean;
  snackvideo: boolean;
  /** SnackVideo names are forwarded as sent: use the store's configured names (GUIDES §9). */
  snackVideoNames: Record<ConversionName, string>;
}

export type ConversionName = 'ViewContent' | 'AddToCart' | 'InitiateCheckout' | 'Purchase';

/** Buyer fields of an order event, added to the relays' `user_data` (Meta) and `user` (TikTok). */
export interface ConversionUser {
  meta: Record<string, unknown>;
  tiktok: Record<string, unknown>;
}

/** TikTok's name of an event: a purchase is `CompletePayment`. */
export function tiktokName(name: ConversionName): string {
  return name === 'Purchase' ? 'CompletePayment' : name;
}

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

/** A version 4 UUID; `crypto.randomUUID` exists only on secure pages, `getRandomValues` everywhere. */
export function randomUuid(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c?.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** A cookie of this page, decoded when it can be; null when missing or empty. */
export function readCookie(name: string): string | null {
  for (const part of (typeof document === 'undefined' ? '' : document.cookie).split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      return raw || null;
    }
  }
  return null;
}

function writeCookie(name: string, value: string, days: number): void {
  try {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${name}=${encodeURIComponent(value)}; Max-Age=${days * 86400}; Path=/; SameSite=Lax${secure}`;
  } catch {
    // Cookies may be blocked (sandboxed frame); attribution then lives in this page view only.
  }
}

let captured: Attribution | null = null;

/** The URL's click id (then written to `cookie` for `days`), else the cookie's. */
function clickParam(params: URLSearchParams, param: string, cookie: string): string | null {
  const value = params.get(param);
  if (value) writeCookie(cookie, value, 7);
  return value || readCookie(cookie);
}

/**
 * Reads `fbclid` / `ttclid` / `click_id` from the page URL into the documented cookies and returns
 * the current attribution. Runs once when this module loads; exported for tests and for pages
 * that change the URL without reloading.
 */
export function captureAttribution(): Attribution {
  const params = new URLSearchParams(location.search);
  const now = Date.now();
  const fbclid = params.get('fbclid');
  let fbc = readCookie('_fbc');
  if (fbclid && !fbc?.endsWith(`.${fbclid}`)) writeCookie('_fbc', (fbc = `fb.1.${now}.${fbclid}`), 90);
  let fbp = readCookie('_fbp');
  if (!fbp) writeCookie('_fbp', (fbp = `fb.1.${now}.${Math.floor(1e9 + Math.random() * 9e9)}`), 90);
  return (captured = {
    fbc,
    fbp,
    ttclid: clickParam(params, 'ttclid', '_ttclid'),
    ttp: readCookie('_ttp'),
    clickId: clickParam(params, 'click_id', '_kwai_click_id'),
  });
}

function attribution(): Attribution {
  const base = captured ?? captureAttribution();
  // The TikTok pixel may set `_ttp` after this module loaded.
  return { ...base, ttp: readCookie('_ttp') ?? base.ttp };
}

try {
  captureAttribution();
} catch {
  // Attribution is best-effort (no DOM, blocked cookies).
}

// ---------------------------------------------------------------------------------------------
// Event bodies

/** A URL without query or fragment: recovery tokens and order slugs never leave the page. */
function cleanUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) ? url.origin + url.pathname : null;
  } catch {
    return null;
  }
}

function integerRupiah(value: number | null | undefined): number | null {
  return value == null || !Number.isFinite(value) ? null : Math.round(value);
}

function contentId(item: ConversionItem): string {
  return (
    item.uniqueId ||
    (item.variantId ? `variant_${item.variantId}` : item.bundlePriceOptionId ? `bundle_${item.bundlePriceOptionId}` : item.name)
  );
}

/** The objects among `items`, each with a whole quantity of at least 1. */
export function cleanItems(items: readonly ConversionItem[]): ConversionItem[] {
  return items
    .filter((item) => item && typeof item === 'object')
    .map((item) => ({ ...item, quantity: Math.max(1, Math.round(Number(item.quantity) || 1)) }));
}

/** The items' total, or null when a price is unknown. */
export function itemsValue(items: readonly ConversionItem[]): number | null {
  let total = 0;
  for (const item of items) {
    if (integerRupiah(item.price) === null) return null;
    total += item.price! * item.quantity;
  }
  return total;
}

const quantityOf = (items: readonly ConversionItem[]) => items.reduce((sum, item) => sum + item.quantity, 0);

/** The event's parameters for Meta (`tiktok` false) or TikTok: the pixel and the relay get the same. */
function eventParams(items: readonly ConversionItem[], value: number | null, tiktok: boolean): Record<string, unknown> {
  const first = items[0];
  const contents = items.map((item) => {
    const [id, price] = [contentId(item), integerRupiah(item.price)];
    return tiktok
      ? { content_id: id, content_name: item.name, quantity: item.quantity, price }
      : { id, quantity: item.quantity, item_price: price };
  });
  return {
    content_type: 'product',
    ...(tiktok
      ? first && { content_id: contentId(first), content_name: first.name }
      : { content_ids: contents.map((content) => (content as { id: string }).id), ...(items.length === 1 && { content_name: first!.name }), num_items: quantityOf(items) }),
    contents,
    value: integerRupiah(value) ?? 0,
    currency: 'IDR',
  };
}

type PixelFn = (...args: unknown[]) => void;

/**
 * The event for the page's own pixels, when it has them (ids: Meta's, TikTok's); a throwing
 * pixel never breaks the relay copy.
 */
export function firePixels(
  name: ConversionName,
  [metaId, tiktokId]: readonly [string, string],
  items: readonly ConversionItem[],
  value: number | null,
): void {
  const page = globalThis as unknown as { fbq?: PixelFn; ttq?: { track?: PixelFn } };
  try {
    page.fbq?.('track', name, eventParams(items, value, false), { eventID: metaId });
  } catch {
    /* the page's pixel is not ours to fix */
  }
  try {
    page.ttq?.track?.(tiktokName(name), eventParams(items, value, true), { event_id: tiktokId });
  } catch {
    /* idem */
  }
}

/** Relay failures are logged, never shown (GUIDES §8). The message carries no token or URL query. */
export function logFailure(network: string, error: unknown): void {
  const status = (error as { status?: number } | null)?.status;
  console.warn(`[scalev-elements] ${network} conversion event not accepted${status ? ` (HTTP ${status})` : ''}.`);
}

/** The relays' copy of an event, to every network the store has on; resolves when all answered. */
export async function send(
  sf: Storefront,
  name: ConversionName,
  [metaId, tiktokId]: readonly [string, string],
  items: readonly ConversionItem[],
  value: number | null,
  user: ConversionUser = { meta: {}, tiktok: {} },
): Promise<void> {
  if (sf.problem) return;
  const settings = conversionSettings(sf);
  const { fbc, fbp, ttclid, ttp, clickId } = attribution();
  const variants = items.filter((item) => item.uniqueId && (item.variantId !== undefined || item.bundlePriceOptionId === undefined));
  const bundles = items.filter((item) => item.uniqueId && !variants.includes(item));
  const first = items[0];
  const shared = {
    event_source_url: cleanUrl(location.href) ?? 'https://invalid.local/',
    referrer_url: cleanUrl(document.referrer),
    ...(variants.length && { variants: variants.map((item) => ({ variant_unique_id: item.uniqueId!, quantity: item.quantity })) }),
    ...(bundles.length && {
      bundle_price_options: bundles.map((item) => ({ bundle_price_option_unique_id: item.uniqueId!, quantity: item.quantity })),
    }),
  };
  // [network in the route, name in the log, its own fields]; SnackVideo's server event needs a
  // click id (without one only a browser pixel could count it) and has no event id.
  const relays: Array<[ConversionNetwork, string, object] | false | null | ''> = [
    settings.meta && [
      'meta',
      'Meta',
      {
        user_data: { ...user.meta, country: 'id', fbc, fbp },
        events: [{ event_id: metaId, event_name: name, parameters: eventParams(items, value, false) }],
      },
    ],
    settings.tiktok && [
      'tiktok',
      'TikTok',
      {
        user: { ...user.tiktok, ttclid, ttp },
        events: [{ event_id: tiktokId, event: tiktokName(name), parameters: eventParams(items, value, true) }],
      },
    ],
    settings.snackvideo &&
      clickId && [
        'snackvideo',
        'SnackVideo',
        {
          click_id: clickId,
          events: [
            {
              event_name: settings.snackVideoNames[name],
              properties: {
                content_type: 'product',
                content_name: items.length === 1 ? first!.name : items.map((item) => item.name).join(', ').slice(0, 500),
                currency: 'IDR',
                value: integerRupiah(value),
                quantity: quantityOf(items),
                ...(items.length === 1 && { price: integerRupiah(first!.price) }),
              },
            },
          ],
        },
      ],
  ];
  await Promise.all(
    relays.map(
      (relay) =>
        relay &&
        postConversionEvents(sf.http, relay[0], { ...shared, ...relay[2] }).catch((error: unknown) => logFailure(relay[1], error)),
    ),
  );
}

/**
 * One interaction (a view, an add, a checkout opened): one random id shared by the pixels and the
 * relays. `value` defaults to the items' total.
 */
export async function interaction(
  sf: Storefront,
  name: ConversionName,
  items: readonly ConversionItem[],
  value?: number | null,
): Promise<void> {
  try {
    const clean = cleanItems(items);
    if (!clean.length) return;
    const id = `${{ ViewContent: 'vc', AddToCart: 'atc', InitiateCheckout: 'ic', Purchase: 'pur' }[name]}_${randomUuid()}`;
    const total = value === undefined ? itemsValue(clean) : value;
    firePixels(name, [id, id], clean, total);
    await send(sf, name, [id, id], clean, total);
  } catch (error) {
    logFailure('conversion', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Shopping events

/** `ViewContent`: a product or bundle detail was rendered (quantity 1 of the visible variant). */
export function trackViewContent(sf: Storefront, item: ConversionItem): Promise<void> {
  // A detail view counts one of the visible variant, whatever quantity is preselected (GUIDES §9).
  return interaction(sf, 'ViewContent', item ? [{ ...item, quantity: 1 }] : []);
}

/** `AddToCart`: call after the cart add succeeded. */
export function trackAddToCart(sf: Storefront, item: ConversionItem): Promise<void> {
  return interaction(sf, 'AddToCart', [item]);
}
