import type { StorefrontItemCard } from '../../api/catalog.js';
import type { StorefrontPriceRange } from '../../api/types.js';
import { readPriceRange, safeImageUrl } from './item-fields.js';

/**
 * What a catalogue card needs, read once per item from the API's card (CONTRACT §2) so rendering,
 * searching and sorting never re-parse money strings or walk optional fields again.
 */
export interface CardModel {
  /** Unique in one catalogue: `product:<id>` or `bundle:<id>`. */
  key: string;
  kind: 'product' | 'bundle';
  id: number;
  slug: string;
  name: string;
  image: string | null;
  priceMin: number | null;
  priceMax: number | null;
  inStock: boolean;
  /** The buyer must choose options before adding (open the detail instead). */
  needsChoice: boolean;
  /** For bundles: the id cart and checkout payloads use. */
  bundlePriceOptionId: number | null;
  categoryId: number | null;
  categoryPath: string;
  /** Milliseconds since the epoch; NaN when unknown. */
  createdAt: number;
  /** Position in the API's order (the "featured" sort). */
  order: number;
  /** Lower-case, accent-free name, description and category, built on first search. */
  searchText?: string;
  raw: StorefrontItemCard;
}

export type CatalogSort = 'featured' | 'newest' | 'price-asc' | 'price-desc' | 'name';
export const CATALOG_SORTS: readonly CatalogSort[] = ['featured', 'newest', 'price-asc', 'price-desc', 'name'];

export function isCatalogSort(value: unknown): value is CatalogSort {
  return typeof value === 'string' && (CATALOG_SORTS as readonly string[]).includes(value);
}

/** Lower-case and without accents, so "kopi" finds "Kopí" and "KOPI". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function asId(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Reads one API card; never throws on odd data (missing fields give neutral values). */
export function toCardModel(raw: StorefrontItemCard, order: number): CardModel {
  const record = (raw ?? {}) as unknown as Record<string, unknown>;
  const kind = record['entity_type'] === 'bundle_price_option' ? 'bundle' : 'product';
  const id = asId(record['id']) ?? -1 - order;
  const bundlePriceOptionId = kind === 'bundle' ? (asId(record['bundle_price_option_id']) ?? asId(record['id'])) : null;
  const images = Array.isArray(record['images']) ? (record['images'] as unknown[]) : [];
  const image = safeImageUrl(images.find((candidate) => safeImageUrl(candidate)) ?? record['meta_thumbnail']);
  const { min, max } = readPriceRange(record['price_range'] as StorefrontPriceRange | null);
  const taxonomy = (record['taxonomy'] ?? null) as Record<string, unknown> | null;
  const hasOptions = [record['option1_name'], record['option2_name'], record['option3_name']].some(
    (name) => typeof name === 'string' && name.trim() !== '',
  );
  // `is_multiple` is authoritative when the API sends it; otherwise option names tell.
  const needsChoice =
    kind === 'product' && (record['is_multiple'] === true || (record['is_multiple'] !== false && hasOptions));
  const created = Date.parse(asText(record['created_at']));
  return {
    key: `${kind}:${id}`,
    kind,
    id,
    slug: asText(record['slug']),
    name: asText(record['name']).trim(),
    image,
    priceMin: min,
    priceMax: max,
    // A card that does not say is assumed buyable; the cart API has the last word.
    inStock: record['in_stock'] !== false,
    needsChoice,
    bundlePriceOptionId,
    categoryId: asId(taxonomy?.['id']),
    categoryPath: asText(taxonomy?.['full_path']) || asText(taxonomy?.['name']),
    createdAt: Number.isNaN(created) ? NaN : created,
    order,
    raw,
  };
}

function searchTextOf(card: CardModel): string {
  if (card.searchText === undefined) {
    const description = asText((card.raw as unknown as Record<string, unknown>)['description']);
    card.searchText = normalizeText(`${card.name} ${card.categoryPath} ${description}`);
  }
  return card.searchText;
}

/** A category chosen by id (`"201"`) or by full path (`"Fashion > Batik"`, case-insensitive). */
export interface CategoryPin {
  id: number | null;
  path: string;
}

export function parseCategoryPin(value: string | number | null | undefined): CategoryPin | null {
  const text = String(value ?? '').trim();
  if (!text) return null;
  const id = /^\d+$/.test(text) ? Number(text) : null;
  return { id, path: normalizeText(text) };
}

/**
 * An item is in a category when its taxonomy is that category or one below it: pinning
 * "Fashion" keeps "Fashion > Batik".
 */
export function inCategory(card: CardModel, pin: CategoryPin): boolean {
  if (pin.id !== null && card.categoryId === pin.id) return true;
  if (!card.categoryPath) return false;
  const path = normalizeText(card.categoryPath);
  return path === pin.path || path.startsWith(`${pin.path} > `);
}

export interface CatalogView {
  query: string;
  categories: CategoryPin[];
  sort: CatalogSort;
}

/** The cards to show: every category pin must match, every search word must appear, then sorted. */
export function selectCards(cards: readonly CardModel[], view: CatalogView): CardModel[] {
  const words = normalizeText(view.query).split(' ').filter(Boolean);
  const pins = view.categories;
  const out =
    words.length === 0 && pins.length === 0
      ? cards.slice()
      : cards.filter(
          (card) =>
            pins.every((pin) => inCategory(card, pin)) &&
            (words.length === 0 || words.every((word) => searchTextOf(card).includes(word))),
        );
  return sortCards(out, view.sort);
}

const collator = new Intl.Collator(['id', 'en'], { sensitivity: 'base', numeric: true });

/** Sorts in place and returns the array. Unknown prices and dates go last in every order. */
export function sortCards(cards: CardModel[], sort: CatalogSort): CardModel[] {
  const byOrder = (a: CardModel, b: CardModel) => a.order - b.order;
  const last = (a: number | null, b: number | null, compare: (x: number, y: number) => number) => {
    const aMissing = a === null || Number.isNaN(a);
    const bMissing = b === null || Number.isNaN(b);
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    return compare(a, b);
  };
  switch (sort) {
    case 'newest':
      return cards.sort((a, b) => last(a.createdAt, b.createdAt, (x, y) => y - x) || byOrder(a, b));
    case 'price-asc':
      return cards.sort((a, b) => last(a.priceMin, b.priceMin, (x, y) => x - y) || byOrder(a, b));
    case 'price-desc':
      return cards.sort((a, b) => last(a.priceMax, b.priceMax, (x, y) => y - x) || byOrder(a, b));
    case 'name':
      return cards.sort((a, b) => collator.compare(a.name, b.name) || byOrder(a, b));
    default:
      return cards.sort(byOrder);
  }
}
