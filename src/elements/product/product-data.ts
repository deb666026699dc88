import type { StorefrontProductDetail, StorefrontVariant } from '../../api/types.js';
import { safeImageUrl } from '../catalog/item-fields.js';

/**
 * Reading a product detail without the option logic: what the always-loaded part of
 * `<scalev-product>` needs to show a product with one variant, and to tell whether the option
 * groups (a lazily loaded module) are needed at all.
 */

/** A variant with a usable numeric id. */
export type PurchasableVariant = StorefrontVariant & { id: number };

/** Trimmed text of a string or number field; '' for anything else. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function variantId(variant: StorefrontVariant): number | null {
  const raw = (variant as Record<string, unknown>)['id'];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The product's variants that have a usable id, first copy of each id, in the API's order. */
export function purchasableVariants(product: StorefrontProductDetail): PurchasableVariant[] {
  const variants: PurchasableVariant[] = [];
  const seen = new Set<number>();
  for (const variant of Array.isArray(product.variants) ? product.variants : []) {
    if (!variant || typeof variant !== 'object') continue;
    const id = variantId(variant);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    variants.push({ ...variant, id });
  }
  return variants;
}

/**
 * Whether the buyer has options to choose: several variants, or a named option that a variant
 * has a value for (one variant with a named option still shows its value). The same test as "the
 * variant model has dimensions" (`buildVariantModel`), without its code. When false the only
 * variant is the one to buy.
 */
export function hasOptions(product: StorefrontProductDetail, variants: readonly PurchasableVariant[]): boolean {
  const record = product as Record<string, unknown>;
  return (
    variants.length > 1 ||
    [1, 2, 3].some(
      (n) => text(record[`option${n}_name`]) && variants.some((variant) => text((variant as Record<string, unknown>)[`option${n}_value`])),
    )
  );
}

/** Distinct safe image URLs of several lists, in order. */
export function imagesOf(...lists: unknown[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const candidate of list) {
      const url = safeImageUrl(candidate);
      if (url && !out.includes(url)) out.push(url);
    }
  }
  return out;
}
