import type { StorefrontMoneyValue } from '../../api/types.js';

/** Reads a contract money value (string, number or null, CONTRACT §1.9). Anything unreadable is 0. */
export function parseMoney(value: StorefrontMoneyValue | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/** `"125000.00"`: the decimal-string form Scalev uses for prices and totals. */
export function decimalString(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}

/** `"12000"`: the integer-string form the guides show for shipping and fees. */
export function integerString(amount: number): string {
  return String(Math.round(amount));
}
