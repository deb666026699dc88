/**
 * Payment instructions, order amounts and status words for an order of either shape
 * (`StorefrontPublicOrder` from checkout and `/public/orders`, `StorefrontCustomerFacingOrder` from
 * `/customers/me/orders`), per method (CONTRACT §6 "Rendering payment instructions", GUIDES §3, §5, §7).
 * Plain functions returning Lit templates, so `<scalev-order-status>` and the account's order detail
 * render the same instructions:
 *
 * ```ts
 * import { renderPaymentInstructions, renderOrderAmounts, paymentInstructionsStyles, orderStatusWords }
 *   from '../order-status/payment-instructions.js';
 * static styles = [...ScalevElement.styles, paymentInstructionsStyles];
 * render() {
 *   const ctx = { t: (k, p) => this.t(k, p), money: (n) => this.money(n), date: (v, s) => this.date(v, s),
 *                 now: Date.now(), copy: (text) => navigator.clipboard.writeText(text) };
 *   return html`${renderOrderAmounts(order, ctx)} ${renderPaymentInstructions(order, ctx)}`;
 * }
 * ```
 * The host element owns timers (countdown: re-render every second while `ctx.now` matters),
 * polling and the transfer-proof upload (pass it as `ctx.proof`). Strings are registered here
 * under `order-status.`.
 */
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import type { StorefrontCustomerFacingOrder, StorefrontPublicOrder } from '../../api/types.js';
import { registerMessages } from '../../i18n/localize.js';
import { css } from 'lit';
import { EWALLETS, RETAIL, VA_BANKS, paymentKind, paymentMethodName, safeHttpUrl, text, type PaymentKind } from './payment-names.js';

export { paymentKind, paymentMethodName, safeHttpUrl, type PaymentKind };

export type AnyOrder = StorefrontPublicOrder | StorefrontCustomerFacingOrder;

/** Where the buyer stands with paying: `confirmed` is a workflow state, never a payment signal. */
export type PaymentState = 'paid' | 'unpaid' | 'conflict' | 'expired' | 'canceled';

registerMessages(
  {
    id: {
      'order-status.status.draft': 'Draf',
      'order-status.status.pending': 'Menunggu pembayaran',
      'order-status.status.confirmed': 'Dikonfirmasi',
      'order-status.status.in_process': 'Sedang diproses',
      'order-status.status.ready': 'Siap dikirim',
      'order-status.status.shipped': 'Dikirim',
      'order-status.status.completed': 'Selesai',
      'order-status.status.canceled': 'Dibatalkan',
      'order-status.status.rts': 'Dikembalikan ke penjual',
      'order-status.status.closed': 'Ditutup',
      'order-status.pay.paid': 'Lunas',
      'order-status.pay.unpaid': 'Belum dibayar',
      'order-status.pay.conflict': 'Ada masalah pada pembayaran',
      'order-status.pay.expired': 'Batas waktu pembayaran habis',
      'order-status.pay.canceled': 'Pesanan dibatalkan',
      'order-status.pay.conflictHelp': 'Pembayaran Anda perlu dicek. Hubungi penjual.',
      'order-status.productPrice': 'Harga produk',
      'order-status.productDiscount': 'Diskon produk',
      'order-status.discountCode': 'Diskon kode {code}',
      'order-status.discount': 'Diskon',
      'order-status.shipping': 'Ongkos kirim',
      'order-status.shippingDiscount': 'Diskon ongkos kirim',
      'order-status.otherIncome': 'Biaya lain',
      'order-status.serviceFee': 'Biaya layanan',
      'order-status.paymentLinkIncome': 'Biaya Payment Link',
      'order-status.uniqueCode': 'Kode unik',
      'order-status.total': 'Total',
      'order-status.copy': 'Salin',
      'order-status.copyLabel': 'Salin {label}',
      'order-status.copied': '{label} disalin',
      'order-status.amount': 'Jumlah yang harus dibayar',
      'order-status.exactAmount': 'Transfer tepat sampai 3 digit terakhir agar pembayaran cepat dicek.',
      'order-status.bankTitle': 'Transfer ke salah satu rekening berikut',
      'order-status.accountNumber': 'Nomor rekening',
      'order-status.accountHolder': 'Atas nama',
      'order-status.noAccounts': 'Rekening tujuan belum tersedia. Hubungi penjual untuk instruksi transfer.',
      'order-status.vaTitle': 'Bayar ke Virtual Account {bank}',
      'order-status.vaNumber': 'Nomor Virtual Account',
      'order-status.vaHelp': 'Bayar lewat ATM, m-banking, atau internet banking {bank}. Nomor ini hanya untuk pesanan ini.',
      'order-status.retailTitle': 'Bayar di gerai {name}',
      'order-status.retailNumber': 'No Pembayaran',
      'order-status.retailHelp': 'Tunjukkan nomor pembayaran ini ke kasir.',
      'order-status.qrisTitle': 'Scan QRIS untuk membayar',
      'order-status.qrisHelp': 'Buka aplikasi bank atau e-wallet yang mendukung QRIS, lalu scan kode ini.',
      'order-status.qrisMobileHelp': 'Simpan atau screenshot kode QR ini dulu, lalu buka dari aplikasi pembayaran Anda.',
      'order-status.qrisCode': 'Kode QRIS',
      'order-status.qrisDownload': 'Unduh gambar QR',
      'order-status.qrisMissing': 'Kode QR belum tersedia.',
      'order-status.qrisImage': 'Kode QR QRIS untuk pembayaran',
      'order-status.payWith': 'Bayar dengan {name}',
      'order-status.payNow': 'Lanjutkan pembayaran',
      'order-status.ewalletHelp': 'Anda akan diarahkan ke {name} untuk menyelesaikan pembayaran.',
      'order-status.ewalletScan': 'Atau scan kode ini dengan ponsel Anda',
      'order-status.ovoHelp': 'Buka aplikasi OVO yang terhubung dengan nomor telepon Anda dan selesaikan pembayaran di sana.',
      'order-status.cardHelp': 'Pembayaran kartu diselesaikan di halaman penyedia pembayaran.',
      'order-status.codTitle': 'Bayar di tempat (COD)',
      'order-status.codHelp': 'Siapkan uang tunai {amount} dan bayar kepada kurir saat pesanan tiba.',
      'order-status.payLinkHelp': 'Pilih metode pembayaran di halaman pembayaran.',
      'order-status.waiting': 'Menyiapkan instruksi pembayaran…',
      'order-status.notReady': 'Instruksi pembayaran belum tersedia.',
      'order-status.retryPayment': 'Muat instruksi pembayaran',
      'order-status.deadline': 'Bayar sebelum {date}',
      'order-status.remaining': 'Sisa waktu {time}',
      'order-status.paidNote': 'Pembayaran sudah diterima. Terima kasih!',
      'order-status.checkStatus': 'Cek status pembayaran',
      'order-status.checking': 'Mengecek…',
      'order-status.otherMethod': 'Metode pembayaran: {name}',
    },
  },
  { en: () => import('./payment-instructions.en.js') },
);

/** What the templates need from their host element. */
export interface PaymentInstructionsContext {
  t(key: string, params?: Record<string, unknown>): string;
  money(amount: number | null | undefined): string;
  date(value: string | number | Date | null | undefined, style?: 'date' | 'datetime'): string;
  /** The current time, for countdowns (the host re-renders every second while one shows). */
  now?: number;
  /** Phone-sized layout: e-wallets open as buttons, not QR codes. */
  mobile?: boolean;
  /** Copies text and announces it; default: the clipboard API. */
  copy?(text: string, label: string): void;
  /** A QR code for text, when the QR module has loaded; null until then. */
  qr?(text: string, label: string): SVGTemplateResult | null;
  /** The transfer-proof section (bank transfer), rendered under the accounts. */
  proof?: TemplateResult | typeof nothing;
  /** Gateway data still on its way (the host is polling). */
  waiting?: boolean;
  /** Asks for payment instructions again (`POST …/payment`); offered when they are missing. */
  onRetryPayment?(): void;
  /** Re-reads the order now; offered for methods with a check button. */
  onCheckStatus?(): void;
  checking?: boolean;
}

type Rec = Record<string, unknown>;

function obj(value: unknown): Rec | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null;
}

/** App deep links (`gojek://…`) are allowed, but never script, data or file URLs. */
function safeDeepLink(value: unknown): string | null {
  const raw = text(value);
  if (!raw || !/^[a-z][a-z0-9+.-]*:/i.test(raw)) return null;
  return /^(javascript|data|vbscript|file|blob):/i.test(raw) ? null : raw;
}

/** Display fields derived from `pg_payment_info` the way the hosted page does (GUIDES §5). */
export interface GatewayDetails {
  vaNumber: string | null;
  vaHolder: string | null;
  bankCode: string | null;
  qrString: string | null;
  qrImageUrl: string | null;
  /** E-wallet actions: `url_type` upper-cased (WEB, MOBILE, DEEPLINK, …) and the URL. */
  actions: Array<{ type: string; url: string }>;
  /** A hosted provider page: `invoice_url`, `redirect_url`, `payment_url` inside the payload. */
  providerUrl: string | null;
  deeplinkUrl: string | null;
}

export function readGateway(order: Pick<AnyOrder, 'pg_payment_info'>): GatewayDetails {
  const pg = obj(order.pg_payment_info) ?? {};
  const method = obj(pg['payment_method']);
  const va = obj(obj(method?.['virtual_account'])?.['channel_properties']);
  const otc = obj(obj(method?.['over_the_counter'])?.['channel_properties']);
  const qr = obj(obj(method?.['qr_code'])?.['channel_properties']);
  const actions = (Array.isArray(pg['actions']) ? pg['actions'] : [])
    .map((raw) => obj(raw))
    .map((a) => ({
      type: (text(a?.['url_type']) ?? '').toUpperCase(),
      url: (text(a?.['url_type']) ?? '').toUpperCase() === 'DEEPLINK' ? safeDeepLink(a?.['url']) : safeHttpUrl(a?.['url']),
    }))
    .filter((a): a is { type: string; url: string } => Boolean(a.url));
  return {
    vaNumber:
      text(va?.['virtual_account_number']) ??
      text(otc?.['payment_code']) ??
      text(pg['va_number']) ??
      text(pg['payment_code']) ??
      text(pg['virtual_account_number']),
    vaHolder: text(va?.['customer_name']) ?? text(otc?.['customer_name']) ?? text(pg['va_name']) ?? text(pg['customer_name']),
    bankCode: text(pg['bank_code']) ?? text(obj(method?.['virtual_account'])?.['channel_code']),
    qrString: text(pg['qr_string']) ?? text(qr?.['qr_string']),
    qrImageUrl: safeHttpUrl(pg['qr_image_url']),
    actions,
    providerUrl: safeHttpUrl(pg['invoice_url']) ?? safeHttpUrl(pg['redirect_url']) ?? safeHttpUrl(pg['payment_url']) ?? safeHttpUrl(pg['checkout_url']),
    deeplinkUrl: safeDeepLink(pg['deeplink_url']),
  };
}

/**
 * The page a "pay" button opens: the provider URL inside `pg_payment_info` (e-wallet actions by
 * device per GUIDES §5, `invoice_url`, its own `redirect_url`/`payment_url`, SingaPay deep link),
 * and only when none exists the deprecated order-level `payment_url`.
 */
export function providerPayUrl(order: AnyOrder, mobile = false): string | null {
  const g = readGateway(order);
  const prefer = mobile ? ['WEB', 'DEEPLINK'] : ['MOBILE', 'DEEPLINK'];
  for (const type of prefer) {
    const hit = g.actions.find((a) => a.type === type);
    if (hit) return hit.url;
  }
  return g.actions[0]?.url ?? g.providerUrl ?? (mobile ? g.deeplinkUrl : null) ?? safeHttpUrl(order.payment_url) ?? g.deeplinkUrl;
}

/** True once the gateway data the method needs is there. Manual methods never wait. */
export function hasGatewayData(order: AnyOrder): boolean {
  const kind = paymentKind(order.payment_method);
  const g = readGateway(order);
  switch (kind) {
    case 'va':
    case 'retail':
      return Boolean(g.vaNumber);
    case 'qris':
      return Boolean(g.qrString || g.qrImageUrl);
    case 'ewallet':
    case 'card':
    case 'invoice':
      return Boolean(providerPayUrl(order));
    case 'ovo':
    case 'other':
      return Object.keys(obj(order.pg_payment_info) ?? {}).length > 0;
    default:
      return true;
  }
}

/** GUIDES §5 table: which methods wait for gateway data, refresh every 5 s, and offer a check button. */
export function pollingRules(method: string | null | undefined): { wait: boolean; refresh: boolean; check: boolean } {
  const kind = paymentKind(method);
  return {
    wait: ['va', 'qris', 'ewallet', 'ovo', 'card', 'invoice', 'retail', 'other'].includes(kind),
    refresh: ['bank_transfer', 'qris', 'ewallet', 'card', 'invoice', 'retail'].includes(kind),
    check: ['bank_transfer', 'va', 'qris', 'retail'].includes(kind),
  };
}

function expiresAt(order: AnyOrder): number | null {
  const raw = (order as { payment_expiration_at?: string | null }).payment_expiration_at;
  if (!raw) return null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : at;
}

export function paymentState(order: AnyOrder, now = Date.now()): PaymentState {
  const pay = (order.payment_status ?? '').toLowerCase();
  if (pay === 'paid' || pay === 'settled') return 'paid';
  if (pay === 'conflict') return 'conflict';
  if (['canceled', 'closed', 'rts'].includes((order.status ?? '').toLowerCase())) return 'canceled';
  const deadline = expiresAt(order);
  if (deadline !== null && deadline <= now) return 'expired';
  return 'unpaid';
}

/** Order status in words (`in_process` → "Sedang diproses"); unknown statuses are shown readable. */
export function orderStatusWords(order: AnyOrder, t: PaymentInstructionsContext['t']): string {
  const status = (order.status ?? '').toLowerCase();
  const key = `order-status.status.${status}`;
  const words = t(key);
  return words === key ? status.replace(/_/g, ' ') : words;
}

export function paymentStatusWords(order: AnyOrder, t: PaymentInstructionsContext['t'], now = Date.now()): string {
  return t(`order-status.pay.${paymentState(order, now)}`);
}

function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${h > 0 ? `${pad(h)}:` : ''}${pad(m)}:${pad(s)}`;
}

function copyToClipboard(value: string): void {
  void navigator.clipboard?.writeText(value).catch(() => undefined);
}

function copyRow(ctx: PaymentInstructionsContext, label: string, value: string, extraClass = ''): TemplateResult {
  const copy = () => (ctx.copy ?? copyToClipboard)(value, label);
  return html`<div class="pay-row ${extraClass}" part="copy-row">
    <span class="pay-row__label">${label}</span>
    <span class="pay-row__value"><strong class="mono" part="copy-value">${value}</strong>
      <button type="button" class="copy" part="copy-button" aria-label=${ctx.t('order-status.copyLabel', { label })} @click=${copy}>
        ${ctx.t('order-status.copy')}
      </button></span
    >
  </div>`;
}

/** Plain digits of an amount, as a bank app wants them pasted. */
function amountDigits(amount: number | null): string {
  return amount === null ? '' : String(Math.round(amount));
}

function amountRow(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const total = parseMoney(order.gross_revenue);
  const copy = () => (ctx.copy ?? copyToClipboard)(amountDigits(total), ctx.t('order-status.amount'));
  return html`<div class="pay-row pay-row--amount" part="amount">
    <span class="pay-row__label">${ctx.t('order-status.amount')}</span>
    <span class="pay-row__value"><strong class="amount">${ctx.money(total)}</strong>
      ${total !== null
        ? html`<button type="button" class="copy" part="copy-button" aria-label=${ctx.t('order-status.copyLabel', { label: ctx.t('order-status.amount') })} @click=${copy}>
            ${ctx.t('order-status.copy')}
          </button>`
        : nothing}</span
    >
  </div>`;
}

function deadline(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult | typeof nothing {
  const at = expiresAt(order);
  if (at === null) return nothing;
  const now = ctx.now ?? Date.now();
  return html`<p class="deadline" part="deadline">
    ${ctx.t('order-status.deadline', { date: ctx.date(at, 'datetime') })}
    ${at > now ? html` · <span class="countdown" role="timer" aria-live="off">${ctx.t('order-status.remaining', { time: formatRemaining(at - now) })}</span>` : nothing}
  </p>`;
}

function waitingOrMissing(ctx: PaymentInstructionsContext): TemplateResult {
  if (ctx.waiting) return html`<p class="pay-note" role="status">${ctx.t('order-status.waiting')}</p>`;
  return html`<p class="pay-note">${ctx.t('order-status.notReady')}</p>
    ${ctx.onRetryPayment
      ? html`<button type="button" class="button button--secondary" part="retry-payment" @click=${ctx.onRetryPayment}>
          ${ctx.t('order-status.retryPayment')}
        </button>`
      : nothing}`;
}

function payButton(url: string, label: string): TemplateResult {
  return html`<a class="button" part="pay-button" href=${url} target="_blank" rel="noopener noreferrer">${label}</a>`;
}

function bankTransfer(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const orderNumber = text(order.payment_account_number);
  const accounts: Array<{ bank: string | null; number: string; holder: string | null }> = [];
  if (orderNumber) {
    accounts.push({ bank: null, number: orderNumber, holder: text(order.payment_account_holder) });
  } else {
    for (const raw of order.store?.payment_accounts ?? []) {
      const account = obj(raw);
      const number = text(account?.['account_number']);
      const method = text(account?.['method']);
      if (!number || (method && method !== 'bank_transfer')) continue;
      const entity = obj(account?.['financial_entity']);
      accounts.push({ bank: text(entity?.['name']) ?? text(entity?.['code']), number, holder: text(account?.['account_holder']) });
    }
  }
  const uniqueCode = parseMoney((order as { unique_code_discount?: unknown }).unique_code_discount);
  return html`<section class="pay pay--bank" part="payment-instructions">
    ${amountRow(order, ctx)}
    ${uniqueCode ? html`<p class="pay-note">${ctx.t('order-status.exactAmount')}</p>` : nothing}
    ${deadline(order, ctx)}
    <h3 class="pay__title">${ctx.t('order-status.bankTitle')}</h3>
    ${accounts.length
      ? html`<ul class="accounts" role="list">
          ${accounts.map(
            (a) => html`<li class="account" part="bank-account">
              ${a.bank ? html`<p class="account__bank">${a.bank}</p>` : nothing}
              ${copyRow(ctx, ctx.t('order-status.accountNumber'), a.number)}
              ${a.holder ? html`<p class="account__holder">${ctx.t('order-status.accountHolder')}: ${a.holder}</p>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="pay-note">${ctx.t('order-status.noAccounts')}</p>`}
    ${ctx.proof ?? nothing}
  </section>`;
}

function virtualAccount(order: AnyOrder, ctx: PaymentInstructionsContext, retail: boolean): TemplateResult {
  const g = readGateway(order);
  const code = (order.payment_method ?? '').toLowerCase();
  const bank = retail ? RETAIL[code] ?? code : VA_BANKS[code.slice(3)] ?? g.bankCode ?? code.slice(3).toUpperCase();
  const numberLabel = retail ? ctx.t('order-status.retailNumber') : ctx.t('order-status.vaNumber');
  return html`<section class="pay pay--va" part="payment-instructions">
    <h3 class="pay__title">${retail ? ctx.t('order-status.retailTitle', { name: bank }) : ctx.t('order-status.vaTitle', { bank })}</h3>
    ${amountRow(order, ctx)} ${deadline(order, ctx)}
    ${g.vaNumber
      ? html`${copyRow(ctx, numberLabel, g.vaNumber, 'pay-row--number')}
          ${g.vaHolder ? html`<p class="account__holder">${ctx.t('order-status.accountHolder')}: ${g.vaHolder}</p>` : nothing}
          <p class="pay-note">${retail ? ctx.t('order-status.retailHelp') : ctx.t('order-status.vaHelp', { bank })}</p>`
      : waitingOrMissing(ctx)}
  </section>`;
}

function qris(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const g = readGateway(order);
  const label = ctx.t('order-status.qrisImage');
  const drawn = g.qrString && ctx.qr ? ctx.qr(g.qrString, label) : null;
  let image: TemplateResult | SVGTemplateResult | typeof nothing = nothing;
  if (drawn) image = drawn;
  else if (g.qrImageUrl) image = html`<img class="qr" part="qr" src=${g.qrImageUrl} alt=${label} width="240" height="240" />`;
  return html`<section class="pay pay--qris" part="payment-instructions">
    <h3 class="pay__title">${ctx.t('order-status.qrisTitle')}</h3>
    ${amountRow(order, ctx)} ${deadline(order, ctx)}
    ${g.qrString || g.qrImageUrl
      ? html`<div class="qr-box">${image}</div>
          <p class="pay-note">${ctx.mobile ? ctx.t('order-status.qrisMobileHelp') : ctx.t('order-status.qrisHelp')}</p>
          ${g.qrImageUrl
            ? html`<a class="button button--secondary" part="qr-download" href=${g.qrImageUrl} download="qris.png" target="_blank" rel="noopener noreferrer"
                >${ctx.t('order-status.qrisDownload')}</a
              >`
            : nothing}
          ${!drawn && !g.qrImageUrl && g.qrString ? copyRow(ctx, ctx.t('order-status.qrisCode'), g.qrString, 'pay-row--raw') : nothing}`
      : waitingOrMissing(ctx)}
  </section>`;
}

function ewallet(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const code = (order.payment_method ?? '').toLowerCase();
  const name = EWALLETS[code] ?? paymentMethodName(code);
  const url = providerPayUrl(order, ctx.mobile);
  const qrUrl = !ctx.mobile ? readGateway(order).actions.find((a) => a.type === 'WEB' || a.type === 'MOBILE')?.url ?? null : null;
  const drawn = qrUrl && ctx.qr ? ctx.qr(qrUrl, ctx.t('order-status.ewalletScan')) : null;
  return html`<section class="pay pay--ewallet" part="payment-instructions">
    ${amountRow(order, ctx)} ${deadline(order, ctx)}
    ${url
      ? html`<p class="pay-note">${ctx.t('order-status.ewalletHelp', { name })}</p>
          ${payButton(url, ctx.t('order-status.payWith', { name }))}
          ${drawn ? html`<p class="pay-note">${ctx.t('order-status.ewalletScan')}</p><div class="qr-box">${drawn}</div>` : nothing}`
      : waitingOrMissing(ctx)}
  </section>`;
}

function hosted(order: AnyOrder, ctx: PaymentInstructionsContext, note: string): TemplateResult {
  const url = providerPayUrl(order, ctx.mobile);
  return html`<section class="pay pay--hosted" part="payment-instructions">
    ${amountRow(order, ctx)} ${deadline(order, ctx)}
    ${url ? html`<p class="pay-note">${note}</p>${payButton(url, ctx.t('order-status.payNow'))}` : waitingOrMissing(ctx)}
  </section>`;
}

/**
 * The instructions for paying this order, per method; a short note once it is paid, and the
 * conflict help when the payment has a problem.
 */
export function renderPaymentInstructions(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const state = paymentState(order, ctx.now);
  const kind = paymentKind(order.payment_method);
  if (state === 'paid') return html`<p class="pay-state pay-state--paid" part="paid-note">${ctx.t('order-status.paidNote')}</p>`;
  if (state === 'conflict') {
    return html`<p class="pay-state pay-state--conflict" part="conflict-note" role="alert">${ctx.t('order-status.pay.conflictHelp')}</p>`;
  }
  if (state === 'canceled' || state === 'expired') {
    return html`<p class="pay-state pay-state--closed" part="closed-note">${ctx.t(`order-status.pay.${state}`)}</p>`;
  }
  let body: TemplateResult;
  switch (kind) {
    case 'bank_transfer':
      body = bankTransfer(order, ctx);
      break;
    case 'va':
      body = virtualAccount(order, ctx, false);
      break;
    case 'retail':
      body = virtualAccount(order, ctx, true);
      break;
    case 'qris':
      body = qris(order, ctx);
      break;
    case 'ewallet':
      body = ewallet(order, ctx);
      break;
    case 'ovo':
      body = html`<section class="pay pay--ovo" part="payment-instructions">
        ${amountRow(order, ctx)} ${deadline(order, ctx)}
        <p class="pay-note">${ctx.t('order-status.ovoHelp')}</p>
      </section>`;
      break;
    case 'card':
    case 'invoice':
      body = hosted(order, ctx, ctx.t('order-status.cardHelp'));
      break;
    case 'cod':
      body = html`<section class="pay pay--cod" part="payment-instructions">
        <h3 class="pay__title">${ctx.t('order-status.codTitle')}</h3>
        <p class="pay-note">${ctx.t('order-status.codHelp', { amount: ctx.money(parseMoney(order.gross_revenue)) })}</p>
      </section>`;
      break;
    case 'payment_link': {
      const url = safeHttpUrl((order as { redirect_url?: unknown }).redirect_url) ?? safeHttpUrl(order.public_order_url);
      body = html`<section class="pay pay--paylink" part="payment-instructions">
        ${amountRow(order, ctx)}
        <p class="pay-note">${ctx.t('order-status.payLinkHelp')}</p>
        ${url ? payButton(url, ctx.t('order-status.payNow')) : nothing}
      </section>`;
      break;
    }
    default:
      body = hosted(order, ctx, ctx.t('order-status.otherMethod', { name: paymentMethodName(order.payment_method) }));
  }
  const check = pollingRules(order.payment_method).check && ctx.onCheckStatus;
  return html`${body}
    ${check
      ? html`<button type="button" class="button button--secondary" part="check-status" ?disabled=${ctx.checking} @click=${ctx.onCheckStatus}>
          ${ctx.checking ? ctx.t('order-status.checking') : ctx.t('order-status.checkStatus')}
        </button>`
      : nothing}`;
}

function moneyRow(ctx: PaymentInstructionsContext, label: string, amount: number | null, negative = false): TemplateResult | typeof nothing {
  if (!amount) return nothing;
  return html`<div class="amounts__row">
    <dt>${label}</dt>
    <dd>${negative ? '−' : ''}${ctx.money(Math.abs(amount))}</dd>
  </div>`;
}

/**
 * The order's own figures (they may differ from the last checkout summary, GUIDES §3): products,
 * discounts, shipping, Other Charges under their name, service fee and PayLink charge as separate
 * rows only when non-zero, and `gross_revenue` as the total.
 */
export function renderOrderAmounts(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const o = order as unknown as Rec;
  const m = (key: string) => parseMoney(o[key]);
  const code = text(o['discount_code_code']);
  return html`<dl class="amounts" part="amounts">
    ${moneyRow(ctx, ctx.t('order-status.productPrice'), m('product_price'))}
    ${moneyRow(ctx, ctx.t('order-status.productDiscount'), m('product_discount'), true)}
    ${moneyRow(ctx, code ? ctx.t('order-status.discountCode', { code }) : ctx.t('order-status.discount'), m('discount_code_discount'), true)}
    ${moneyRow(ctx, ctx.t('order-status.shipping'), m('shipping_cost'))}
    ${moneyRow(ctx, ctx.t('order-status.shippingDiscount'), m('shipping_discount'), true)}
    ${moneyRow(ctx, text(o['other_income_name']) ?? ctx.t('order-status.otherIncome'), m('other_income'))}
    ${moneyRow(ctx, ctx.t('order-status.serviceFee'), m('service_fee'))}
    ${moneyRow(ctx, ctx.t('order-status.paymentLinkIncome'), m('payment_link_income'))}
    ${moneyRow(ctx, ctx.t('order-status.uniqueCode'), m('unique_code_discount'), true)}
    <div class="amounts__row amounts__row--total" part="total">
      <dt>${ctx.t('order-status.total')}</dt>
      <dd>${ctx.money(m('gross_revenue'))}</dd>
    </div>
  </dl>`;
}

export const paymentInstructionsStyles = css`
  .pay {
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .pay__title {
    margin: var(--_scalev-space-s) 0 0;
    font-size: 1em;
  }
  .pay-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-xs) var(--_scalev-space-m);
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
  }
  .pay-row__label {
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .pay-row__value {
    display: inline-flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .pay-row--raw .mono {
    font-size: var(--_scalev-font-size-small);
    font-weight: normal;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.04em;
  }
  .amount {
    font-size: var(--_scalev-font-size-large);
  }
  .copy {
    min-height: 2rem;
    padding: 0 var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    cursor: pointer;
    font-size: var(--_scalev-font-size-small);
  }
  .accounts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .account__bank {
    margin: 0 0 var(--_scalev-space-xs);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .account__holder,
  .pay-note,
  .deadline {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .deadline {
    color: var(--_scalev-color-warning);
  }
  .qr-box {
    display: flex;
    justify-content: center;
  }
  .qr {
    width: min(15rem, 100%);
    height: auto;
    aspect-ratio: 1;
    background: #fff;
  }
  .pay-state {
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
  }
  .pay-state--paid {
    color: var(--_scalev-color-success);
  }
  .pay-state--conflict {
    color: var(--_scalev-color-danger);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
    justify-self: start;
  }
  .button--secondary {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .amounts {
    display: grid;
    gap: var(--_scalev-space-xs);
    margin: 0;
  }
  .amounts__row {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-m);
  }
  .amounts__row dt,
  .amounts__row dd {
    margin: 0;
  }
  .amounts__row--total {
    padding-top: var(--_scalev-space-s);
    border-top: 1px solid var(--_scalev-color-border);
    font-weight: var(--_scalev-font-weight-bold);
  }
`;
