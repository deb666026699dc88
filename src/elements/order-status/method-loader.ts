import type { CSSResult, TemplateResult, nothing } from 'lit';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { paymentKind, type PaymentKind } from './payment-names.js';

/** What each per-method instructions module (`pay-*.ts`) exports. */
export interface MethodInstructions {
  /** The instructions of one order of this family (amount, deadline, numbers, buttons). */
  render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult;
  /** True once the gateway data the method needs is there; manual methods never wait. */
  ready(order: AnyOrder): boolean;
  /** "Check payment status" under the instructions, for the methods that offer it. */
  check(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult | typeof nothing;
  /** True when the instructions can show a QR code (the host then loads the QR drawer). */
  wantsQr?(order: AnyOrder): boolean;
  /** Styles of every method's instructions, to adopt once loaded. */
  styles: CSSResult;
}

/** Which module renders which family; a page downloads only the one its order needs. */
const MODULES: Record<PaymentKind, () => Promise<MethodInstructions>> = {
  bank_transfer: () => import('./pay-bank.js'),
  va: () => import('./pay-va.js'),
  retail: () => import('./pay-va.js'),
  qris: () => import('./pay-qris.js'),
  ewallet: () => import('./pay-wallet.js'),
  ovo: () => import('./pay-wallet.js'),
  card: () => import('./pay-hosted.js'),
  invoice: () => import('./pay-hosted.js'),
  payment_link: () => import('./pay-hosted.js'),
  cod: () => import('./pay-hosted.js'),
  other: () => import('./pay-hosted.js'),
};

/**
 * The instructions for a payment method, loaded on demand (the lazy counterpart of
 * `renderPaymentInstructions`). The host adopts the module's `styles` once loaded.
 */
export function loadMethodInstructions(method: string | null | undefined): Promise<MethodInstructions> {
  return MODULES[paymentKind(method)]();
}
