import type {
  StorefrontBundleLine,
  StorefrontBundlePriceOptionCard,
  StorefrontBundlePriceOptionDetail,
  StorefrontPriceRange,
  StorefrontProductCard,
  StorefrontProductDetail,
  StorefrontVariant,
  VariantAvailability,
} from '../../api/types.js';
import { stableUuid } from '../core/ids.js';
import { parseMoney } from '../core/money.js';
import type { MockDatabase } from '../db.js';
import type { BundleRecord, ProductRecord, VariantRecord } from '../model.js';
import { CATEGORIES, type BundleSeed, type ProductSeed } from '../seed/catalog.js';

const DAY = 86_400_000;
/** At or below this many units a variant reports `low_stock`. */
export const LOW_STOCK_THRESHOLD = 5;

/** What tests pass to `db.addProduct`: any part of a product detail, variants with an optional stock. */
export interface ProductInput extends Partial<Omit<StorefrontProductDetail, 'variants'>> {
  variants?: Array<Partial<StorefrontVariant> & { available_qty?: number | null }>;
  /** Appears in `/public/items` (default true). */
  listed?: boolean;
}

/** What tests pass to `db.addBundle`. `bundlelines` must name existing variants. */
export interface BundleInput extends Partial<StorefrontBundlePriceOptionDetail> {
  bundlelines: StorefrontBundleLine[];
  bundle_price_option_unique_id?: string;
  listed?: boolean;
}

export function categoryTaxonomy(categoryId: number): StorefrontProductDetail['taxonomy'] {
  const category = CATEGORIES.find((c) => c.id === categoryId);
  return category ? { id: category.id, name: category.name, full_path: category.fullPath } : null;
}

export function productFromSeed(seed: ProductSeed, imageUrl: (name: string) => string, now: number): ProductRecord {
  const images = seed.images.map(imageUrl);
  const variants: StorefrontVariant[] = seed.variants.map((v) => {
    const values = v.values ?? [];
    const optionLabel = values.filter((x): x is string => typeof x === 'string').join(' / ');
    return {
      id: v.id,
      uuid: stableUuid(`variant:${v.id}`),
      unique_id: `var_nus${v.id}`,
      sku: v.sku,
      name: optionLabel || seed.name,
      fullname: optionLabel ? `${seed.name} - ${optionLabel}` : seed.name,
      description: null,
      rich_description: null,
      option1_value: values[0] ?? null,
      option2_value: values[1] ?? null,
      option3_value: values[2] ?? null,
      item_type: seed.itemType,
      currency: 'IDR',
      price: v.price,
      pricing_type: v.recurring ? 'recurring' : 'one_time',
      interval: v.recurring?.interval ?? null,
      interval_count: v.recurring?.count ?? null,
      images: (v.images ?? []).map(imageUrl),
      is_inventory: v.stock !== null,
      is_active: v.active ?? true,
      weight: v.weight,
      metadata: null,
    };
  });
  const detail: StorefrontProductDetail = {
    id: seed.id,
    slug: seed.slug,
    name: seed.name,
    description: seed.description,
    meta_thumbnail: images[0] ?? null,
    entity_type: 'product',
    item_type: seed.itemType,
    is_multiple: seed.variants.length > 1,
    option1_name: seed.optionNames[0] ?? null,
    option2_name: seed.optionNames[1] ?? null,
    option3_name: seed.optionNames[2] ?? null,
    in_stock: true,
    price_range: null,
    images,
    taxonomy: categoryTaxonomy(seed.categoryId),
    created_at: new Date(now - seed.daysAgo * DAY).toISOString(),
    rich_description: seed.rich,
    variants,
  };
  return { detail, listed: seed.listed ?? true, pinned: { inStock: false, priceRange: false } };
}

export function bundleFromSeed(seed: BundleSeed, db: MockDatabase, imageUrl: (name: string) => string, now: number): BundleRecord {
  const images = seed.images.map(imageUrl);
  const detail: StorefrontBundlePriceOptionDetail = {
    id: seed.id,
    bundle_price_option_id: seed.id,
    bundle_id: seed.bundleId,
    slug: seed.slug,
    name: seed.name,
    description: seed.description,
    meta_thumbnail: images[0] ?? null,
    entity_type: 'bundle_price_option',
    is_multiple: false,
    option1_name: null,
    option2_name: null,
    option3_name: null,
    in_stock: true,
    price_range: null,
    images,
    taxonomy: categoryTaxonomy(seed.categoryId),
    created_at: new Date(now - seed.daysAgo * DAY).toISOString(),
    rich_description: seed.rich,
    bundle_name: seed.bundleName,
    bundle_price_option_name: seed.optionName,
    price: seed.price,
    weight_bump: seed.weightBump,
    bundlelines: seed.lines.map(([variantId, quantity]) => {
      const variant = db.variants.get(variantId);
      return {
        variant_id: variantId,
        quantity,
        variant_name: variant?.json.name ?? null,
        product_name: variant?.product.detail.name ?? null,
      };
    }),
  };
  return { detail, uniqueId: seed.uniqueId, listed: true, pinned: { inStock: false, priceRange: false } };
}

/** Generated filler products for scale tests (`itemCount`). */
export function generatedProduct(index: number): ProductSeed {
  const categories = [101, 102, 201, 202, 301];
  const n = String(index + 1).padStart(5, '0');
  return {
    id: 200000 + index,
    slug: `produk-contoh-${n}`,
    name: `Produk Contoh ${n}`,
    description: `Produk contoh nomor ${index + 1} untuk uji katalog besar.`,
    rich: null,
    itemType: 'physical',
    categoryId: categories[index % categories.length]!,
    daysAgo: 120 + (index % 365),
    optionNames: [],
    images: [`produk-contoh-${(index % 40) + 1}`],
    variants: [
      {
        id: 900000 + index,
        price: index % 2 === 0 ? `${((index * 37) % 490) * 1000 + 10000}.00` : ((index * 37) % 490) * 1000 + 10000,
        stock: index % 13 === 0 ? 0 : 50,
        weight: 250 + (index % 8) * 100,
        sku: `CONTOH-${n}`,
      },
    ],
  };
}

// ---- availability ----

export function isVariantActive(variant: VariantRecord): boolean {
  return variant.json.is_active !== false;
}

/** Units that can be bought now: 0 for an inactive variant, null for unlimited. */
export function variantAvailableQty(variant: VariantRecord): number | null {
  if (!isVariantActive(variant)) return 0;
  return variant.stock === null ? null : Math.max(0, variant.stock);
}

export function isVariantAvailable(variant: VariantRecord): boolean {
  const qty = variantAvailableQty(variant);
  return qty === null || qty > 0;
}

export function variantAvailability(variant: VariantRecord): VariantAvailability {
  const qty = variantAvailableQty(variant);
  const available = qty === null || qty > 0;
  return {
    variant_id: variant.id,
    available,
    available_qty: qty,
    stock_status: !available ? 'out_of_stock' : qty !== null && qty <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock',
  };
}

/** Bundles are available as many times as their scarcest line allows; null when no line is limited. */
export function bundleAvailableQty(db: MockDatabase, bundle: BundleRecord): number | null {
  let limit: number | null = null;
  for (const line of bundle.detail.bundlelines ?? []) {
    const variant = db.variants.get(line.variant_id);
    if (!variant) return 0;
    const qty = variantAvailableQty(variant);
    if (qty === null) continue;
    const times = Math.floor(qty / Math.max(1, line.quantity));
    limit = limit === null ? times : Math.min(limit, times);
  }
  return limit;
}

// ---- rendering ----

function priceRangeOf(prices: Array<string | number | null | undefined>): StorefrontPriceRange | null {
  let min: string | number | undefined;
  let max: string | number | undefined;
  for (const price of prices) {
    if (price === null || price === undefined) continue;
    const value = parseMoney(price);
    if (min === undefined || value < parseMoney(min)) min = price;
    if (max === undefined || value > parseMoney(max)) max = price;
  }
  return min === undefined || max === undefined ? null : { min, max };
}

export function productVariants(db: MockDatabase, product: ProductRecord): VariantRecord[] {
  return (product.detail.variants ?? [])
    .map((v) => (typeof v.id === 'number' ? db.variants.get(v.id) : undefined))
    .filter((v): v is VariantRecord => v !== undefined);
}

export function renderProductDetail(db: MockDatabase, product: ProductRecord): StorefrontProductDetail {
  const variants = productVariants(db, product);
  const out: StorefrontProductDetail = { ...product.detail };
  if (!product.pinned.inStock) out.in_stock = variants.some(isVariantAvailable);
  if (!product.pinned.priceRange) {
    out.price_range = priceRangeOf(variants.filter(isVariantActive).map((v) => v.json.price)) as StorefrontPriceRange;
  }
  return out;
}

export function renderProductCard(db: MockDatabase, product: ProductRecord): StorefrontProductCard {
  const { rich_description: _rich, variants: _variants, ...card } = renderProductDetail(db, product);
  return card as StorefrontProductCard;
}

export function renderBundleDetail(db: MockDatabase, bundle: BundleRecord): StorefrontBundlePriceOptionDetail {
  const out: StorefrontBundlePriceOptionDetail = { ...bundle.detail };
  if (!bundle.pinned.inStock) {
    const qty = bundleAvailableQty(db, bundle);
    out.in_stock = qty === null || qty > 0;
  }
  if (!bundle.pinned.priceRange) {
    out.price_range = priceRangeOf([bundle.detail.price]) as StorefrontPriceRange;
  }
  return out;
}

export function renderBundleCard(db: MockDatabase, bundle: BundleRecord): StorefrontBundlePriceOptionCard {
  const detail = renderBundleDetail(db, bundle);
  const {
    rich_description: _rich,
    bundle_name: _bundleName,
    bundle_price_option_name: _optionName,
    price: _price,
    weight_bump: _weightBump,
    bundlelines: _lines,
    ...card
  } = detail;
  return card as StorefrontBundlePriceOptionCard;
}

// ---- test input ----

export function productFromInput(db: MockDatabase, input: ProductInput): { record: ProductRecord; stocks: Map<number, number | null> } {
  const { variants: variantInputs, listed, ...fields } = input;
  const id = typeof fields.id === 'number' ? fields.id : db.nextId('product');
  const itemType = typeof fields.item_type === 'string' ? fields.item_type : 'physical';
  const name = typeof fields.name === 'string' ? fields.name : `Produk Uji ${id}`;
  const stocks = new Map<number, number | null>();
  const variants: StorefrontVariant[] = (variantInputs ?? [{}]).map((input, index) => {
    const { available_qty, ...v } = input;
    const variantId = typeof v.id === 'number' ? v.id : db.nextId('variant');
    stocks.set(variantId, available_qty === undefined ? null : available_qty);
    return {
      id: variantId,
      uuid: stableUuid(`variant:${variantId}`),
      unique_id: `var_test${variantId}`,
      sku: null,
      name: `Varian ${index + 1}`,
      fullname: `${name} - Varian ${index + 1}`,
      option1_value: null,
      option2_value: null,
      option3_value: null,
      item_type: itemType,
      currency: 'IDR',
      price: 100000,
      pricing_type: 'one_time',
      interval: null,
      interval_count: null,
      images: [],
      is_inventory: available_qty !== undefined && available_qty !== null,
      is_active: true,
      weight: itemType === 'physical' ? 500 : 0,
      metadata: null,
      ...v,
    };
  });
  const detail: StorefrontProductDetail = {
    id,
    slug: `produk-uji-${id}`,
    name,
    description: null,
    meta_thumbnail: null,
    entity_type: 'product',
    item_type: itemType,
    is_multiple: variants.length > 1,
    option1_name: null,
    option2_name: null,
    option3_name: null,
    in_stock: true,
    price_range: null,
    images: [],
    taxonomy: null,
    created_at: new Date(db.now()).toISOString(),
    rich_description: null,
    ...fields,
    variants,
  };
  return {
    record: { detail, listed: listed ?? true, pinned: { inStock: 'in_stock' in input, priceRange: 'price_range' in input } },
    stocks,
  };
}

export function bundleFromInput(db: MockDatabase, input: BundleInput): BundleRecord {
  const { listed, bundle_price_option_unique_id, ...fields } = input;
  const id = typeof fields.id === 'number' ? fields.id : typeof fields.bundle_price_option_id === 'number' ? fields.bundle_price_option_id : db.nextId('bundle');
  const name = typeof fields.name === 'string' ? fields.name : `Paket Uji ${id}`;
  const detail: StorefrontBundlePriceOptionDetail = {
    id,
    bundle_price_option_id: id,
    bundle_id: id + 100000,
    slug: `paket-uji-${id}`,
    name,
    description: null,
    meta_thumbnail: null,
    entity_type: 'bundle_price_option',
    is_multiple: false,
    option1_name: null,
    option2_name: null,
    option3_name: null,
    in_stock: true,
    price_range: null,
    images: [],
    taxonomy: null,
    created_at: new Date(db.now()).toISOString(),
    rich_description: null,
    bundle_name: name,
    bundle_price_option_name: name,
    price: '100000.00',
    weight_bump: 0,
    ...fields,
  };
  return {
    detail,
    uniqueId: bundle_price_option_unique_id ?? `bpo_test${id}`,
    listed: listed ?? true,
    pinned: { inStock: 'in_stock' in input, priceRange: 'price_range' in input },
  };
}
