import type { StorefrontProductDetail, StorefrontVariant } from '../../api/types.js';
import { purchasableVariants, type PurchasableVariant } from './product-data.js';

export type { PurchasableVariant };

/**
 * Option selection for a product's variants (CONTRACT §2: `option1..3_name` on the product,
 * `option1..3_value` on each variant).
 *
 * Rule for disabling values: options are read in order. A value of option N is enabled when some
 * buyable variant has it together with the values chosen for options 1..N-1. Choosing a value
 * keeps the later choices that still fit and moves the others to their first buyable value.
 * This disables every unavailable combination the buyer could reach (nothing is hidden) while
 * never trapping them: with strict "all other options" matching, variants (A,X) and (B,Y) would
 * leave B and Y both disabled forever once (A,X) is chosen.
 */

export interface OptionDimension {
  name: string;
  /** Distinct values in the order the variants list them. */
  values: string[];
  /** Which `optionN_value` field the values come from (1..3), or 0 for the variant name. */
  field: 0 | 1 | 2 | 3;
}

export interface VariantModel {
  dimensions: OptionDimension[];
  variants: PurchasableVariant[];
}

export interface OptionValueState {
  value: string;
  disabled: boolean;
}

function cleanValue(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text ? text : null;
}

/** The value a variant has for one dimension. */
export function valueOf(variant: StorefrontVariant, dimension: OptionDimension): string | null {
  if (dimension.field === 0) return variantLabel(variant);
  return cleanValue((variant as Record<string, unknown>)[`option${dimension.field}_value`]);
}

/** A short label for a variant: its option values, else its name. */
export function variantLabel(variant: StorefrontVariant): string | null {
  return cleanValue(variant.name) ?? cleanValue(variant.fullname) ?? cleanValue(variant.sku) ?? null;
}

/**
 * Builds the option dimensions. A dimension exists for each `optionN_name` whose values appear on
 * the variants. A product with several variants but no option names gets one dimension over the
 * variant names (`fallbackName`), so every variant stays choosable.
 */
export function buildVariantModel(product: StorefrontProductDetail, fallbackName: string): VariantModel {
  const variants = purchasableVariants(product);
  const dimensions: OptionDimension[] = [];
  for (const field of [1, 2, 3] as const) {
    const name = cleanValue((product as Record<string, unknown>)[`option${field}_name`]);
    const dimension: OptionDimension = { name: name ?? '', values: [], field };
    for (const variant of variants) {
      const value = valueOf(variant, dimension);
      if (value !== null && !dimension.values.includes(value)) dimension.values.push(value);
    }
    if (dimension.values.length === 0) continue;
    if (!name && dimension.values.length < 2) continue;
    dimension.name = name ?? fallbackName;
    dimensions.push(dimension);
  }
  if (dimensions.length === 0 && variants.length > 1) {
    const dimension: OptionDimension = { name: fallbackName, values: [], field: 0 };
    for (const variant of variants) {
      const value = valueOf(variant, dimension) ?? `#${variant.id}`;
      if (!dimension.values.includes(value)) dimension.values.push(value);
    }
    // Unnamed variants would all share "#id" labels only if ids repeat, which was filtered above.
    dimensions.push(dimension);
  }
  return { dimensions, variants };
}

function labelOrId(variant: PurchasableVariant, dimension: OptionDimension): string | null {
  return valueOf(variant, dimension) ?? (dimension.field === 0 ? `#${variant.id}` : null);
}

function matchesPrefix(
  model: VariantModel,
  variant: PurchasableVariant,
  selection: readonly (string | null)[],
  upTo: number,
): boolean {
  for (let i = 0; i < upTo; i++) {
    const chosen = selection[i];
    if (chosen !== null && chosen !== undefined && labelOrId(variant, model.dimensions[i]!) !== chosen) return false;
  }
  return true;
}

/**
 * The predicate that decides what may be chosen: buyable variants when at least one is buyable;
 * otherwise (everything sold out) the active ones, so the buyer can still browse the options and
 * see the out-of-stock state of each.
 */
export function choosableRule(
  model: VariantModel,
  isBuyable: (variant: PurchasableVariant) => boolean,
): (variant: PurchasableVariant) => boolean {
  if (model.variants.some(isBuyable)) return isBuyable;
  const active = (variant: PurchasableVariant) => variant.is_active !== false;
  return model.variants.some(active) ? active : () => true;
}

/** Enabled/disabled state of every value of every dimension for the current selection. */
export function optionStates(
  model: VariantModel,
  selection: readonly (string | null)[],
  choosable: (variant: PurchasableVariant) => boolean,
): OptionValueState[][] {
  return model.dimensions.map((dimension, index) =>
    dimension.values.map((value) => ({
      value,
      disabled: !model.variants.some(
        (variant) =>
          choosable(variant) && labelOrId(variant, dimension) === value && matchesPrefix(model, variant, selection, index),
      ),
    })),
  );
}

/**
 * Makes a selection valid, dimension by dimension: a choice that is still enabled is kept,
 * another one moves to the first enabled value (or the first existing one when none is).
 */
export function normalizeSelection(
  model: VariantModel,
  selection: readonly (string | null)[],
  choosable: (variant: PurchasableVariant) => boolean,
): string[] {
  const out: string[] = [];
  model.dimensions.forEach((dimension, index) => {
    const candidates = model.variants.filter((variant) => matchesPrefix(model, variant, out, index));
    const enabled = candidates.filter(choosable);
    const keep = selection[index];
    const pool = enabled.length > 0 ? enabled : candidates;
    const fits = pool.some((variant) => labelOrId(variant, dimension) === keep);
    const first = pool.map((variant) => labelOrId(variant, dimension)).find((value) => value !== null);
    out.push((fits ? keep : first) ?? dimension.values[0] ?? '');
  });
  return out;
}

/** The first buyable variant's values, so the buy box starts on something that can be bought. */
export function defaultSelection(
  model: VariantModel,
  choosable: (variant: PurchasableVariant) => boolean,
): string[] {
  const first = model.variants.find(choosable) ?? model.variants[0];
  if (!first) return model.dimensions.map(() => '');
  return normalizeSelection(
    model,
    model.dimensions.map((dimension) => labelOrId(first, dimension)),
    choosable,
  );
}

/** Sets one dimension and repairs the later ones. */
export function chooseValue(
  model: VariantModel,
  selection: readonly (string | null)[],
  index: number,
  value: string,
  choosable: (variant: PurchasableVariant) => boolean,
): string[] {
  const next = selection.slice();
  next[index] = value;
  return normalizeSelection(model, next, choosable);
}

/** The variant the selection designates; with no dimensions, the first choosable variant. */
export function findVariant(
  model: VariantModel,
  selection: readonly (string | null)[],
  choosable: (variant: PurchasableVariant) => boolean,
): PurchasableVariant | null {
  if (model.dimensions.length === 0) return model.variants.find(choosable) ?? model.variants[0] ?? null;
  const matching = model.variants.filter((variant) =>
    model.dimensions.every((dimension, index) => labelOrId(variant, dimension) === selection[index]),
  );
  return matching.find(choosable) ?? matching[0] ?? null;
}

/** The option values of a variant in dimension order (what a cart line shows). */
export function optionValuesOf(model: VariantModel, variant: StorefrontVariant): string[] {
  return model.dimensions.map((dimension) => valueOf(variant, dimension)).filter((value): value is string => value !== null);
}
