import { html } from 'lit';
import { DEMO_ORDER_SLUGS, type MockOptions, type MockScalev } from '../src/mock/index.js';
import '../src/elements/order-status/define.js';
import { inMockStore } from './support/mock-store.js';

interface OrderStatusArgs {
  secretSlug: string;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

function story(options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => string | void } = {}) {
  return (args: OrderStatusArgs) => {
    const el = document.createElement('scalev-order-status');
    el.setAttribute('locale', args.locale);
    if (args.theme) el.setAttribute('theme', args.theme);
    return inMockStore(html`<div style="max-width:40rem;margin:auto;padding:1rem">${el}</div>`, {
      mockOptions: options.mockOptions,
      locale: args.locale,
      theme: args.theme,
      setup: (mock) => {
        const placed = options.setup?.(mock);
        el.setAttribute('secret-slug', placed || args.secretSlug);
      },
    });
  };
}

/** Places an order straight in the mock for a method the seed has no pending order of. */
function pendingOrder(method: string, extra: (order: Record<string, unknown>) => void = () => {}) {
  return (mock: MockScalev): string => {
    const template = mock.db.orders.get(DEMO_ORDER_SLUGS.virtualAccountPending)!;
    const slug = `story${method.replace(/_/g, '')}`;
    const order = structuredClone(template);
    order.secretSlug = slug;
    order.paymentMethod = method;
    extra(order as unknown as Record<string, unknown>);
    mock.db.orders.set(slug, order);
    return slug;
  };
}

export default {
  title: 'Elements/Order status',
  component: 'scalev-order-status',
  render: story(),
  args: { secretSlug: DEMO_ORDER_SLUGS.bankTransferPending, locale: 'id', theme: '' } satisfies OrderStatusArgs,
  argTypes: {
    secretSlug: { control: 'text', name: 'secret-slug', description: 'The order; empty reads `?order=` from the URL.' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** Bank transfer awaiting payment: accounts, exact amount with copy, transfer-proof upload, WhatsApp. */
export const BankTransfer = {};

export const VirtualAccount = { args: { secretSlug: DEMO_ORDER_SLUGS.virtualAccountPending } };

export const Qris = {
  render: story({
    setup: pendingOrder('qris', (o) => {
      o['pgPaymentInfo'] = { qr_string: '00020101021226670016ID.CO.XENDIT.WWW0118936008153000012345021512345678901234503UMI5204581253033605405890005802ID5914TOKO NUSANTARA6013JAKARTA PUSAT61051051063041A2B' };
    }),
  }),
};

export const EWallet = {
  render: story({
    setup: pendingOrder('gopay', (o) => {
      o['pgPaymentInfo'] = {
        actions: [
          { url_type: 'WEB', url: 'https://example.com/pay/gopay' },
          { url_type: 'DEEPLINK', url: 'gojek://gopay/merchanttransfer?tref=1' },
        ],
      };
    }),
  }),
};

export const Card = { render: story({ setup: pendingOrder('card', (o) => (o['pgPaymentInfo'] = { redirect_url: 'https://example.com/3ds' })) }) };

export const Alfamart = {
  render: story({
    setup: pendingOrder('alfamart', (o) => (o['pgPaymentInfo'] = { payment_method: { over_the_counter: { channel_properties: { payment_code: 'TKNUS8812', customer_name: 'SARI DEWI' } } } })),
  }),
};

export const CashOnDelivery = { args: { secretSlug: DEMO_ORDER_SLUGS.cod } };

export const Paid = { args: { secretSlug: DEMO_ORDER_SLUGS.qrisPaid } };

export const Canceled = { args: { secretSlug: DEMO_ORDER_SLUGS.expired } };

/** Gateway data not there yet: "Menyiapkan instruksi…" while the order is re-read. */
export const WaitingForGateway = { render: story({ mockOptions: { gatewayPendingReads: 8 }, setup: pendingOrder('qris', (o) => (o['gatewayReadsRemaining'] = 8)) }) };

export const Loading = { render: story({ mockOptions: { latencyMs: 100000 } }) };

export const NotFound = { args: { secretSlug: 'tidak-ada' } };

export const LoadError = {
  render: story({ setup: (mock) => mock.faults.add({ method: 'GET', path: '/public/orders/*', status: 500, times: 1 }) }),
};

/** Markup in names, a long product name, numbers as money. */
export const OddData = {
  render: story({
    setup: (mock) => {
      const order = mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!;
      order.lines[0]!.productName = `<img src=x onerror=alert(1)> ${'Kopi Gayo Edisi Terbatas '.repeat(4)}`;
      order.otherIncomeName = '<b>Biaya</b>';
      order.moneyAsNumbers = true;
    },
  }),
};
