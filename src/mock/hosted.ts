import type { StorefrontPublicOrder } from '../api/types.js';
import { parseMoney } from './core/money.js';
import type { MockDatabase } from './db.js';

/**
 * What the HTTP server shows outside the API: placeholder images (so the demo works offline), Scalev's
 * hosted order and payment-instructions pages (`redirect_url` lands there), and a simulated gateway
 * page. Deliberately plain; they only need to prove where the buyer was sent.
 */

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function hue(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) % 360;
  return h;
}

/** A warm, labelled SVG placeholder for an image name like `kopi-arabika-gayo-1`. */
export function placeholderSvg(name: string, width: number, height: number): string {
  const w = Math.min(Math.max(16, width || 600), 2000);
  const h = Math.min(Math.max(16, height || 600), 2000);
  const label = name
    .replace(/-\d+$/, '')
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
  const words = label.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 16) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const base = hue(name);
  const size = Math.round(Math.min(w, h) / 11);
  const text = lines
    .slice(0, 4)
    .map((line, i) => `<tspan x="50%" dy="${i === 0 ? 0 : 1.2}em">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(label)}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${base} 55% 88%)"/><stop offset="1" stop-color="hsl(${(base + 40) % 360} 45% 72%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><text x="50%" y="${50 - Math.min(3, lines.length - 1) * 6}%" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${size}" font-weight="600" fill="hsl(${base} 40% 25%)">${text}</text></svg>`;
}

function rupiah(value: unknown): string {
  return `Rp${Math.round(parseMoney(value as string | number | null))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeXml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#2b2118}h1{font-size:1.4rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#6b5b4b}code{font-size:1.1em;background:#f4eee8;padding:.1em .3em;border-radius:4px}button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#8b4513;color:#fff}</style></head><body>${body}</body></html>`;
}

/** Halaman Instruksi Pembayaran (`/o/{slug}/success`) or the order page (`/o/{slug}`). */
export function renderHostedPage(db: MockDatabase, order: StorefrontPublicOrder, success: boolean): string {
  const info = order.pg_payment_info as Record<string, unknown>;
  const va = (info['payment_method'] as Record<string, Record<string, Record<string, unknown>>> | undefined)?.['virtual_account']?.['channel_properties'];
  const otc = (info['payment_method'] as Record<string, Record<string, Record<string, unknown>>> | undefined)?.['over_the_counter']?.['channel_properties'];
  let instructions = '';
  if (order.payment_method === 'bank_transfer') {
    instructions = `<p>Transfer ke salah satu rekening berikut:</p><ul>${db.paymentAccounts
      .map((a) => `<li>${escapeXml(a.financialEntity.name)}: <code>${escapeXml(a.accountNumber)}</code> a.n. ${escapeXml(a.accountHolder)}</li>`)
      .join('')}</ul>`;
  } else if (va) {
    instructions = `<p>Nomor Virtual Account: <code>${escapeXml(String(va['virtual_account_number']))}</code></p>`;
  } else if (otc) {
    instructions = `<p>No Pembayaran Alfamart: <code>${escapeXml(String(otc['payment_code']))}</code></p>`;
  } else if (typeof info['qr_string'] === 'string') {
    instructions = `<p>Scan QRIS (data QR):</p><p><code style="word-break:break-all">${escapeXml(info['qr_string'])}</code></p>`;
  } else if (order.payment_method === 'cod') {
    instructions = '<p>Bayar tunai ke kurir saat paket diterima.</p>';
  }
  const paid = order.payment_status === 'paid';
  const body = `<h1>${success ? (paid ? 'Pembayaran diterima' : 'Instruksi Pembayaran') : 'Detail Pesanan'}</h1>
<dl><dt>Pesanan</dt><dd>#${escapeXml(order.order_id)}</dd><dt>Total</dt><dd><strong>${rupiah(order.gross_revenue)}</strong></dd><dt>Metode</dt><dd>${escapeXml(order.payment_method)}</dd><dt>Status</dt><dd>${escapeXml(order.status)} / ${escapeXml(String(order.payment_status))}</dd></dl>
${paid ? '' : instructions}`;
  return page(`Pesanan #${order.order_id}`, body);
}

/** A stand-in for the gateway's hosted page (e-wallet, card, invoice): one button settles the order. */
export function renderPaymentPage(orderId: string, amount: number, kind: string, action: string): string {
  return page(
    'Simulasi Pembayaran',
    `<h1>Simulasi Pembayaran (${escapeXml(kind)})</h1><p>Pesanan #${escapeXml(orderId)} sebesar <strong>${rupiah(amount)}</strong>.</p><form method="post" action="${escapeXml(action)}"><button type="submit">Bayar sekarang</button></form><p><small>Halaman ini hanya ada di mock API.</small></p>`,
  );
}
