/**
 * The payment gateway's data inside an order (`pg_payment_info`), read the way the hosted page
 * reads it (GUIDES §5). Only the instructions of gateway methods need it.
 */
import type { AnyOrder } from './order-facts.js';
import { paymentKind, safeHttpUrl, text } from './payment-names.js';

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
