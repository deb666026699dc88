import { aTimeout, expect } from '@open-wc/testing';
import { GAMBIR_LOCATION_ID } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import {
  answerDialog,
  click,
  control,
  disposeSessions,
  mountAccount,
  restoreUrl,
  routeParam,
  submit,
  textOf,
  typeInto,
  urlWith,
  waitForText,
  waitForTitle,
} from './helpers.js';

const ADDRESSES = '/customers/me/addresses';

function picker(el: Element): ShadowRoot {
  const node = shadow(el).querySelector('scalev-location-picker');
  if (!node?.shadowRoot) throw new Error('no location picker');
  return node.shadowRoot;
}

/** Chooses Gambir and one of its postal codes in the shared location picker. */
async function chooseGambir(el: Element, postalCode = '10120'): Promise<void> {
  await until(() => shadow(el).querySelector('scalev-location-picker')?.shadowRoot?.querySelector('input[role="combobox"]'), 'picker ready');
  typeInto(picker(el), 'input[role="combobox"]', 'Gambir');
  await until(() => picker(el).querySelector('[role="option"]'), 'location options', 3000);
  const option = [...picker(el).querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes('Gambir'))!;
  option.click();
  await until(() => picker(el).querySelector('select[name="postal_code"]'), 'postal code choices');
  const select = picker(el).querySelector<HTMLSelectElement>('select[name="postal_code"]')!;
  select.value = postalCode;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<scalev-account> addresses', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  it('lists the saved addresses and passes axe', async () => {
    const { el } = await mountAccount({ url: urlWith('account=addresses') });
    await waitForTitle(el, 'Alamat tersimpan');
    await waitForText(el, 'Budi Santoso (Rumah)');
    expect(textOf(el)).to.include('Budi Santoso (Kantor)');
    expect(textOf(el)).to.include('Cempaka Putih');
    expect(textOf(el)).to.include('10510');
    expect(shadow(el).querySelectorAll('.card')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state with a way to add one', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses'), signIn: false });
    mock.db.addresses.clear();
    await (el as unknown as { storefront: { customer: { login(a: string, b: string): Promise<unknown> } } }).storefront.customer.login(
      'budi@example.com',
      'rahasia123',
    );
    await waitForText(el, 'Belum ada alamat tersimpan.');
    await until(() => el.matches(':state(empty)'), 'empty state');
    expect(control(el, 'Tambah alamat', 'a')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton', async () => {
    const { el, mock } = await mountAccount();
    await waitForTitle(el, 'Profil');
    mock.options.latencyMs = 400;
    click(control(el, 'Alamat', 'nav a'));
    await until(() => shadow(el).querySelector('.skeleton'), 'skeleton');
    await until(() => el.matches(':state(loading)'), 'loading state');
    await expect(el).to.be.accessible();
    mock.options.latencyMs = 0;
    await waitForText(el, 'Budi Santoso (Rumah)');
  });

  it('shows an error with a retry that works', async () => {
    const again = await mountAccount({ url: urlWith('account=addresses'), signIn: false });
    again.mock.faults.add({ path: ADDRESSES, method: 'GET', status: 500, times: Infinity });
    await again.storefront.customer.login('budi@example.com', 'rahasia123');
    await waitForText(again.el, 'Toko sedang mengalami gangguan');
    await expect(again.el).to.be.accessible();
    again.mock.faults.clear();
    click(control(again.el, 'Coba lagi', 'button'));
    await waitForText(again.el, 'Budi Santoso (Rumah)');
  });

  it('adds an address with the shared location picker (200 on create)', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses') });
    await waitForText(el, 'Budi Santoso (Rumah)');
    click(control(el, 'Tambah alamat', 'a'));
    await waitForTitle(el, 'Alamat baru');
    expect(routeParam()).to.equal('addresses/new');
    await until(() => shadow(el).querySelector('scalev-location-picker')?.shadowRoot, 'picker');
    await expect(el).to.be.accessible();

    await submit(shadow(el));
    await waitForText(el, 'Wajib diisi.');
    expect(shadow(el).querySelector('#address-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('#address-phone')!.getAttribute('aria-invalid')).to.equal('true');
    await until(() => (picker(el).textContent ?? '').includes('Pilih lokasi tujuan.'), 'picker asks for a location');
    expect(requestsTo(mock, ADDRESSES, 'POST')).to.have.length(0);

    typeInto(shadow(el), '#address-name', 'Budi (Gudang)');
    typeInto(shadow(el), '#address-phone', '6281299990000');
    typeInto(shadow(el), '#address-address', 'Jl. Medan Merdeka Barat No. 9');
    await chooseGambir(el);
    await submit(shadow(el));
    await waitForTitle(el, 'Alamat tersimpan');
    await waitForText(el, 'Alamat tersimpan.');
    const post = requestsTo(mock, ADDRESSES, 'POST');
    expect(post).to.have.length(1);
    expect(post[0]!.body).to.deep.equal({
      name: 'Budi (Gudang)',
      phone: '6281299990000',
      address: 'Jl. Medan Merdeka Barat No. 9',
      location_id: GAMBIR_LOCATION_ID,
      postal_code: '10120',
    });
    expect(routeParam()).to.equal('addresses');
    expect(shadow(el).querySelector('.card .card__title')!.textContent).to.equal('Budi (Gudang)');
    expect(textOf(el)).to.include('Gambir');
    // The list was updated from the answer, not fetched again.
    expect(requestsTo(mock, ADDRESSES, 'GET')).to.have.length(1);
  });

  it('puts 422 field errors on the fields and on the location picker', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses/new') });
    await waitForTitle(el, 'Alamat baru');
    typeInto(shadow(el), '#address-name', 'Budi');
    typeInto(shadow(el), '#address-phone', '08');
    typeInto(shadow(el), '#address-address', 'Jl. Contoh');
    await chooseGambir(el);
    mock.faults.add({
      path: ADDRESSES,
      method: 'POST',
      status: 422,
      body: { message: 'Invalid', errors: { phone: ['is invalid'], name: ['should be at most 5 character(s)'], location_id: ['is not deliverable'] } },
    });
    await submit(shadow(el));
    // Known phrasings in Indonesian; the picker's unknown one as the API wrote it.
    await waitForText(el, 'Isian ini tidak valid.');
    await waitForText(el, 'Terlalu panjang (maksimal 5 karakter).');
    expect(textOf(el)).to.not.include('is invalid');
    expect(shadow(el).querySelector('#address-phone')!.getAttribute('aria-invalid')).to.equal('true');
    await until(() => (picker(el).textContent ?? '').includes('is not deliverable'), 'location error on the picker');
    expect(routeParam()).to.equal('addresses/new');
    await expect(el).to.be.accessible();
  });

  it('edits an address (PATCH) from the list, and after a reload of the edit URL', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses') });
    await waitForText(el, 'Budi Santoso (Kantor)');
    click(control(el, 'Ubah', 'a'));
    await waitForTitle(el, 'Ubah alamat');
    expect(shadow(el).querySelector<HTMLInputElement>('#address-name')!.value).to.equal('Budi Santoso (Rumah)');
    await until(() => picker(el).querySelector<HTMLInputElement>('input[role="combobox"]')?.value.includes('Cempaka Putih'), 'picker restored');
    typeInto(shadow(el), '#address-notes', '');
    await submit(shadow(el));
    await waitForTitle(el, 'Alamat tersimpan');
    const patch = requestsTo(mock, `${ADDRESSES}/801`, 'PATCH');
    expect(patch).to.have.length(1);
    expect(patch[0]!.body).to.include({ notes: '', name: 'Budi Santoso (Rumah)', location_id: 9089, postal_code: '10510' });
    expect(mock.db.addresses.get(801)!.notes ?? '').to.equal('');

    // A reload on the edit URL reads the address by id (a fresh page: the first session is gone).
    el.remove();
    disposeSessions();
    const again = await mountAccount({ url: urlWith('account=addresses/802') });
    await waitForTitle(again.el, 'Ubah alamat');
    await until(() => shadow(again.el).querySelector<HTMLInputElement>('#address-name')?.value === 'Budi Santoso (Kantor)', 'prefilled');
    expect(requestsTo(again.mock, `${ADDRESSES}/802`, 'GET')).to.have.length(1);
  });

  it('keeps the form and explains a failed edit', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses/801') });
    await until(() => shadow(el).querySelector<HTMLInputElement>('#address-name')?.value === 'Budi Santoso (Rumah)', 'prefilled');
    mock.faults.add({ path: `${ADDRESSES}/801`, method: 'PATCH', kind: 'timeout' });
    (el as unknown as { storefront: { http: { timeoutMs: number } } }).storefront.http.timeoutMs = 300;
    typeInto(shadow(el), '#address-name', 'Rumah Baru');
    await submit(shadow(el));
    await waitForText(el, 'Toko tidak menjawab tepat waktu');
    (el as unknown as { storefront: { http: { timeoutMs: number } } }).storefront.http.timeoutMs = 15000;
    expect(routeParam()).to.equal('addresses/801');
    expect(shadow(el).querySelector<HTMLInputElement>('#address-name')!.value).to.equal('Rumah Baru');
    expect(mock.db.addresses.get(801)!.name).to.equal('Budi Santoso (Rumah)');
  });

  it('says so when the address to edit does not exist', async () => {
    const { el } = await mountAccount({ url: urlWith('account=addresses/999999') });
    await waitForText(el, 'Alamat ini tidak ditemukan');
    await expect(el).to.be.accessible();
  });

  it('deletes only after confirmation (204) and tells the customer', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses') });
    await waitForText(el, 'Budi Santoso (Kantor)');
    click(control(el, 'Hapus', 'button'));
    await answerDialog(el, false);
    await aTimeout(30);
    expect(requestsTo(mock, ADDRESSES, 'DELETE')).to.have.length(0);
    expect(shadow(el).querySelectorAll('.card')).to.have.length(2);

    click(control(el, 'Hapus', 'button'));
    await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog')?.open, 'dialog');
    expect(textOf(el)).to.include('Hapus alamat ini?');
    await expect(el).to.be.accessible();
    await answerDialog(el, true);
    await waitForText(el, 'Alamat dihapus.');
    expect(requestsTo(mock, `${ADDRESSES}/801`, 'DELETE')).to.have.length(1);
    expect(shadow(el).querySelectorAll('.card')).to.have.length(1);
    expect(mock.db.addresses.has(801)).to.equal(false);
  });

  it('keeps the address and explains when deleting fails', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses') });
    await waitForText(el, 'Budi Santoso (Kantor)');
    mock.faults.add({ path: `${ADDRESSES}/801`, method: 'DELETE', kind: 'offline' });
    click(control(el, 'Hapus', 'button'));
    await answerDialog(el, true);
    await waitForText(el, 'Tidak dapat terhubung');
    expect(shadow(el).querySelectorAll('.card')).to.have.length(2);
  });

  it('renders hostile and missing address data as text', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=addresses'), signIn: false });
    const first = mock.db.addresses.get(801)!;
    first.name = '<img src=x onerror="window.__xss=1">';
    first.address = '<script>window.__xss=2</script>'.repeat(5);
    first.locationId = null;
    first.phone = null;
    await (el as unknown as { storefront: { customer: { login(a: string, b: string): Promise<unknown> } } }).storefront.customer.login(
      'budi@example.com',
      'rahasia123',
    );
    await waitForText(el, '<img src=x');
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    await aTimeout(20);
    expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
