import type { SessionStorage } from '../session/storage.js';

/**
 * What a cart line needs to be shown that the cart API does not send (CONTRACT §4: cart items
 * carry only ids and quantities). Whoever adds an item passes what it saw; the cart fills the gaps
 * from variant pricing and bundle details.
 */
export interface LineDisplay {
  name: string;
  /** Option values such as ['Merah', 'XL']. */
  options?: string[];
  image?: string | null;
  unitPrice?: number | null;
  productSlug?: string;
  bundleSlug?: string;
  uniqueId?: string | null;
  /** Units that may be ordered; null = unlimited, undefined = not known yet. */
  maxQuantity?: number | null;
}

const KEY = 'cart-lines';
/** Oldest entries are forgotten beyond this, so storage cannot grow without bound. */
const LIMIT = 200;
const MAX_TEXT = 300;

/**
 * Display data per line key (`variant:<id>` | `bundle:<id>`), kept in the store's namespaced
 * storage next to the guest token, so a reload or another tab still shows names and images.
 */
export class LineDisplayMemory {
  private entries: Map<string, LineDisplay>;
  /** Keys whose data came from storage and may be out of date (prices change). */
  private readonly stale: Set<string>;

  constructor(private readonly storage: SessionStorage) {
    this.entries = parse(storage.get(KEY));
    this.stale = new Set(this.entries.keys());
  }

  /** True when the price and availability of `key` were learnt during this page view. */
  isCurrent(key: string): boolean {
    const entry = this.entries.get(key);
    return Boolean(entry) && !this.stale.has(key) && entry?.unitPrice != null && entry?.maxQuantity !== undefined;
  }

  get(key: string): LineDisplay | undefined {
    return this.entries.get(key);
  }

  /** Merges what is known about `key` with what was known; returns true when anything changed. */
  remember(key: string, display: Partial<LineDisplay> | null | undefined, save = true): boolean {
    const clean = sanitize(display);
    if (!clean) return false;
    if (clean.unitPrice != null && clean.maxQuantity !== undefined) this.stale.delete(key);
    const before = this.entries.get(key);
    const next: LineDisplay = { ...before, ...clean, name: clean.name || before?.name || '' };
    if (before && JSON.stringify(before) === JSON.stringify(next)) return false;
    this.entries.delete(key);
    this.entries.set(key, next);
    while (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value as string);
    if (save) this.save();
    return true;
  }

  /** The entries for `keys`, to hand to another tab. */
  pick(keys: Iterable<string>): Record<string, LineDisplay> {
    const out: Record<string, LineDisplay> = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) out[key] = entry;
    }
    return out;
  }

  /** Takes entries another tab sent; returns true when anything changed. */
  adopt(entries: unknown): boolean {
    if (!entries || typeof entries !== 'object') return false;
    let changed = false;
    for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
      if (isLineKey(key)) changed = this.remember(key, value as Partial<LineDisplay>, false) || changed;
    }
    if (changed) this.save();
    return changed;
  }

  save(): void {
    this.storage.set(KEY, JSON.stringify([...this.entries]));
  }
}

export function isLineKey(key: string): boolean {
  return /^(variant|bundle):\d+$/.test(key);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_TEXT) : undefined;
}

/** Keeps only well-typed fields: storage and other tabs are not trusted to hold the right shapes. */
function sanitize(raw: Partial<LineDisplay> | null | undefined): Partial<LineDisplay> | null {
  if (!raw || typeof raw !== 'object') return null;
  const out: Partial<LineDisplay> = {};
  const name = text(raw.name);
  if (name) out.name = name;
  if (Array.isArray(raw.options)) out.options = raw.options.map(text).filter((v): v is string => Boolean(v)).slice(0, 5);
  if (raw.image === null || text(raw.image)) out.image = raw.image === null ? null : text(raw.image);
  if (raw.unitPrice === null || (typeof raw.unitPrice === 'number' && Number.isFinite(raw.unitPrice))) out.unitPrice = raw.unitPrice;
  const productSlug = text(raw.productSlug);
  if (productSlug) out.productSlug = productSlug;
  const bundleSlug = text(raw.bundleSlug);
  if (bundleSlug) out.bundleSlug = bundleSlug;
  if (raw.uniqueId === null || text(raw.uniqueId)) out.uniqueId = raw.uniqueId === null ? null : text(raw.uniqueId);
  if (raw.maxQuantity === null || (typeof raw.maxQuantity === 'number' && Number.isFinite(raw.maxQuantity))) {
    out.maxQuantity = raw.maxQuantity === null ? null : Math.max(0, Math.floor(raw.maxQuantity));
  }
  return out;
}

function parse(raw: string | null): Map<string, LineDisplay> {
  const out = new Map<string, LineDisplay>();
  if (!raw) return out;
  try {
    const rows: unknown = JSON.parse(raw);
    if (!Array.isArray(rows)) return out;
    for (const row of rows) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || !isLineKey(row[0])) continue;
      const clean = sanitize(row[1] as Partial<LineDisplay>);
      if (clean) out.set(row[0], { name: '', ...clean });
    }
  } catch {
    // Unreadable storage: start without remembered lines.
  }
  return out;
}
