import { aTimeout, expect } from '@open-wc/testing';
import { DEMO_SUBSCRIPTION_IDS, DEMO_SUBSCRIPTION_ITEM_IDS, SECOND_CUSTOMER } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import {
  answerDialog,
  click,
  control,
  disposeSessions,
  mountAccount,
  restoreUrl,
  textOf,
  urlWith,
  waitForText,
  waitForTitle,
} from './helpers.js';

const SUBS = '/customers/me/subscriptions';
const ITEMS = '/customers/me/subscription-items';

function buttons(el: Element): string[] {
  return [...shadow(el).querySelectorAll('button')].map((b) => (b.textContent ?? '').trim());
}

describe('<scalev-account> subscriptions', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  it('lists subscriptions with status and renewal or end dates', async () => {
    const { el } = await mountAccount({ url: urlWith('account=subscriptions') });
    await waitForTitle(el, 'Langganan saya');
    await until(() => shadow(el).querySelectorAll('.card').length === 3, 'three subscriptions');
    expect(textOf(el)).to.include('Aktif');
    expect(textOf(el)).to.include('Diperpanjang');
    expect(textOf(el)).to.include('Berhenti pada');
    expect(textOf(el)).to.include('Berhenti');
    expect(textOf(el)).to.include('250310KOPIPRO');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state and an error with retry', async () => {
    const empty = await mountAccount({ url: urlWith('account=subscriptions'), email: SECOND_CUSTOMER.email, password: SECOND_CUSTOMER.password });
    await waitForText(empty.el, 'Anda belum punya langganan.');
    await expect(empty.el).to.be.accessible();
    empty.el.remove();
    disposeSessions();

    const { el, mock, storefront } = await mountAccount({ url: urlWith('account=subscriptions'), signIn: false });
    mock.faults.add({ path: SUBS, method: 'GET', status: 503, times: Infinity });
    await storefront.customer.login('budi@example.com', 'rahasia123');
    await waitForText(el, 'Toko sedang mengalami gangguan');
    await expect(el).to.be.accessible();
    mock.faults.clear();
    click(control(el, 'Coba lagi', 'button'));
    await until(() => shadow(el).querySelectorAll('.card').length === 3, 'retry works');
  });

  it('says the renewal invoice status in the shopper\'s language, not the API\'s word', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Tagihan perpanjangan terakhir');
    expect(textOf(el)).to.include('· terjadwal');
    expect(textOf(el)).not.to.include('scheduled');
    el.setAttribute('locale', 'en');
    await waitForText(el, 'Latest renewal invoice');
    await waitForText(el, '· scheduled');
    expect(textOf(el)).not.to.match(/account\.subs\./);
  });

  it('cancels an active subscription only after confirmation, then offers resume', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Isi langganan');
    expect(buttons(el)).to.include('Hentikan langganan');
    expect(buttons(el)).not.to.include('Lanjutkan langganan');
    await expect(el).to.be.accessible();

    click(control(el, 'Hentikan langganan', 'button'));
    await answerDialog(el, false);
    await aTimeout(30);
    expect(requestsTo(mock, `${SUBS}/${DEMO_SUBSCRIPTION_IDS.active}/cancel`)).to.have.length(0);

    click(control(el, 'Hentikan langganan', 'button'));
    await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog')?.open, 'dialog');
    expect(textOf(el)).to.include('Langganan tetap aktif sampai');
    await expect(el).to.be.accessible();
    await answerDialog(el, true);
    await waitForText(el, 'Langganan akan berhenti di akhir periode ini.');
    expect(requestsTo(mock, `${SUBS}/${DEMO_SUBSCRIPTION_IDS.active}/cancel`, 'POST')).to.have.length(1);
    expect(buttons(el)).to.include('Lanjutkan langganan');
    expect(buttons(el)).not.to.include('Hentikan langganan');
    expect(mock.db.subscriptions.get(DEMO_SUBSCRIPTION_IDS.active)!.isCancelAtPeriodEnd).to.equal(true);

    click(control(el, 'Lanjutkan langganan', 'button'));
    await waitForText(el, 'Langganan dilanjutkan.');
    expect(requestsTo(mock, `${SUBS}/${DEMO_SUBSCRIPTION_IDS.active}/resume`, 'POST')).to.have.length(1);
    expect(buttons(el)).to.include('Hentikan langganan');
  });

  it('keeps focus in the subscription after cancel and resume (their buttons swap), not on the page', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Isi langganan');
    const heading = () => shadow(el).querySelector('[data-view-heading]');
    const focused = () => shadow(el).activeElement ?? document.activeElement;

    const cancel = control(el, 'Hentikan langganan', 'button');
    cancel.focus();
    click(cancel);
    await answerDialog(el, true);
    await waitForText(el, 'Langganan akan berhenti di akhir periode ini.');
    await until(() => focused() === heading(), `focus on the heading after cancel (now ${focused()?.tagName})`);

    const resume = control(el, 'Lanjutkan langganan', 'button');
    resume.focus();
    click(resume);
    await waitForText(el, 'Langganan dilanjutkan.');
    await until(() => focused() === heading(), `focus on the heading after resume (now ${focused()?.tagName})`);
  });

  it('keeps the subscription as it was and explains a failed cancel or resume', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Isi langganan');
    mock.faults.add({ path: `${SUBS}/${DEMO_SUBSCRIPTION_IDS.active}/cancel`, method: 'POST', status: 500 });
    click(control(el, 'Hentikan langganan', 'button'));
    await answerDialog(el, true);
    await waitForText(el, 'Toko sedang mengalami gangguan');
    expect(buttons(el)).to.include('Hentikan langganan');
    expect(mock.db.subscriptions.get(DEMO_SUBSCRIPTION_IDS.active)!.isCancelAtPeriodEnd).to.equal(false);
    await expect(el).to.be.accessible();
    el.remove();
    disposeSessions();

    const ending = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd}`) });
    await waitForText(ending.el, 'Isi langganan');
    ending.mock.faults.add({ path: `${SUBS}/${DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd}/resume`, method: 'POST', status: 429, body: 'Too many requests', contentType: 'text/plain' });
    click(control(ending.el, 'Lanjutkan langganan', 'button'));
    await waitForText(ending.el, 'Terlalu banyak permintaan');
    expect(buttons(ending.el)).to.include('Lanjutkan langganan');
  });

  it('offers resume (not cancel, not plan changes) for a subscription ending at period end', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd}`) });
    await waitForText(el, 'Isi langganan');
    expect(buttons(el)).to.include('Lanjutkan langganan');
    expect(buttons(el)).not.to.include('Hentikan langganan');
    expect(buttons(el)).not.to.include('Ganti paket');
  });

  it('offers no action for a cancelled subscription', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.canceled}`) });
    await waitForText(el, 'Isi langganan');
    expect(buttons(el).filter((b) => /Hentikan|Lanjutkan|Ganti paket/.test(b))).to.deep.equal([]);
  });

  it('lists upgrade and downgrade options per item and switches with { variant_id } after confirmation', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Isi langganan');
    const toggle = control(el, 'Ganti paket', 'button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    click(toggle);
    await waitForText(el, 'Naik paket');
    await waitForText(el, 'Turun paket');
    const item = DEMO_SUBSCRIPTION_ITEM_IDS.active;
    expect(requestsTo(mock, `${ITEMS}/${item}/upgrade`, 'GET')).to.have.length(1);
    expect(requestsTo(mock, `${ITEMS}/${item}/downgrade`, 'GET')).to.have.length(1);
    expect(textOf(el)).to.include('Premium');
    expect(textOf(el)).to.include('Basic');
    await expect(el).to.be.accessible();

    const upgrade = shadow(el).querySelector<HTMLButtonElement>('button[aria-label*="Premium"]')!;
    click(upgrade);
    await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog')?.open, 'dialog');
    expect(textOf(el)).to.include('Harga baru');
    await answerDialog(el, true);
    await waitForText(el, 'Paket diganti ke');
    const post = requestsTo(mock, `${ITEMS}/${item}/upgrade`, 'POST');
    expect(post).to.have.length(1);
    expect(post[0]!.body).to.deep.equal({ variant_id: 494608 });
    await expect(el).to.be.accessible();
  });

  it('explains a rejected plan change and shows options that failed to load with a retry', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`) });
    await waitForText(el, 'Isi langganan');
    const item = DEMO_SUBSCRIPTION_ITEM_IDS.active;
    mock.faults.add({ path: `${ITEMS}/${item}/downgrade`, method: 'GET', kind: 'offline' });
    click(control(el, 'Ganti paket', 'button'));
    await waitForText(el, 'Tidak dapat terhubung');
    click(control(el, 'Coba lagi', 'button'));
    await waitForText(el, 'Turun paket');
    mock.faults.add({
      path: `${ITEMS}/${item}/downgrade`,
      method: 'POST',
      status: 400,
      body: { error: 'The variant is not an downgrade option', errors: { variant_id: ['is not an available option'] } },
    });
    click(shadow(el).querySelector<HTMLButtonElement>('button[aria-label*="Basic"]')!);
    await answerDialog(el, true);
    await waitForText(el, 'The variant is not an downgrade option');
    await expect(el).to.be.accessible();
  });

  it('shows a pending change of an item', async () => {
    const probe = await mountAccount({ signIn: false });
    const record = probe.mock.db.subscriptions.get(DEMO_SUBSCRIPTION_IDS.active)!;
    record.items[0]!.pendingAction = {
      id: '00000000-0000-4000-8000-000000000001',
      action_type: 'downgrade',
      execution_type: 'at_period_end',
      status: 'scheduled',
    };
    const { el } = await mountAccount({
      url: urlWith(`account=subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`),
      mock: probe.mock,
      keepStorage: true,
    });
    await waitForText(el, 'Perubahan tertunda: turun paket (di akhir periode)');
  });

  it('says when a subscription is not in the account (404)', async () => {
    const { el } = await mountAccount({ url: urlWith('account=subscriptions/00000000-0000-4000-8000-00000000dead') });
    await waitForText(el, 'Langganan ini tidak ditemukan di akun Anda.');
    await expect(el).to.be.accessible();
  });
});
