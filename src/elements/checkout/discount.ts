/** The discount-code check: loaded when a buyer first applies a code (most orders have none). */
import { checkDiscountCode } from '../../api/checkout-discount.js';
import { shippingSelection } from './parts.js';
import { parseMoney } from '../../api/money.js';
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
      host.discountMessage = host.t('checkout.discountRejected', { code });
      host.setValues({ discount_code: '' });
    }
  } catch (error) {
    host.discountStatus = 'error';
    host.discountMessage = host.describeError(error);
    host.reportError(error, 'checkout.discount');
  }
}
