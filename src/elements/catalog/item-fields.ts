import { parseMoney } from '../../api/money.js';
import type { StorefrontPriceRange } from '../../api/types.js';

/**
 * Reading the fields a card and a buy box both show (image, price range). A module of its own so
 * `<scalev-product>` shares it with the catalogue without loading the catalogue's card code.
 */

/**
 * An image URL safe to put in `src`: http(s), protocol-relative, relative, or a `data:image/`
 * URL. Anything else (`javascript:`, empty, non-strings) gives null, which renders a placeholder.
 */
export function safeImageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (!url) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return url;
  if (scheme === 'http' || scheme === 'https') return url;
  if (scheme === 'data' && /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i.test(url)) return url;
  return null;
}

/** `{min, max}` of a nullable price range with string-or-number ends; a lone end stands for both. */
export function readPriceRange(range: StorefrontPriceRange | null | undefined): { min: number | null; max: number | null } {
  let min = parseMoney(range?.min);
  let max = parseMoney(range?.max);
  if (min === null) min = max;
  if (max === null) max = min;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return { min, max };
}

/** "Rp10.000 – Rp25.000" when the ends differ, one price when they match, '' when unknown. */
export function formatPriceRange(
  min: number | null,
  max: number | null,
  money: (amount: number | null) => string,
): string {
  if (min === null && max === null) return '';
  if (min === null || max === null || min === max) return money(min ?? max);
  return `${money(min)} – ${money(max)}`;
}
