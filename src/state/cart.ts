import * as guestApi from '../api/cart.js';
import * as customerApi from '../api/customer-cart.js';
import { ScalevApiError, isScalevApiError } from '../api/errors.js';
import { parseMoney } from '../api/money.js';
import type { CartItemRequest, GuestCart } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import type { CustomerChangeDetail } from '../session/customer.js';
import { SessionStorage, openChannel, randomId } from '../session/storage.js';
import { announce, type CartChangeDetail, type CartLineSnapshot, type CartSnapshot } from '../events.js';
import type { CatalogCache } from './catalog-cache.js';
import { LineDisplayMemory, type LineDisplay } from './line-display.js';

export type { LineDisplay } from './line-display.js';

/** What a catalog card or buy box hands to {@link CartStore.add}. */
export interface AddToCartInput {
  type: 'variant' | 'bundle_price_option';
  variantId?: number;
  bundlePriceOptionId?: number;
  quantity: number;
  display: LineDisplay;
}

export type CartStatus = 'idle' | 'loading' | 'ready' | 'error';
export type CartOwner = 'guest' | 'customer';
export type CartOperation = 'load' | 'add' | 'update' | 'remove' | 'merge';
export type CartChangeReason = CartChangeDetail['reason'];

/** A line ready to render: the API's ids and quantity, plus display data and bounds. */
export interface CartLine extends CartLineSnapshot {
  /** `variant:<id>` or `bundle:<id>`. */
  key: string;
  productSlug?: string;
  bundleSlug?: string;
  uniqueId?: string | null;
  /** Quantity × unit price, or null while the price is unknown. */
  lineTotal: number | null;
  /** Highest quantity the buyer may choose (availability, capped at {@link MAX_LINE_QUANTITY}). */
  maxQuantity: number;
  /** Units in stock, when known and limited; null when unlimited or unknown. */
  available: number | null;
  /** A change to this line has not been confirmed by the API yet. */
  pending: boolean;
}

export interface CartState extends CartSnapshot {
  lines: CartLine[];
}

/** A failed cart operation, kept until the next one succeeds or it is dismissed. */
export interface CartFailure {
  operation: CartOperation;
  error: ScalevApiError;
  /** The line concerned, for add/update/remove. */
  key?: string;
}

/** The checkout routes accept at most 100 of an item; unlimited stock is capped here. */
export const MAX_LINE_QUANTITY = 99;
/** Quantity clicks closer together than this form one burst and one request. */
export const QUANTITY_COALESCE_MS = 350;

/** A cart line as the API last confirmed it. */
interface ServerLine {
  id: number;
  type: 'variant' | 'bundle_price_option';
  variantId: number | null;
  bundleId: number | null;
  quantity: number;
  bundleSlug?: string;
  uniqueId?: string;
}

interface ServerCart {
  id: number | null;
  lines: ServerLine[];
  /** The API's own total (GuestCart.total), the truth for the subtotal. */
  total: number | null;
}

/** An add shown at once and not yet answered. */
interface PendingAdd {
  key: string;
  type: 'variant' | 'bundle_price_option';
  itemId: number;
  quantity: number;
}

/** What tabs of one store tell each other: the confirmed cart, never the optimistic one. */
interface SyncMessage {
  from: string;
  stamp: number;
  owner: CartOwner;
  /** The guest token (guest carts) or `customer:<cart id>`: a cart of another identity is ignored. */
  identity: string | null;
  cart: ServerCart;
  display: Record<string, LineDisplay>;
}

const SNAPSHOT_KEY = 'cart';
const MERGED_KEY = 'cart-merged';
const RESCUE_KEY = 'cart-rescue';
const EMPTY: ServerCart = { id: null, lines: [], total: null };

export function lineKeyOf(type: string, id: number | null | undefined): string {
  return `${type === 'bundle_price_option' ? 'bundle' : 'variant'}:${id ?? 0}`;
}

function serverKey(line: ServerLine): string {
  return lineKeyOf(line.type, line.type === 'variant' ? line.variantId : line.bundleId);
}

/** The stored/broadcast form of a confirmed cart back into the API's shape, re-validated on the way. */
function fromSynced(cart: ServerCart): ServerCart {
  return readCart({
    id: cart.id ?? undefined,
    total: cart.total ?? undefined,
    items: cart.lines.map((l) => ({
      id: l.id,
      type: l.type,
      variant_id: l.variantId,
      bundle_price_option_id: l.bundleId,
      quantity: l.quantity,
      bundle_price_option_slug: l.bundleSlug,
      bundle_price_option_unique_id: l.uniqueId,
    })) as GuestCart['items'],
  });
}

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Reads a cart answer defensively: unknown item types and malformed rows are skipped, not fatal. */
function readCart(body: GuestCart | null | undefined): ServerCart {
  if (!body || typeof body !== 'object') return { ...EMPTY };
  const lines: ServerLine[] = [];
  for (const raw of Array.isArray(body.items) ? body.items : []) {
    if (!raw || typeof raw !== 'object') continue;
    const item = raw as unknown as Record<string, unknown>;
    const id = positiveInt(item['id']);
    const quantity = positiveInt(item['quantity']);
    if (id === null || quantity === null) continue;
    // The discriminator decides; a line without `type` is a variant when it names one.
    const type = item['type'] === 'bundle_price_option' || (!item['type'] && !item['variant_id'] && item['bundle_price_option_id'])
      ? 'bundle_price_option'
      : 'variant';
    const variantId = positiveInt(item['variant_id']);
    const bundleId = positiveInt(item['bundle_price_option_id']);
    if (type === 'variant' && variantId === null) continue;
    if (type === 'bundle_price_option' && bundleId === null) continue;
    const line: ServerLine = { id, type, variantId, bundleId, quantity };
    if (typeof item['bundle_price_option_slug'] === 'string') line.bundleSlug = item['bundle_price_option_slug'];
    if (typeof item['bundle_price_option_unique_id'] === 'string') line.uniqueId = item['bundle_price_option_unique_id'];
    lines.push(line);
  }
  return { id: positiveInt(body.id), lines, total: parseMoney(body.total) };
}

function isServerCart(value: unknown): value is ServerCart {
  return Boolean(value) && typeof value === 'object' && Array.isArray((value as ServerCart).lines);
}

function httpStatus(error: unknown): number {
  return isScalevApiError(error) && error.kind === 'http' ? error.status : 0;
}

function asApiError(error: unknown): ScalevApiError {
  if (isScalevApiError(error)) return error;
  return new ScalevApiError({ kind: 'http', status: 0, message: error instanceof Error ? error.message : String(error) });
}

/**
 * The cart of one store, shared by every widget of the page (DESIGN §2, §3): the guest cart while
 * nobody is signed in, the customer cart after sign-in. Changes show at once and are confirmed by
 * the API in the background; writes go out one at a time so every answer (the whole cart) is the
 * truth in order. Tabs of the same store hand each other the confirmed cart, so no widget and no
 * tab asks the API again for what another already knows.
 *
 * @fires change - on every change of `snapshot`, `status`, `failure` or pending lines.
 */
export class CartStore extends EventTarget {
  private server: ServerCart = { ...EMPTY };
  private adds: PendingAdd[] = [];
  /** Quantities chosen and not confirmed yet, per line id. */
  private readonly quantities = new Map<number, number>();
  private readonly quantityTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly removals = new Set<number>();
  private readonly sending = new Set<number>();
  private state: CartState;
  private signature = '';
  private currentStatus: CartStatus = 'idle';
  private lastFailure: CartFailure | null = null;
  private owner: CartOwner;
  private loaded = false;
  private detailsWanted = false;
  private loading: Promise<void> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly storage: SessionStorage;
  private readonly display: LineDisplayMemory;
  private readonly channel: BroadcastChannel | null;
  private readonly tabId = randomId();
  private stamp = 0;
  private readonly seen = new Map<string, number>();
  private readonly priced = new Set<string>();
  private readonly unwatch: () => void;

  constructor(private readonly sf: Storefront) {
    super();
    this.storage = new SessionStorage(sf.http.apiOrigin, sf.http.storeId);
    this.display = new LineDisplayMemory(this.storage);
    this.owner = sf.customer.status === 'signed-in' ? 'customer' : 'guest';
    this.channel = openChannel(`${this.storage.namespace}:cart`);
    this.channel?.addEventListener('message', this.onMessage);
    this.unwatch = this.storage.watch(SNAPSHOT_KEY, this.onStorage);
    sf.customer.addEventListener('change', this.onCustomerChange);
    sf.guest.addEventListener('change', this.onGuestChange);
    // A reload shows the last known cart at once; `load()` then asks the API for the truth.
    const cached = this.readStoredSnapshot();
    if (cached) this.server = cached.cart;
    this.state = this.compute();
    this.signature = this.sign(this.state);
  }

  /** The cart as the buyer should see it now, optimistic changes included. */
  get snapshot(): CartState {
    return this.state;
  }

  get status(): CartStatus {
    return this.currentStatus;
  }

  /** The error of the last failed operation, or null. */
  get error(): ScalevApiError | null {
    return this.lastFailure?.error ?? null;
  }

  /** The last failed operation with its error, or null. */
  get failure(): CartFailure | null {
    return this.lastFailure;
  }

  /** Forgets the last failure (the buyer dismissed the message). */
  dismissFailure(): void {
    if (!this.lastFailure) return;
    this.lastFailure = null;
    this.emitChange(null);
  }

  /** True while a change the buyer sees has not been confirmed by the API (or not even sent yet). */
  get hasUnsavedChanges(): boolean {
    return this.adds.length > 0 || this.quantities.size > 0 || this.removals.size > 0;
  }

  /** Sends quantity changes still waiting for the end of a burst now; resolves when every write is answered. */
  async flush(): Promise<void> {
    for (const lineId of [...this.quantityTimers.keys()]) {
      clearTimeout(this.quantityTimers.get(lineId));
      this.flushQuantity(lineId);
    }
    await this.chain;
  }

  /** True while a change to the line with this key (`variant:<id>` | `bundle:<id>`) is unconfirmed. */
  isPending(lineKey: string): boolean {
    return this.state.lines.some((line) => line.key === lineKey && line.pending);
  }

  /**
   * Loads the cart once per page view; later calls resolve at once (`force` asks again). Without a
   * guest token and without a signed-in customer there is no cart yet, and no request is made.
   */
  load(options: { force?: boolean } = {}): Promise<void> {
    if (this.loading) return this.loading;
    if (this.loaded && !options.force) return Promise.resolve();
    if (this.owner === 'guest' && !this.sf.guest.get()) {
      this.startEmpty();
      return Promise.resolve();
    }
    this.setStatus('loading');
    this.emitChange(null);
    const owner = this.owner;
    const loading = this.enqueue(async () => {
      try {
        const cart = await this.api(owner).getCart(this.sf.http);
        // Signed in or out meanwhile: the load queued for the new cart owns the status now.
        if (this.owner !== owner) return;
        this.loaded = true;
        this.accept(cart, 'load');
        this.setStatus('ready');
        if (this.lastFailure?.operation === 'load') this.lastFailure = null;
        this.emitChange(null);
      } catch (error) {
        if (this.owner !== owner) return;
        if (owner === 'guest' && this.staleTokenAnswer(error)) {
          // The API no longer knows this guest cart: start afresh, quietly. The next add creates one.
          this.forgetGuestToken();
          this.startEmpty(true);
          return;
        }
        this.setStatus('error');
        this.fail('load', error);
      }
    }).finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.loading = loading;
    return loading;
  }

  /**
   * Adds an item. The line and the count show at once; the API's answer then replaces them. The
   * display data is remembered for later renders. Rejects with the `ScalevApiError` after rolling
   * back; an expired guest token is replaced and the add sent again, so the click is not lost.
   */
  add(input: AddToCartInput): Promise<CartState> {
    const type = input.type === 'bundle_price_option' ? 'bundle_price_option' : 'variant';
    const itemId = positiveInt(type === 'variant' ? input.variantId : input.bundlePriceOptionId);
    if (itemId === null) {
      return Promise.reject(new TypeError(`cart item needs a positive ${type === 'variant' ? 'variantId' : 'bundlePriceOptionId'}`));
    }
    const quantity = Math.min(MAX_LINE_QUANTITY, positiveInt(Math.round(Number(input.quantity))) ?? 1);
    const key = lineKeyOf(type, itemId);
    this.display.remember(key, input.display);
    return this.addLine({ key, type, itemId, quantity }, 'add');
  }

  /**
   * Sets a line's quantity, clamped to 1…availability. Shown at once; clicks in quick succession
   * become one request with the last value. On failure the line goes back to the confirmed
   * quantity and `failure` says why. Going to zero is `remove()`, never a quantity.
   */
  setQuantity(lineId: number, quantity: number): void {
    const line = this.state.lines.find((l) => l.id === lineId);
    if (!line || this.removals.has(lineId) || !Number.isFinite(quantity)) return;
    const wanted = Math.min(Math.max(1, line.maxQuantity), Math.max(1, Math.round(quantity)));
    if (wanted === line.quantity) return;
    this.quantities.set(lineId, wanted);
    clearTimeout(this.quantityTimers.get(lineId));
    this.quantityTimers.set(
      lineId,
      setTimeout(() => this.flushQuantity(lineId), QUANTITY_COALESCE_MS),
    );
    this.emitChange('update');
  }

  /** Removes a line: gone at once, back with a message if the API refuses. */
  remove(lineId: number): Promise<void> {
    const line = this.state.lines.find((l) => l.id === lineId);
    if (!line || this.removals.has(lineId)) return Promise.resolve();
    clearTimeout(this.quantityTimers.get(lineId));
    this.quantityTimers.delete(lineId);
    this.quantities.delete(lineId);
    this.removals.add(lineId);
    this.emitChange('remove');
    const owner = this.owner;
    return this.enqueue(async () => {
      try {
        const cart = await this.write(owner, () => this.api(owner).removeItem(this.sf.http, lineId), 'drop', lineId);
        this.removals.delete(lineId);
        this.accept(cart, 'remove', owner);
        this.clearFailure();
      } catch (error) {
        this.removals.delete(lineId);
        if (owner !== this.owner) return;
        this.fail('remove', error, line.key);
        throw error;
      }
    });
  }

  /** There is no guest cart (yet, or any more): an empty cart is the truth, no request needed. */
  private startEmpty(tellTabs = false): void {
    this.loaded = true;
    this.server = { ...EMPTY };
    this.setStatus('ready');
    if (tellTabs) this.broadcast();
    this.emitChange('load');
  }

  /** Forgets every change not sent yet or not answered yet. */
  private dropUnsaved(): void {
    for (const timer of this.quantityTimers.values()) clearTimeout(timer);
    this.quantityTimers.clear();
    this.quantities.clear();
    this.removals.clear();
    this.adds = [];
  }

  /** The order consumed the cart: show it empty everywhere, without asking the API. */
  clearAfterOrder(): void {
    this.dropUnsaved();
    this.server = { id: this.server.id, lines: [], total: 0 };
    this.lastFailure = null;
    this.broadcast();
    this.emitChange('clear');
  }

  /** Stops listening to the sessions and to other tabs. */
  dispose(): void {
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
    this.unwatch();
    this.sf.customer.removeEventListener('change', this.onCustomerChange);
    this.sf.guest.removeEventListener('change', this.onGuestChange);
    for (const timer of this.quantityTimers.values()) clearTimeout(timer);
  }

  // ---- writes ----

  private api(owner: CartOwner): typeof guestApi | typeof customerApi {
    return owner === 'customer' ? customerApi : guestApi;
  }

  /** Writes one at a time: each answer is the whole cart, so answers must not overtake each other. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private addLine(pending: PendingAdd, reason: CartChangeReason): Promise<CartState> {
    this.adds.push(pending);
    this.emitChange(reason);
    const request: CartItemRequest =
      pending.type === 'variant'
        ? { type: 'variant', variant_id: pending.itemId, quantity: pending.quantity }
        : { type: 'bundle_price_option', bundle_price_option_id: pending.itemId, quantity: pending.quantity };
    return this.enqueue(async () => {
      let owner = this.owner;
      try {
        let cart: GuestCart;
        try {
          cart = await this.write(owner, () => this.api(owner).addItem(this.sf.http, request), 'retry');
        } catch (error) {
          // The customer session ended during the request: the item goes into a guest cart.
          if (owner !== 'customer' || httpStatus(error) !== 401 || this.sf.customer.status !== 'signed-out') throw error;
          owner = 'guest';
          cart = await this.write(owner, () => guestApi.addItem(this.sf.http, request), 'retry');
        }
        this.adds = this.adds.filter((a) => a !== pending);
        this.accept(cart, reason, owner);
        this.clearFailure();
        return this.state;
      } catch (error) {
        this.adds = this.adds.filter((a) => a !== pending);
        this.fail('add', error, pending.key);
        throw error;
      }
    });
  }

  private flushQuantity(lineId: number): void {
    this.quantityTimers.delete(lineId);
    const owner = this.owner;
    void this.enqueue(async () => {
      const wanted = this.quantities.get(lineId);
      if (wanted === undefined) return;
      const confirmed = this.server.lines.find((l) => l.id === lineId);
      if (!confirmed || confirmed.quantity === wanted || owner !== this.owner) {
        this.quantities.delete(lineId);
        this.emitChange('update');
        return;
      }
      this.sending.add(lineId);
      try {
        const cart = await this.write(owner, () => this.api(owner).updateItem(this.sf.http, lineId, wanted), 'rebuild');
        // A newer value chosen meanwhile stays shown; its own flush is already scheduled.
        if (this.quantities.get(lineId) === wanted) this.quantities.delete(lineId);
        this.sending.delete(lineId);
        this.accept(cart, 'update', owner);
        this.clearFailure();
      } catch (error) {
        clearTimeout(this.quantityTimers.get(lineId));
        this.quantityTimers.delete(lineId);
        this.quantities.delete(lineId);
        this.sending.delete(lineId);
        // The session changed meanwhile: that cart is no longer shown, nothing to roll back.
        if (owner === this.owner) this.fail('update', error, serverKey(confirmed));
        else this.emitChange(null);
      }
    });
  }

  /**
   * Runs a cart write. A 404 or 400 may mean the guest token is stale or the line is gone rather
   * than the item being refused: the cart is read again to tell which (CONTRACT §4 declares 404
   * for an unknown cart; some answers use 400). A stale guest token is dropped and then, depending
   * on the write, it is sent again without a token (`retry`, an add: a new cart is created), or the
   * lines shown are put into a fresh cart (`rebuild`, a quantity change; `drop`, a removal, without
   * the removed line).
   */
  private async write(
    owner: CartOwner,
    run: () => Promise<GuestCart>,
    onStale: 'retry' | 'rebuild' | 'drop',
    lineId?: number,
  ): Promise<GuestCart> {
    try {
      return await run();
    } catch (error) {
      if (!this.staleTokenAnswer(error)) throw error;
      const tokenBefore = owner === 'guest' ? this.sf.guest.get() : null;
      if (owner === 'guest' && !tokenBefore) throw error;
      let fresh: GuestCart | null = null;
      try {
        fresh = await this.api(owner).getCart(this.sf.http);
      } catch (readError) {
        if (owner !== 'guest' || !this.staleTokenAnswer(readError)) throw error;
      }
      const stale = owner === 'guest' && (fresh === null || this.sf.guest.get() !== tokenBefore);
      if (!stale) {
        // The cart exists: the refusal was about the item. A removal of a line already gone is done.
        if (fresh && onStale === 'drop' && !readCart(fresh).lines.some((l) => l.id === lineId)) return fresh;
        if (fresh) this.accept(fresh, 'load', owner);
        throw error;
      }
      // What the buyer sees (their latest quantities, minus a line being removed), to rebuild.
      const shown = this.state.lines.filter((l) => l.id !== undefined && (onStale !== 'drop' || l.id !== lineId));
      // An API that answers an unknown token with a new cart (and token) already started afresh.
      if (fresh === null) this.forgetGuestToken();
      this.server = { ...EMPTY };
      if (onStale === 'retry') return run();
      this.rebuild(shown);
      return {};
    }
  }

  /** A 404 or 400: to a guest-cart read made with a token, the API does not know that cart. */
  private staleTokenAnswer(error: unknown): boolean {
    const status = httpStatus(error);
    return status === 404 || status === 400;
  }

  /**
   * Puts `lines` into a fresh guest cart, one add each, showing them meanwhile (best effort: an item
   * the API refuses is dropped). Used when a guest token turns out stale and when a customer
   * session ends without the buyer signing out.
   */
  private rebuild(lines: readonly CartLine[]): void {
    this.quantities.clear();
    this.removals.clear();
    for (const line of lines) {
      const itemId = line.type === 'variant' ? line.variantId : line.bundlePriceOptionId;
      if (!itemId) continue;
      // `line.quantity` is what the buyer saw, their latest choice included.
      const quantity = line.quantity;
      this.addLine({ key: line.key, type: line.type, itemId, quantity }, 'load').catch(() => {
        this.lastFailure = null;
      });
    }
  }

  // ---- sessions ----

  private readonly onCustomerChange = (event: Event) => {
    const { status, reason } = (event as CustomEvent<CustomerChangeDetail>).detail;
    const next: CartOwner = status === 'signed-in' ? 'customer' : 'guest';
    const previousLines = this.state.lines;
    const previousOwner = this.owner;
    this.owner = next;
    this.loaded = false;
    this.loading = null;
    this.dropUnsaved();
    this.server = { ...EMPTY };
    this.lastFailure = null;

    if (next === 'customer') {
      if (reason === 'login') {
        // Only the tab where the buyer signed in merges; other tabs hear 'other-tab' and reload.
        this.setStatus('loading');
        this.emitChange(null);
        const merging = this.mergeGuestCart(previousLines).finally(() => {
          if (this.loading === merging) this.loading = null;
        });
        this.loading = merging;
      } else {
        void this.load();
      }
      return;
    }
    const ended = reason === 'revoked' || reason === 'expired';
    if (ended && previousOwner === 'customer' && previousLines.length > 0 && this.claimRescue()) {
      // The session ended without the buyer signing out: keep their items in a fresh guest cart.
      this.forgetGuestToken();
      this.loaded = true;
      this.setStatus('ready');
      this.rebuild(previousLines);
      return;
    }
    void this.load();
  };

  /** Drops the guest token without treating it as news from elsewhere. */
  private forgetGuestToken(): void {
    this.forgetting = true;
    try {
      this.sf.guest.clear();
    } finally {
      this.forgetting = false;
    }
  }

  private forgetting = false;

  private readonly onGuestChange = (event: Event) => {
    if (this.owner !== 'guest' || this.forgetting) return;
    const { hasToken, reason } = (event as CustomEvent<{ hasToken: boolean; reason: string }>).detail;
    if (reason === 'received') return;
    if (!hasToken) {
      // Forgotten here or in another tab: there is no guest cart any more.
      if (this.server.lines.length === 0 && this.adds.length === 0) return;
      this.server = { ...EMPTY };
      this.emitChange('sync');
    }
  };

  /** One tab rescues a cart when a session lapses everywhere at once. */
  private claimRescue(): boolean {
    const last = Number(this.storage.get(RESCUE_KEY));
    if (Number.isFinite(last) && Date.now() - last < 10_000) return false;
    this.storage.set(RESCUE_KEY, String(Date.now()));
    return true;
  }

  /**
   * Moves the guest cart into the customer cart, once per sign-in (`POST /public/cart/merge`). The
   * guest token is forgotten only when the API emptied that cart, and a token already merged is not
   * merged again unless the guest cart changed since.
   */
  private async mergeGuestCart(guestLines: readonly CartLine[]): Promise<void> {
    const owner: CartOwner = 'customer';
    const task = this.enqueue(async () => {
      const token = this.sf.guest.get();
      const worthMerging = token && this.storage.get(MERGED_KEY) !== token && (guestLines.length > 0 || !this.loadedGuestEmpty);
      if (!worthMerging) {
        const cart = await customerApi.getCart(this.sf.http);
        this.accept(cart, 'load', owner);
        return;
      }
      try {
        const cart = await guestApi.mergeCart(this.sf.http);
        this.storage.set(MERGED_KEY, token);
        this.accept(cart, 'merge', owner);
      } catch (error) {
        if (httpStatus(error) === 404) this.sf.guest.clear();
        else this.fail('merge', error);
        const cart = await customerApi.getCart(this.sf.http);
        this.accept(cart, 'load', owner);
        return;
      }
      try {
        const left = readCart(await guestApi.getCart(this.sf.http));
        if (left.lines.length === 0) this.sf.guest.clear();
      } catch (error) {
        if (this.staleTokenAnswer(error)) this.sf.guest.clear();
      }
    });
    try {
      await task;
      this.loaded = true;
      this.setStatus('ready');
      this.emitChange(null);
    } catch (error) {
      this.setStatus('error');
      this.fail('load', error);
    }
  }

  /** Whether the guest cart was known to be empty when the buyer signed in. */
  private loadedGuestEmpty = false;

  // ---- state ----

  /** Takes an API answer as the confirmed cart, tells other tabs, and fills in display data. */
  private accept(body: GuestCart, reason: CartChangeReason, owner: CartOwner = this.owner): void {
    if (owner !== this.owner) return;
    this.server = readCart(body);
    this.loaded = true;
    if (this.currentStatus !== 'loading') this.setStatus('ready');
    if (owner === 'guest') {
      this.loadedGuestEmpty = this.server.lines.length === 0;
      if (reason !== 'load') this.storage.remove(MERGED_KEY);
    }
    this.broadcast();
    this.emitChange(reason);
    this.enrich();
  }

  private fail(operation: CartOperation, error: unknown, key?: string): void {
    const apiError = asApiError(error);
    if (apiError.kind === 'aborted') return;
    this.lastFailure = { operation, error: apiError, ...(key ? { key } : {}) };
    this.emitChange(operation === 'load' ? null : 'rollback');
    // A write that timed out, lost its answer or met a server error may still have been applied:
    // read the cart again so what is shown is what checkout will use.
    const uncertain = apiError.kind === 'timeout' || apiError.kind === 'parse' || apiError.kind === 'network' || apiError.status >= 500;
    if (operation !== 'load' && uncertain) this.resync();
  }

  private resync(): void {
    const owner = this.owner;
    if (owner === 'guest' && !this.sf.guest.get()) return;
    void this.enqueue(async () => {
      try {
        this.accept(await this.api(owner).getCart(this.sf.http), 'load', owner);
      } catch {
        // The message already shown stands; the next load or write tries again.
      }
    });
  }

  private clearFailure(): void {
    if (this.lastFailure && this.lastFailure.operation !== 'load') {
      this.lastFailure = null;
      this.emitChange(null);
    }
  }

  private setStatus(status: CartStatus): void {
    this.currentStatus = status;
  }

  /**
   * Recomputes the snapshot and notifies. `scalev-cart-change` reaches the page only when what the
   * buyer sees changed (lines, quantities, subtotal, owner), once however many widgets show it.
   */
  private emitChange(reason: CartChangeReason | null): void {
    this.state = this.compute();
    this.dispatchEvent(new Event('change'));
    const signature = this.sign(this.state);
    if (signature === this.signature) return;
    this.signature = signature;
    if (typeof document !== 'undefined') announce('scalev-cart-change', { cart: this.state, reason: reason ?? 'sync' });
  }

  private sign(state: CartState): string {
    return JSON.stringify([
      state.owner,
      state.id,
      state.subtotal,
      state.lines.map((l) => [l.key, l.id, l.quantity, l.name, l.unitPrice]),
    ]);
  }

  private compute(): CartState {
    const extra = new Map<string, PendingAdd & { quantity: number }>();
    for (const add of this.adds) {
      const known = extra.get(add.key);
      extra.set(add.key, { ...add, quantity: (known?.quantity ?? 0) + add.quantity });
    }
    const lines: CartLine[] = [];
    let delta = 0;
    let deltaKnown = true;
    for (const s of this.server.lines) {
      if (this.removals.has(s.id)) {
        const price = this.display.get(serverKey(s))?.unitPrice;
        if (typeof price === 'number') delta -= price * s.quantity;
        else deltaKnown = false;
        continue;
      }
      const key = serverKey(s);
      const added = extra.get(key);
      extra.delete(key);
      const quantity = (this.quantities.get(s.id) ?? s.quantity) + (added?.quantity ?? 0);
      const pending =
        Boolean(added) || this.quantities.has(s.id) || this.sending.has(s.id);
      const line = this.present(key, s.type, s.type === 'variant' ? s.variantId : s.bundleId, quantity, pending, s);
      if (quantity !== s.quantity) {
        if (line.unitPrice !== null && line.unitPrice !== undefined) delta += line.unitPrice * (quantity - s.quantity);
        else deltaKnown = false;
      }
      lines.push(line);
    }
    for (const add of extra.values()) {
      const line = this.present(add.key, add.type, add.itemId, add.quantity, true, null);
      if (line.unitPrice !== null && line.unitPrice !== undefined) delta += line.unitPrice * add.quantity;
      else deltaKnown = false;
      lines.push(line);
    }
    const itemCount = lines.reduce((sum, l) => sum + l.quantity, 0);
    let subtotal: number | null = null;
    if (this.server.total !== null && deltaKnown) subtotal = Math.max(0, this.server.total + delta);
    else if (lines.every((l) => l.lineTotal !== null)) subtotal = lines.reduce((sum, l) => sum + (l.lineTotal ?? 0), 0);
    if (lines.length === 0) subtotal = 0;
    return { id: this.server.id, lines, itemCount, subtotal, owner: this.owner };
  }

  private present(
    key: string,
    type: 'variant' | 'bundle_price_option',
    itemId: number | null,
    quantity: number,
    pending: boolean,
    server: ServerLine | null,
  ): CartLine {
    const d = this.display.get(key);
    const unitPrice = d?.unitPrice ?? null;
    const limit = d?.maxQuantity;
    const available = typeof limit === 'number' ? limit : null;
    const line: CartLine = {
      key,
      type,
      quantity,
      unitPrice,
      lineTotal: unitPrice === null ? null : unitPrice * quantity,
      maxQuantity: available === null ? MAX_LINE_QUANTITY : Math.min(MAX_LINE_QUANTITY, available),
      available,
      pending,
    };
    if (server) line.id = server.id;
    if (type === 'variant') line.variantId = itemId ?? undefined;
    else line.bundlePriceOptionId = itemId ?? undefined;
    if (d?.name) line.name = d.name;
    if (d?.options?.length) line.options = d.options;
    if (d?.image) line.image = d.image;
    if (d?.productSlug) line.productSlug = d.productSlug;
    const bundleSlug = d?.bundleSlug ?? server?.bundleSlug;
    if (bundleSlug) line.bundleSlug = bundleSlug;
    const uniqueId = d?.uniqueId ?? server?.uniqueId;
    if (uniqueId) line.uniqueId = uniqueId;
    return line;
  }

  /**
   * Lines are about to be shown (a cart panel, a checkout summary): fetch what the cart answer
   * lacks. A badge alone never needs prices, so a returning buyer's first page load costs one
   * cart request and no pricing call.
   */
  wantLineDetails(): void {
    if (this.detailsWanted) return;
    this.detailsWanted = true;
    this.enrich();
  }

  /**
   * Fills what the cart answer lacks (DESIGN §3): every variant line is priced once per page view
   * through one batched `/variants/pricing` call (price and availability; the catalog cache shares
   * it with other widgets), and bundles are read by slug. Names the catalog never showed stay
   * unknown and the element shows a neutral placeholder.
   */
  private enrich(): void {
    if (!this.detailsWanted) return;
    const variants: number[] = [];
    const bundles: Array<{ key: string; slug: string }> = [];
    for (const line of this.server.lines) {
      const key = serverKey(line);
      if (this.priced.has(key) || this.display.isCurrent(key)) continue;
      if (line.type === 'variant' && line.variantId) variants.push(line.variantId);
      else {
        const d = this.display.get(key);
        const slug = d?.bundleSlug ?? line.bundleSlug;
        if (slug && (!d?.name || d.unitPrice == null)) bundles.push({ key, slug });
      }
      this.priced.add(key);
    }
    if (!variants.length && !bundles.length) return;
    // The catalog cache is shared with the catalog elements; a page with only a cart loads it here, late.
    void import('./catalog-cache.js').then(({ catalogCache }) => this.enrichFrom(catalogCache(this.sf), variants, bundles));
  }

  private enrichFrom(cache: CatalogCache, variants: number[], bundles: Array<{ key: string; slug: string }>): void {
    if (variants.length) {
      cache.pricingMany(variants).then(
        (prices) => {
          let changed = false;
          for (const [id, row] of prices) {
            const limit = row.available === false ? 0 : row.available_qty;
            changed =
              this.display.remember(`variant:${id}`, { unitPrice: parseMoney(row.price), maxQuantity: limit ?? null }, false) ||
              changed;
          }
          if (changed) this.afterEnrich();
        },
        () => variants.forEach((id) => this.priced.delete(`variant:${id}`)),
      );
    }
    for (const { key, slug } of bundles) {
      cache.bundle(slug).then(
        (detail) => {
          const name = detail.bundle_price_option_name || detail.name;
          const changed = this.display.remember(key, {
            name: detail.bundle_name && name !== detail.bundle_name ? `${detail.bundle_name} – ${name}` : name,
            unitPrice: parseMoney(detail.price ?? detail.price_range?.min ?? null),
            image: detail.images?.[0] ?? detail.meta_thumbnail ?? null,
            bundleSlug: slug,
          }, false);
          if (changed) this.afterEnrich();
        },
        () => this.priced.delete(key),
      );
    }
  }

  private afterEnrich(): void {
    this.display.save();
    this.emitChange('load');
  }

  // ---- tabs ----

  private identity(): string | null {
    if (this.owner === 'guest') return this.sf.guest.get();
    return this.server.id === null ? null : `customer:${this.server.id}`;
  }

  private broadcast(): void {
    const message: SyncMessage = {
      from: this.tabId,
      stamp: ++this.stamp,
      owner: this.owner,
      identity: this.identity(),
      cart: this.server,
      display: this.display.pick(this.server.lines.map(serverKey)),
    };
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel: the storage event still tells the other tabs.
    }
    this.storage.set(SNAPSHOT_KEY, JSON.stringify(message));
  }

  private readonly onMessage = (event: MessageEvent<SyncMessage>) => this.receive(event.data);

  private readonly onStorage = () => {
    const raw = this.storage.get(SNAPSHOT_KEY);
    if (!raw) return;
    try {
      this.receive(JSON.parse(raw) as SyncMessage);
    } catch {
      // Unreadable: wait for the next message.
    }
  };

  /** Another tab confirmed a cart of the same owner and identity: show it without asking the API. */
  private receive(message: SyncMessage | null | undefined): void {
    if (!message || typeof message !== 'object' || message.from === this.tabId || !isServerCart(message.cart)) return;
    if ((this.seen.get(message.from) ?? 0) >= message.stamp) return;
    this.seen.set(message.from, message.stamp);
    if (message.owner !== this.owner) return;
    if (this.owner === 'guest' && message.identity !== this.sf.guest.get()) return;
    if (this.owner === 'customer' && this.server.id !== null && message.identity !== `customer:${this.server.id}`) return;
    this.display.adopt(message.display);
    this.server = fromSynced(message.cart);
    // Another tab's answer for the cart this tab has not loaded yet makes the load unnecessary.
    this.loaded = true;
    if (this.currentStatus !== 'error') this.setStatus('ready');
    this.emitChange('sync');
    this.enrich();
  }

  private readStoredSnapshot(): SyncMessage | null {
    const raw = this.storage.get(SNAPSHOT_KEY);
    if (!raw) return null;
    try {
      const message = JSON.parse(raw) as SyncMessage;
      if (!isServerCart(message.cart) || message.owner !== this.owner) return null;
      if (this.owner === 'guest' && (!message.identity || message.identity !== this.sf.guest.get())) return null;
      message.cart = fromSynced(message.cart);
      return message;
    } catch {
      return null;
    }
  }
}

/** The one cart of a store for the whole page (shared by every widget showing it). */
export function cartStore(sf: Storefront): CartStore {
  return sf.service('cart', (storefront) => new CartStore(storefront));
}
