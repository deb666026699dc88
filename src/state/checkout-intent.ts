/**
 * Abandoned-checkout capture (CONTRACT §8, GUIDES §10), best-effort from start to finish: nothing
 * here can block, slow or fail a checkout. Every failure turns capture off for this checkout (or
 * restarts it where the guide says so) and is never shown to the buyer.
 *
 * - **Opt-in.** Capture runs only when a reCAPTCHA v3 token can be had: `recaptcha-site-key` on
 *   `<scalev-store>` (the Google script `https://www.google.com/recaptcha/api.js?render=<key>` is
 *   loaded only when capture starts) or a `getRecaptchaToken(action)` function given by the page.
 *   Without either, capture is off and checkout works unchanged.
 * - **Start** once contact details exist (a plausible email or phone): `POST /public/checkout-intents`
 *   with action `checkout_intent_start`, a `client_session_id` (random UUID in localStorage per store
 *   and checkout source, reused across reloads, replaced after an order or a 409) and
 *   `form_widget_id` `storefront-checkout`.
 * - **Snapshots** as the buyer types: PATCH debounced, with a rising `sequence`, only changed
 *   sections and fields (blank → null). `flush()` sends a pending snapshot before the order.
 * - **Tokens.** The `cit_` token lives in memory only, goes in the `X-Scalev-Checkout-Intent-Token`
 *   header and in the order body's `checkout_intent_token`, never in URLs, logs or analytics. A
 *   `cip_` recovery token is read from the URL (`checkout_intent_prefill_token`, or the short `cip`)
 *   and removed from it at once with `history.replaceState`.
 * - **Errors** (GUIDES §10): 403/404 stop; 409 → new `client_session_id` and one new start; 401 →
 *   one new start (same session, new reCAPTCHA token); 422 → stop (no retry with the same token);
 *   429 → wait for the reset, keep only the latest snapshot; anything else (network, CORS preflight,
 *   5xx, timeout) → stop.
 */
import { isScalevApiError } from '../api/errors.js';
import { CHECKOUT_INTENT_FIELDS, getIntentPrefill, saveIntentSnapshot, startIntent, type CheckoutIntentPrefill } from '../api/intents.js';
import type { CheckoutIntentAttribution, CheckoutIntentFields, CheckoutIntentItem } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import { SessionStorage } from '../session/storage.js';
// The capture's ids and attribution cookies are read as the conversion events read them; a checkout
// loads that module anyway (InitiateCheckout).
import { randomUuid, readCookie } from './conversions.js';

export const FORM_WIDGET_ID = 'storefront-checkout';
export const RECAPTCHA_ACTION = 'checkout_intent_start';
/** Snapshot saves wait this long after the last change. */
export const SNAPSHOT_DEBOUNCE_MS = 800;
/** The longest an order waits for a pending snapshot to be sent. */
export const FLUSH_WAIT_MS = 300;
const RECAPTCHA_TIMEOUT_MS = 8_000;

export type RecaptchaTokenProvider = (action: string) => Promise<string>;

/** What the form holds now; sent as snapshots. */
export interface IntentSnapshot {
  fields: CheckoutIntentFields;
  items?: CheckoutIntentItem[];
  cartId?: number | null;
}

export interface CheckoutIntentOptions {
  /** A page-supplied token function; wins over the store's site key. */
  getRecaptchaToken?: RecaptchaTokenProvider;
  /** Identifies the checkout source (`cart`, or a signature of direct items) for the session id. */
  source?: string;
  /** Recovery capability from the URL (`cip_…`), to resume that exact intent. */
  prefillToken?: string | null;
}

type CaptureState = 'off' | 'idle' | 'starting' | 'active' | 'stopped';

/** Campaign parameters and click ids: what the merchant needs to know where the buyer came from. */
export function readAttribution(): CheckoutIntentAttribution {
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  const out: Record<string, string> = {};
  for (const key of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'gclid'] as const) {
    const value = params.get(key);
    if (value) out[key] = value.slice(0, 1000);
  }
  const pairs: Array<[keyof CheckoutIntentAttribution, string | null]> = [
    ['fbc', readCookie('_fbc')],
    ['fbp', readCookie('_fbp')],
    ['ttclid', params.get('ttclid') ?? readCookie('_ttclid')],
    ['ttp', readCookie('_ttp')],
    ['kwai_clickid', params.get('click_id') ?? readCookie('_kwai_click_id')],
  ];
  for (const [key, value] of pairs) if (value) out[key] = value.slice(0, 1000);
  return out;
}

/** The checkout URL without query or fragment: the API wants a real page, never tokens. */
function sourceUrl(): string | null {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
  return (location.origin + location.pathname).slice(0, 2048);
}

/** The URL parameters that may carry a `cip_` recovery token. */
export const PREFILL_PARAMS = ['checkout_intent_prefill_token', 'cip'] as const;

/**
 * Takes a `cip_` recovery token out of the page URL (and removes it there with
 * `history.replaceState`, so it is not bookmarked, shared or sent anywhere). Returns the token or null.
 */
export function takePrefillTokenFromUrl(): string | null {
  if (typeof location === 'undefined') return null;
  let url: URL;
  try {
    url = new URL(location.href);
  } catch {
    return null;
  }
  let token: string | null = null;
  for (const name of PREFILL_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^cip_/.test(value) && !token) token = value;
    if (url.searchParams.has(name)) url.searchParams.delete(name);
  }
  if (token) {
    try {
      history.replaceState(history.state, '', url.pathname + (url.search ? url.search : '') + url.hash);
    } catch {
      // A sandboxed frame may refuse; the token is still only used here.
    }
  }
  return token;
}

/** Reads a recovery link's saved form. Resolves null on any failure (recovery is best-effort). */
export async function readPrefill(sf: Storefront, token: string): Promise<CheckoutIntentPrefill | null> {
  try {
    return await getIntentPrefill(sf.http, token);
  } catch {
    return null;
  }
}

interface RecaptchaGlobal {
  ready(callback: () => void): void;
  execute(siteKey: string, options: { action: string }): Promise<string>;
}

const scriptLoads = new Map<string, Promise<RecaptchaGlobal>>();

function loadRecaptcha(siteKey: string): Promise<RecaptchaGlobal> {
  const known = scriptLoads.get(siteKey);
  if (known) return known;
  const loading = new Promise<RecaptchaGlobal>((resolve, reject) => {
    const existing = (globalThis as { grecaptcha?: RecaptchaGlobal }).grecaptcha;
    if (existing && typeof existing.execute === 'function') {
      existing.ready(() => resolve(existing));
      return;
    }
    const script = document.createElement('script');
    script.src = `https://www.google.com/recaptcha/api.js?render=${encodeURIComponent(siteKey)}`;
    script.async = true;
    script.onload = () => {
      const g = (globalThis as { grecaptcha?: RecaptchaGlobal }).grecaptcha;
      if (g) g.ready(() => resolve(g));
      else reject(new Error('reCAPTCHA did not load'));
    };
    script.onerror = () => reject(new Error('reCAPTCHA did not load'));
    document.head.append(script);
  });
  loading.catch(() => scriptLoads.delete(siteKey));
  scriptLoads.set(siteKey, loading);
  return loading;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function plausibleContact(fields: CheckoutIntentFields): boolean {
  const email = (fields.customer_email ?? '').trim();
  const phone = (fields.customer_phone ?? '').replace(/\D/g, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email) || phone.length >= 10;
}

function cleanFields(fields: CheckoutIntentFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CHECKOUT_INTENT_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? (value.trim() === '' ? null : value) : value;
  }
  return out;
}

/**
 * One checkout's capture. Create it when the form mounts, call `update()` on every change,
 * `flush()` right before placing the order (its result is the `checkout_intent_token`, or null),
 * `completed()` after the order succeeded and `dispose()` when the form goes away.
 */
export class CheckoutIntentCapture {
  private state: CaptureState;
  private intentId: string | null = null;
  private token: string | null = null;
  private sequence = 0;
  private latest: IntentSnapshot | null = null;
  private sentFields: Record<string, unknown> = {};
  private sentItems = '';
  private sentCartId: number | null | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private restarts = 0;
  private readonly storage: SessionStorage;
  private readonly sessionKey: string;
  private prefillToken: string | null;

  constructor(
    private readonly sf: Storefront,
    private readonly options: CheckoutIntentOptions = {},
  ) {
    this.storage = new SessionStorage(sf.http.apiOrigin, sf.http.storeId);
    this.sessionKey = `checkout-intent-session:${options.source ?? 'cart'}`;
    this.prefillToken = options.prefillToken ?? null;
    this.state = this.canCapture() ? 'idle' : 'off';
  }

  /** True while capture is on (opted in and not stopped by an error). */
  get enabled(): boolean {
    return this.state !== 'off' && this.state !== 'stopped';
  }

  /** The intent id, once started (never the token). */
  get id(): string | null {
    return this.intentId;
  }

  private canCapture(): boolean {
    if (this.sf.problem) return false;
    return Boolean(this.options.getRecaptchaToken || this.sf.config.recaptchaSiteKey);
  }

  private clientSessionId(renew = false): string {
    let id = renew ? null : this.storage.get(this.sessionKey);
    if (!id || !/^[0-9a-f-]{36}$/i.test(id)) {
      id = randomUuid();
      this.storage.set(this.sessionKey, id);
    }
    return id;
  }

  private async recaptchaToken(): Promise<string> {
    if (this.options.getRecaptchaToken) {
      return withTimeout(Promise.resolve(this.options.getRecaptchaToken(RECAPTCHA_ACTION)), RECAPTCHA_TIMEOUT_MS);
    }
    const key = this.sf.config.recaptchaSiteKey;
    const g = await withTimeout(loadRecaptcha(key), RECAPTCHA_TIMEOUT_MS);
    return withTimeout(g.execute(key, { action: RECAPTCHA_ACTION }), RECAPTCHA_TIMEOUT_MS);
  }

  /** Takes the form as it is now; starts capture once contact details exist, else saves a snapshot soon. */
  update(snapshot: IntentSnapshot): void {
    if (!this.enabled) return;
    this.latest = snapshot;
    if (this.state === 'idle') {
      if (plausibleContact(snapshot.fields)) void this.start();
      return;
    }
    if (this.state === 'active') this.schedule();
  }

  private schedule(delay = SNAPSHOT_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async start(renewSession = false): Promise<void> {
    if (this.state === 'starting' || !this.latest) return;
    this.state = 'starting';
    const snapshot = this.latest;
    try {
      const recaptcha = await this.recaptchaToken();
      if (this.state !== 'starting') return;
      const capture = await startIntent(this.sf.http, {
        recaptcha_token: recaptcha,
        client_session_id: this.clientSessionId(renewSession),
        ...(this.prefillToken ? { checkout_intent_prefill_token: this.prefillToken } : {}),
        form_widget_id: FORM_WIDGET_ID,
        fields: cleanFields(snapshot.fields) as CheckoutIntentFields,
        ...(snapshot.items?.length ? { items: snapshot.items.slice(0, 100) } : {}),
        attribution: readAttribution(),
        source_url: sourceUrl(),
        ...(snapshot.cartId ? { cart_id: snapshot.cartId } : {}),
      });
      if (this.state !== 'starting') return;
      if (!capture || typeof capture.id !== 'string' || !/^cit_/.test(String(capture.checkout_intent_token))) {
        this.stop();
        return;
      }
      this.intentId = capture.id;
      this.token = capture.checkout_intent_token;
      this.sequence = Math.max(0, Number(capture.last_sequence) || 0);
      this.prefillToken = null;
      this.state = 'active';
      if (capture.status === 'completed') {
        // The session already produced an order: a new attempt needs a new session.
        this.state = 'idle';
        this.intentId = null;
        this.token = null;
        if (this.restarts++ < 1) void this.start(true);
        return;
      }
      // A new intent stored the start body; a resumed one kept its old data, so send the form now.
      if (this.sequence > 0) {
        this.sentFields = {};
        this.sentItems = '';
        this.sentCartId = undefined;
      } else {
        this.sentFields = cleanFields(snapshot.fields);
        this.sentItems = JSON.stringify(snapshot.items ?? []);
        this.sentCartId = snapshot.cartId ?? null;
      }
      if (this.latest !== snapshot || this.sequence > 0) this.schedule(0);
    } catch (error) {
      if (this.state !== 'starting') return;
      this.state = 'idle';
      this.onError(error, 'start');
    }
  }

  private diff(snapshot: IntentSnapshot): Record<string, unknown> | null {
    const body: Record<string, unknown> = {};
    const fields = cleanFields(snapshot.fields);
    const changed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (this.sentFields[key] !== value) changed[key] = value;
    }
    if (Object.keys(changed).length) body['fields'] = changed;
    const items = JSON.stringify(snapshot.items ?? []);
    if (snapshot.items && items !== this.sentItems) body['items'] = snapshot.items.slice(0, 100);
    if (snapshot.cartId !== undefined && snapshot.cartId !== this.sentCartId && snapshot.cartId) body['cart_id'] = snapshot.cartId;
    return Object.keys(body).length ? body : null;
  }

  private send(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      // One save at a time; the newest snapshot follows the one on the way.
      return this.inFlight.then(() => (this.state === 'active' && this.latest && this.diff(this.latest) ? this.send() : undefined));
    }
    if (this.state !== 'active' || !this.latest || !this.intentId || !this.token) return Promise.resolve();
    const snapshot = this.latest;
    const body = this.diff(snapshot);
    if (!body) return Promise.resolve();
    const sequence = ++this.sequence;
    const run = saveIntentSnapshot(this.sf.http, this.intentId, this.token, {
      sequence,
      ...(body as Omit<Parameters<typeof saveIntentSnapshot>[3], 'sequence'>),
      source_url: sourceUrl(),
    })
      .then(() => {
        this.sentFields = { ...this.sentFields, ...((body['fields'] as Record<string, unknown>) ?? {}) };
        if (body['items']) this.sentItems = JSON.stringify(snapshot.items ?? []);
        if (body['cart_id']) this.sentCartId = snapshot.cartId ?? null;
      })
      .catch((error: unknown) => this.onError(error, 'save'))
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = run;
    return run;
  }

  private onError(error: unknown, phase: 'start' | 'save'): void {
    const status = isScalevApiError(error) ? error.status : 0;
    if (status === 409) {
      // Completed session: a new client_session_id, and one fresh start.
      this.resetIntent();
      this.clientSessionId(true);
      if (this.restarts++ < 1) void this.start(true);
      else this.stop();
      return;
    }
    if (status === 401 && phase === 'save') {
      // Expired or invalid cit_: resume the same session with a new reCAPTCHA token, once.
      this.resetIntent();
      if (this.restarts++ < 1) void this.start();
      else this.stop();
      return;
    }
    if (status === 429 && isScalevApiError(error)) {
      // Keep only the latest snapshot and send it when the bucket resets.
      if (phase === 'save') {
        this.sequence = Math.max(0, this.sequence);
        this.schedule(Math.min(60_000, error.retryAfterMs ?? 5_000));
      } else {
        this.state = 'idle';
        setTimeout(() => {
          if (this.state === 'idle' && this.latest) void this.start();
        }, Math.min(60_000, error.retryAfterMs ?? 5_000));
      }
      return;
    }
    // 403 plan, 404 scope, 422 reCAPTCHA/fields, network or CORS preflight, 5xx, timeout: off for this checkout.
    this.stop();
  }

  private resetIntent(): void {
    this.intentId = null;
    this.token = null;
    this.sequence = 0;
    this.sentFields = {};
    this.sentItems = '';
    this.sentCartId = undefined;
    this.state = 'idle';
  }

  /**
   * Sends a pending snapshot now, waiting at most `FLUSH_WAIT_MS`, and returns the `cit_` token for
   * the order body (null when capture is off or has not started).
   */
  async flush(maxWaitMs = FLUSH_WAIT_MS): Promise<string | null> {
    if (this.state !== 'active') return null;
    const token = this.token;
    const pending = this.timer !== undefined || (this.latest && this.diff(this.latest));
    if (pending) {
      await Promise.race([this.send(), new Promise((resolve) => setTimeout(resolve, maxWaitMs))]);
    }
    return token;
  }

  /** The order was placed: forget the intent and start a new session next time. */
  completed(): void {
    clearTimeout(this.timer);
    this.storage.remove(this.sessionKey);
    this.resetIntent();
    this.latest = null;
    this.state = 'stopped';
  }

  /** Turns capture off for this checkout. */
  stop(): void {
    clearTimeout(this.timer);
    this.state = 'stopped';
    this.token = null;
  }

  dispose(): void {
    this.stop();
  }
}
