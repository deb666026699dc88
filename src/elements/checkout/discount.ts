/** The discount-code check: loaded when a buyer first applies a code (most orders have none). */
import { checkDiscountCode } from '../../api/checkout-discount.js';
import { shippingSelection } from './parts.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontDiscountCodeCheckResponse } from '../../api/types.js';
import { paymentMethodName } from '../order-status/payment-names.js';
import { registerMessages } from '../../i18n/localize.js';
import type { CheckoutHost } from './checkout-host.js';

// English with the form's, in `parts.strings.en.ts`.
registerMessages(
  {
    id: {
      'checkout.discountChecking': 'Mengecek kode…',
      'checkout.discountAccepted': 'Kode {code} dipakai.',
      'checkout.discountAcceptedAmount': 'Kode {code} dipakai: hemat {amount}.',
      'checkout.discountRejected': 'Kode {code} tidak berlaku untuk pesanan ini.',
      'checkout.discountNotFound': 'Kode {code} tidak ditemukan. Periksa kembali penulisannya.',
      'checkout.discountDisabled': 'Kode {code} sudah tidak aktif.',
      'checkout.discountExpired': 'Kode {code} sudah kedaluwarsa.',
      'checkout.discountMinimum': 'Kode {code} berlaku untuk belanja minimal {minimum}.',
      'checkout.discountMinimumMore': 'Kode {code} berlaku untuk belanja minimal {minimum}. Tambah belanja {missing} lagi untuk memakainya.',
      'checkout.discountPaymentOnly': 'Kode {code} hanya berlaku untuk pembayaran dengan {methods}.',
      'checkout.discountPaymentFirst': 'Pilih metode pembayaran dulu: kode {code} hanya berlaku untuk {methods}.',
      'checkout.discountShippingOnly': 'Kode {code} memotong ongkos kirim, sedangkan pesanan ini tidak dikirim.',
    },
  },
  { en: () => import('./parts.strings.en.js') },
);

/** Checks the typed discount code; an accepted code goes into the summary and the order. */
export async function applyDiscount(host: CheckoutHost): Promise<void> {
  const sf = host.storefront;
  const code = host.values.discount_input.trim();
  if (!sf || !code || host.discountStatus === 'checking') return;
  host.discountStatus = 'checking';
  host.discountMessage = host.t('checkout.discountChecking');
  const destination = host.destination();
  const option = host.chosenOption();
  // One item source only (CONTRACT §5): direct items, or the cart's lines for customers (the
  // public route cannot see a customer cart), or the guest cart behind the token.
  const items = host.directLines || host.customer ? { items: host.lines().map((l) => l.item) } : {};
  try {
    const result = await checkDiscountCode(sf.http, {
      code,
      ...items,
      ...(destination ? { destination } : {}),
      ...(option ? shippingSelection(option) : {}),
      ...(host.values.payment_method ? { payment_method: host.values.payment_method } : {}),
    });
    if (result && result.is_eligible === true) {
      const amount = parseMoney(result.discount_code_discount);
      host.discountStatus = 'accepted';
      host.discountMessage = amount
        ? host.t('checkout.discountAcceptedAmount', { code, amount: host.money(amount) })
        : host.t('checkout.discountAccepted', { code });
      host.setValues({ discount_code: code });
    } else {
      host.discountStatus = 'rejected';
      host.discountMessage = refusal(host, code, result);
      host.setValues({ discount_code: '' });
    }
  } catch (error) {
    host.discountStatus = 'error';
    host.discountMessage = host.describeError(error);
    host.reportError(error, 'checkout.discount');
  }
}

/**
 * Why a code was refused, in the buyer's words, when the answer says so; otherwise the general
 * "does not apply".
 *
 * `eligibility_details` is `{ [k: string]: unknown }` in the contract (§5, required, keys not
 * documented), so every object is allowed, and an answer without it (or with null, an array or a
 * scalar) is read as carrying no reason. The reason is read from `reason` (a string, or the first
 * string of an array), the spelling the mock gives (`not_found`, `disabled`, `expired`,
 * `minimum_revenue_not_met`, `payment_method_required`, `payment_method_not_eligible`,
 * `no_shipping_cost`); any other key or value falls back to the general words. The figures come
 * from the details (`minimum_revenue`, `current_revenue`: money as string or number;
 * `payment_methods`: codes) or else from `discount_code` when the API sends it (it may be null);
 * a reason whose figures are missing or unreadable says the general words instead of a gap.
 */
function refusal(host: CheckoutHost, code: string, result: StorefrontDiscountCodeCheckResponse | null | undefined): string {
  const general = host.t('checkout.discountRejected', { code });
  const raw: unknown = result?.eligibility_details;
  const details = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const reasonValue = Array.isArray(details['reason']) ? details['reason'].find((r) => typeof r === 'string') : details['reason'];
  const reason = typeof reasonValue === 'string' ? reasonValue.trim().toLowerCase() : '';
  const known = (result?.discount_code && typeof result.discount_code === 'object' ? result.discount_code : {}) as Record<string, unknown>;
  switch (reason) {
    case 'not_found':
      return host.t('checkout.discountNotFound', { code });
    case 'disabled':
      return host.t('checkout.discountDisabled', { code });
    case 'expired':
      return host.t('checkout.discountExpired', { code });
    case 'minimum_revenue_not_met': {
      const minimum = parseMoney(details['minimum_revenue'] ?? known['minimum_revenue']);
      if (minimum === null || minimum <= 0) return general;
      const current = parseMoney(details['current_revenue']);
      const missing = current === null ? 0 : minimum - current;
      return missing > 0
        ? host.t('checkout.discountMinimumMore', { code, minimum: host.money(minimum), missing: host.money(missing) })
        : host.t('checkout.discountMinimum', { code, minimum: host.money(minimum) });
    }
    case 'payment_method_required':
    case 'payment_method_not_eligible': {
      const list = details['payment_methods'] ?? known['payment_methods'];
      const codes = Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string' && m !== '') : [];
      if (!codes.length) return general;
      const names = codes.map((m) => host.paymentChoices.find((p) => p.code === m)?.label || paymentMethodName(m, host.resolvedLocale));
      const methods = new Intl.ListFormat(host.resolvedLocale, { type: 'disjunction' }).format([...new Set(names)]);
      return host.t(reason === 'payment_method_required' ? 'checkout.discountPaymentFirst' : 'checkout.discountPaymentOnly', { code, methods });
    }
    case 'no_shipping_cost':
      return host.t('checkout.discountShippingOnly', { code });
    default:
      return general;
  }
}
