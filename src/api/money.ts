/**
 * Reads a `StorefrontMoneyValue` (CONTRACT §1.9): a decimal string such as `"125000.00"`, a
 * number, or `null`. Returns `null` for "no value" and for anything that is not a plain decimal
 * (empty strings, `"12,000"`, `"Rp 5.000"`, `NaN`, objects), so a bad field never shows as 0.
 */
export function parseMoney(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
