/**
 * Payment method codes in words and URL safety: the small part of the payment helpers that the
 * checkout shares with the order status (no templates, no strings).
 */

export type PaymentKind =
  | 'bank_transfer'
  | 'cod'
  | 'va'
  | 'qris'
  | 'ewallet'
  | 'ovo'
  | 'card'
  | 'invoice'
  | 'retail'
  | 'payment_link'
  | 'other';

/** Trimmed non-empty text (numbers as their digits), else null. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** http(s) only: a payload cannot make the kit open `javascript:` or `data:` URLs. */
export function safeHttpUrl(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** E-wallet and retail outlet codes with their brand names. */
export const EWALLETS: Record<string, string> = { gopay: 'GoPay', dana: 'DANA', linkaja: 'LinkAja', shopeepay: 'ShopeePay', ovo: 'OVO' };
export const RETAIL: Record<string, string> = { alfamart: 'Alfamart', indomaret: 'Indomaret' };

/** The family of instructions a payment method code needs. */
export function paymentKind(method: string | null | undefined): PaymentKind {
  const code = (method ?? '').toLowerCase();
  if (code === 'bank_transfer') return 'bank_transfer';
  if (code === 'cod') return 'cod';
  if (code.startsWith('va_')) return 'va';
  if (code === 'qris') return 'qris';
  if (code === 'ovo') return 'ovo';
  if (code in EWALLETS) return 'ewallet';
  if (code === 'card') return 'card';
  if (code === 'invoice') return 'invoice';
  if (code in RETAIL) return 'retail';
  if (code === 'payment_link') return 'payment_link';
  return 'other';
}

/** Virtual-account bank codes (`va_<code>`) with their names. */
export const VA_BANKS: Record<string, string> = {
  bca: 'BCA',
  bni: 'BNI',
  bri: 'BRI',
  mandiri: 'Mandiri',
  permata: 'Permata',
  cimb: 'CIMB Niaga',
  bsi: 'BSI',
  maybank: 'Maybank',
  bnc: 'Bank Neo Commerce',
  danamon: 'Danamon',
  artha_graha: 'Artha Graha',
  muamalat: 'Muamalat',
  btn: 'BTN',
  ocbc: 'OCBC',
  bjb: 'BJB',
  sahabat_sampoerna: 'Sahabat Sampoerna',
  artajasa: 'Artajasa',
};

/** Methods named in words: [Indonesian, English]. */
const METHOD_NAMES: Record<string, [string, string]> = {
  bank_transfer: ['Transfer bank', 'Bank transfer'],
  cod: ['Bayar di tempat (COD)', 'Cash on delivery (COD)'],
  qris: ['QRIS', 'QRIS'],
  card: ['Kartu kredit/debit', 'Credit/debit card'],
  invoice: ['Invoice online', 'Online invoice'],
  payment_link: ['Payment Link', 'Payment Link'],
};

/** A buyer-facing name for a payment method code (`va_bca` → "Virtual Account BCA"). */
export function paymentMethodName(code: string | null | undefined, locale: 'id' | 'en' = 'id'): string {
  const c = (code ?? '').toLowerCase();
  if (c.startsWith('va_')) return `Virtual Account ${VA_BANKS[c.slice(3)] ?? c.slice(3).toUpperCase()}`;
  if (c in EWALLETS) return EWALLETS[c]!;
  if (c in RETAIL) return RETAIL[c]!;
  const pair = METHOD_NAMES[c];
  if (pair) return locale === 'en' ? pair[1] : pair[0];
  return c ? c.replace(/_/g, ' ').replace(/\b\w/g, (m) => m.toUpperCase()) : '';
}
