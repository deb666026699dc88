import { aTimeout, expect } from '@open-wc/testing';
import { DEMO_ORDER_SLUGS, SECOND_CUSTOMER } from '../../../src/mock/index.js';
import type { MockScalev } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import {
  click,
  control,
  disposeSessions,
  mountAccount,
  restoreUrl,
  routeParam,
  textOf,
  urlWith,
  waitForText,
  waitForTitle,
} from './helpers.js';

const ORDERS = '/customers/me/orders';
const PAYMENT = /\/public\/orders\/[^/]+\/payment$/;

function orderId(mock: MockScalev, slug: string): string {
  return mock.db.orders.get(slug)!.id;
}

/** The pending virtual-account order's detail while its gateway data is still missing. */
async function openVaWithoutInstructions() {
  const probe = await mountAccount({ signIn: false });
  const record = probe.mock.db.orders.get(DEMO_ORDER_SLUGS.virtualAccountPending)!;
  record.gatewayReadsRemaining = 1000;
  probe.el.remove();
  const mounted = await mountAccount({ url: urlWith(`account=orders/${record.id}`), mock: probe.mock, keepStorage: true });
  await until(() => shadow(mounted.el).querySelector('[part="retry-payment"]'), 'asking for the instructions offered');
  const va = (record.pgPaymentInfo['payment_method'] as { virtual_account: { channel_properties: { virtual_account_number: string } } })
    .virtual_account.channel_properties.virtual_account_number;
  return { ...mounted, record, va };
}

describe('<scalev-account> orders', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  it('lists orders with status words, and loads more with the cursor', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=orders') });
    await waitForTitle(el, 'Pesanan saya');
    await until(() => shadow(el).querySelectorAll('.card').length === 10, 'first page of 10');
    expect(textOf(el)).to.include('Menunggu pembayaran');
    expect(textOf(el)).to.include('Belum dibayar');
    expect(textOf(el)).to.include('Lunas');
    await expect(el).to.be.accessible();
    click(control(el, 'Muat pesanan lainnya', 'button'));
    await until(() => shadow(el).querySelectorAll('.card').length === 20, 'second page appended');
    const requests = requestsTo(mock, ORDERS, 'GET');
    expect(requests).to.have.length(2);
    expect(new URL(requests[1]!.url).searchParams.get('next_cursor')).to.be.a('string').and.not.equal('');
    click(control(el, 'Muat pesanan lainnya', 'button'));
    await until(() => shadow(el).querySelectorAll('.card').length === 30, 'third page');
    click(control(el, 'Muat pesanan lainnya', 'button'));
    await until(() => shadow(el).querySelectorAll('.card').length === 32, 'all 32 orders');
    expect(() => control(el, 'Muat pesanan lainnya', 'button')).to.throw();
  });

  it('continues keyboard focus at the first new order after "load more", also when the button goes with the last page', async () => {
    const { el } = await mountAccount({ url: urlWith('account=orders') });
    await until(() => shadow(el).querySelectorAll('.card').length === 10, 'first page of 10');
    const cardLink = (n: number) => shadow(el).querySelector(`.list > li:nth-child(${n}) a[href]`);
    const focused = () => shadow(el).activeElement;
    for (const [before, after] of [[10, 20], [20, 30], [30, 32]] as const) {
      const more = control(el, 'Muat pesanan lainnya', 'button');
      more.focus();
      click(more);
      await until(() => shadow(el).querySelectorAll('.card').length === after, `${after} orders`);
      await until(() => focused() !== null && focused() === cardLink(before + 1), `focus on order ${before + 1} (now ${focused()?.tagName ?? document.activeElement?.tagName})`);
    }
  });

  it('keeps the list when "load more" fails, and retries', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=orders') });
    await until(() => shadow(el).querySelectorAll('.card').length === 10, 'first page');
    mock.faults.add({ path: ORDERS, method: 'GET', status: 429, body: 'Too many requests', contentType: 'text/plain', times: 3 });
    click(control(el, 'Muat pesanan lainnya', 'button'));
    await waitForText(el, 'Terlalu banyak permintaan');
    expect(shadow(el).querySelectorAll('.card')).to.have.length(10);
    mock.faults.clear();
    click(control(el, 'Coba lagi', 'button'));
    await until(() => shadow(el).querySelectorAll('.card').length === 20, 'retried');
  });

  it('shows an empty state for a customer without orders', async () => {
    const { el } = await mountAccount({ url: urlWith('account=orders'), email: SECOND_CUSTOMER.email, password: SECOND_CUSTOMER.password });
    await waitForText(el, 'Belum ada pesanan.');
    await until(() => el.matches(':state(empty)'), 'empty state');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that works (500, malformed, offline)', async () => {
    for (const fault of [{ status: 500 }, { kind: 'malformed' as const }, { kind: 'offline' as const }]) {
      const { el, mock, storefront } = await mountAccount({ url: urlWith('account=orders'), signIn: false });
      mock.faults.add({ path: ORDERS, method: 'GET', times: Infinity, ...fault });
      await storefront.customer.login('budi@example.com', 'rahasia123');
      await until(() => shadow(el).querySelector('[role="alert"]'), `error for ${JSON.stringify(fault)}`);
      await until(() => el.matches(':state(error)'), 'error state');
      await expect(el).to.be.accessible();
      mock.faults.clear();
      click(control(el, 'Coba lagi', 'button'));
      await until(() => shadow(el).querySelectorAll('.card').length === 10, 'retry works');
      el.remove();
      disposeSessions();
    }
  });

  it('opens a pending bank-transfer order: status, lines, amounts and payment instructions', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=orders') });
    await until(() => shadow(el).querySelector('.card a'), 'order links');
    const id = orderId(mock, DEMO_ORDER_SLUGS.bankTransferPending);
    const link = shadow(el).querySelector<HTMLAnchorElement>(`.card a[href*="${id}"]`)!;
    click(link);
    await until(() => routeParam() === `orders/${id}`, 'detail route');
    await waitForText(el, 'Rincian biaya');
    const order = mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!;
    expect(viewTitle()).to.equal(`Pesanan ${order.orderId}`);
    expect(requestsTo(mock, `${ORDERS}/${id}`, 'GET')).to.have.length(1);
    expect(textOf(el)).to.include('Menunggu pembayaran');
    expect(textOf(el)).to.include('Transfer ke salah satu rekening berikut');
    expect(textOf(el)).to.include('Total');
    expect(textOf(el)).to.include('Ongkos kirim');
    // Rows for zero amounts are left out.
    expect(textOf(el)).not.to.include('Biaya layanan');
    await expect(el).to.be.accessible();

    function viewTitle() {
      return shadow(el).querySelector('[data-view-heading]')!.textContent!.trim();
    }
  });

  it('"Cek status pembayaran" on an unpaid order says the payment has not arrived yet', async () => {
    const probe = await mountAccount({ signIn: false });
    const id = orderId(probe.mock, DEMO_ORDER_SLUGS.virtualAccountPending);
    probe.el.remove();
    const { el, mock } = await mountAccount({ url: urlWith(`account=orders/${id}`), mock: probe.mock, keepStorage: true });
    await until(() => shadow(el).querySelector('[part="check-status"]'), 'check button');
    const reads = requestsTo(mock, `${ORDERS}/${id}`, 'GET').length;
    click(shadow(el).querySelector<HTMLButtonElement>('[part="check-status"]')!);
    await until(() => shadow(el).querySelector('[part="check-note"]'), 'still-unpaid note');
    expect(requestsTo(mock, `${ORDERS}/${id}`, 'GET').length).to.equal(reads + 1);
    expect(shadow(el).querySelector('[part="check-note"]')!.textContent!.trim()).to.equal('Pembayaran belum kami terima. Cek lagi setelah Anda membayar.');
    await expect(el).to.be.accessible();
  });

  it('shows the tracking number of a shipped order with a copy button', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    try {
      const probe = await mountAccount({ signIn: false });
      const id = orderId(probe.mock, DEMO_ORDER_SLUGS.shipped);
      probe.el.remove();
      disposeSessions();
      const { el } = await mountAccount({ url: urlWith(`account=orders/${id}`) });
      await waitForText(el, 'JP4810293847');
      expect(textOf(el)).to.include('Dikirim');
      click(control(el, 'Salin', 'button[aria-label="Salin nomor resi"]'));
      await waitForText(el, 'Nomor resi disalin.');
      expect(copied).to.deep.equal(['JP4810293847']);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows a failed order detail with a retry that works', async () => {
    const probe = await mountAccount({ signIn: false });
    const id = orderId(probe.mock, DEMO_ORDER_SLUGS.cod);
    probe.mock.faults.add({ path: `${ORDERS}/${id}`, method: 'GET', status: 502, times: Infinity });
    probe.el.remove();
    const { el, mock } = await mountAccount({ url: urlWith(`account=orders/${id}`), mock: probe.mock, keepStorage: true });
    await waitForText(el, 'Toko sedang mengalami gangguan');
    await until(() => el.matches(':state(error)'), 'error state');
    await expect(el).to.be.accessible();
    mock.faults.clear();
    click(control(el, 'Coba lagi', 'button'));
    await waitForText(el, 'Bayar di tempat (COD)');
  });

  it('asks for missing payment instructions (POST …/payment) and shows them', async () => {
    const { el, mock, record, va } = await openVaWithoutInstructions();
    expect(textOf(el)).not.to.include(va);
    record.gatewayReadsRemaining = 0;
    click(shadow(el).querySelector<HTMLButtonElement>('[part="retry-payment"]')!);
    await waitForText(el, va);
    expect(requestsTo(mock, PAYMENT, 'POST')).to.have.length(1);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  for (const [name, fault, words] of [
    ['500', { status: 500 }, 'Toko sedang mengalami gangguan'],
    ['429 as plain text', { status: 429, body: 'Too many requests', contentType: 'text/plain' }, 'Terlalu banyak permintaan'],
    ['timeout', { kind: 'timeout' }, 'Toko tidak menjawab tepat waktu'],
    ['offline', { kind: 'offline' }, 'Tidak dapat terhubung ke toko'],
    ['malformed JSON', { kind: 'malformed' }, 'Jawaban toko tidak dapat dibaca'],
  ] as const) {
    it(`says why asking for payment instructions failed (${name}), keeps the order, and its retry brings them`, async function () {
      this.timeout(15_000);
      const { el, mock, storefront, record, va } = await openVaWithoutInstructions();
      const http = storefront.http as unknown as { timeoutMs: number };
      const timeoutMs = http.timeoutMs;
      if (name === 'timeout') http.timeoutMs = 300;
      try {
        mock.faults.add({ path: PAYMENT, method: 'POST', times: Infinity, ...(fault as object) });
        const reads = requestsTo(mock, `${ORDERS}/${record.id}`, 'GET').length;
        click(shadow(el).querySelector<HTMLButtonElement>('[part="retry-payment"]')!);
        await until(() => shadow(el).querySelector('[part="payment-instructions"] [role="alert"]'), 'payment error shown', 8000);
        const alert = shadow(el).querySelector('[part="payment-instructions"] [role="alert"]')!;
        expect(alert.textContent).to.include(words);
        // Nothing lost: the order stays on screen around the message.
        expect(textOf(el)).to.include('Rincian biaya');
        expect(textOf(el)).to.include('Virtual Account BCA');
        await expect(el).to.be.accessible();
        // The alert's retry is the way on: no re-reads of the order behind it.
        await aTimeout(300);
        expect(requestsTo(mock, `${ORDERS}/${record.id}`, 'GET'), 'no re-reads after the failure').to.have.length(reads);
        mock.faults.clear();
        http.timeoutMs = timeoutMs;
        record.gatewayReadsRemaining = 0;
        click(alert.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
        await waitForText(el, va);
        expect(shadow(el).querySelector('[role="alert"]'), 'the message goes once the instructions are in').to.equal(null);
        expect(requestsTo(mock, PAYMENT, 'POST').length).to.be.greaterThan(1);
      } finally {
        http.timeoutMs = timeoutMs;
      }
    });
  }

  it('says when an order is not in the account (404)', async () => {
    const { el } = await mountAccount({ url: urlWith('account=orders/0190aaaa-0000-7000-8000-000000000000') });
    await waitForText(el, 'Pesanan ini tidak ditemukan di akun Anda.');
    await expect(el).to.be.accessible();
    click(control(el, 'Kembali ke daftar pesanan', 'a'));
    await waitForTitle(el, 'Pesanan saya');
  });

  it('shows Other Charges only when non-zero, and reads money from strings or numbers', async () => {
    const probe = await mountAccount({ signIn: false });
    const record = probe.mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!;
    record.otherIncome = 6500;
    record.otherIncomeName = 'Biaya Penanganan';
    const id = record.id;
    const { el } = await mountAccount({ url: urlWith(`account=orders/${id}`), mock: probe.mock, keepStorage: true });
    await waitForText(el, 'Biaya Penanganan');
    expect(textOf(el)).to.match(/Biaya Penanganan\s*Rp\s?6\.500/);
  });

  it('renders hostile and broken order data without running it', async () => {
    const probe = await mountAccount({ signIn: false });
    const id = orderId(probe.mock, DEMO_ORDER_SLUGS.bankTransferPending);
    const real = await probe.storefront.customer.login('budi@example.com', 'rahasia123').then(() =>
      probe.storefront.http.request<Record<string, unknown>>({ family: 'customer', path: `${ORDERS}/${id}` }),
    );
    const hostile = {
      ...real,
      order_id: '<img src=x onerror="window.__xss=1">',
      notes: '<script>window.__xss=2</script>',
      gross_revenue: 'bukan angka',
      product_price: 125000,
      orderlines: [
        { product_name: '<img src=x onerror="window.__xss=3">', quantity: 'dua', variant_price: null, product_price: '99000.00' },
        { product_name: null, quantity: 1, variant_price: '10000', is_lms_enabled: true },
      ],
      destination_address: null,
      courier_service: null,
      pg_payment_info: null,
    };
    probe.mock.faults.add({ path: `${ORDERS}/${id}`, method: 'GET', status: 200, body: hostile, times: Infinity });
    probe.el.remove();
    const { el } = await mountAccount({ url: urlWith(`account=orders/${id}`), mock: probe.mock, keepStorage: true, signIn: false });
    await waitForText(el, 'Rincian biaya');
    expect(textOf(el)).to.include('<img src=x');
    expect(textOf(el)).to.include('<script>');
    expect(textOf(el)).to.include('Buka kelas');
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    await aTimeout(20);
    expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
