import { aTimeout, expect } from '@open-wc/testing';
import { COURSE_VARIANT_ID, EXPIRED_COURSE_VARIANT_ID, SECOND_CUSTOMER } from '../../../src/mock/index.js';
import { stableUuid } from '../../../src/mock/core/ids.js';
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
  viewTitle,
  waitForText,
  waitForTitle,
} from './helpers.js';

const COURSE = stableUuid(`variant:${COURSE_VARIANT_ID}`);
const EXPIRED = stableUuid(`variant:${EXPIRED_COURSE_VARIANT_ID}`);
const content = (key: string) => stableUuid(`course-content:${key}`);

describe('<scalev-account> courses', () => {
  const errors: Event[] = [];
  const onError = (event: Event) => errors.push(event);
  beforeEach(() => {
    errors.length = 0;
    document.addEventListener('scalev-error', onError);
  });
  afterEach(() => {
    document.removeEventListener('scalev-error', onError);
    restoreUrl();
    disposeSessions();
    delete (window as unknown as Record<string, unknown>)['__courseScriptRan'];
  });

  it('finds the courses bought in orders and links each to its variant uuid', async () => {
    const { el, mock } = await mountAccount({ url: urlWith('account=courses') });
    await waitForTitle(el, 'Kelas saya');
    await waitForText(el, 'Kelas Online: Fotografi Produk dengan HP');
    expect(textOf(el)).to.include('Kelas Online: Copywriting Jualan');
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.card a')].map((a) => a.getAttribute('href'));
    expect(links.some((href) => href!.includes(`courses/${COURSE}`))).to.equal(true);
    expect(links.some((href) => href!.includes(`courses/${EXPIRED}`))).to.equal(true);
    // The orders were walked to the last page (the expired course was bought a year ago).
    expect(requestsTo(mock, '/customers/me/orders', 'GET').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state for a customer without courses, and an error with retry', async () => {
    const empty = await mountAccount({ url: urlWith('account=courses'), email: SECOND_CUSTOMER.email, password: SECOND_CUSTOMER.password });
    await waitForText(empty.el, 'Anda belum membeli kelas online.');
    await expect(empty.el).to.be.accessible();
    empty.el.remove();
    disposeSessions();

    const { el, mock, storefront } = await mountAccount({ url: urlWith('account=courses'), signIn: false });
    mock.faults.add({ path: '/customers/me/orders', method: 'GET', kind: 'timeout', times: Infinity });
    (storefront.http as unknown as { timeoutMs: number }).timeoutMs = 300;
    await storefront.customer.login('budi@example.com', 'rahasia123');
    await waitForText(el, 'Toko tidak menjawab tepat waktu');
    mock.faults.clear();
    (storefront.http as unknown as { timeoutMs: number }).timeoutMs = 15000;
    click(control(el, 'Coba lagi', 'button'));
    await waitForText(el, 'Kelas Online: Fotografi Produk dengan HP');
  });

  it('opens a course: sections in order, hidden lessons left out, progress, axe', async () => {
    const { el } = await mountAccount({ url: urlWith('account=courses') });
    await until(() => shadow(el).querySelector(`.card a[href*="${COURSE}"]`), 'course link');
    click(shadow(el).querySelector<HTMLAnchorElement>(`.card a[href*="${COURSE}"]`)!);
    await waitForTitle(el, 'Kelas Online: Fotografi Produk dengan HP');
    expect(routeParam()).to.equal(`courses/${COURSE}`);
    const sections = [...shadow(el).querySelectorAll('.section-title')].map((h) => h.textContent!.trim());
    expect(sections).to.deep.equal(['Pengenalan', 'Teknik Dasar', 'Editing & Publikasi']);
    expect(textOf(el)).not.to.include('Bonus: Checklist');
    expect(textOf(el)).to.include('2 dari 7 materi selesai');
    expect(shadow(el).querySelector<HTMLProgressElement>('progress')!.value).to.equal(29);
    expect(textOf(el)).to.include('4 menit');
    await expect(el).to.be.accessible();
  });

  it('shows a lesson with sanitised merchant HTML and no script running', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-2-2')}`) });
    await waitForTitle(el, 'Komposisi Foto Produk');
    const body = shadow(el).querySelector('.course-text')!;
    expect(body.querySelector('h2')!.textContent).to.equal('Aturan Sepertiga');
    const image = body.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Contoh komposisi');
    expect(image.hasAttribute('onerror')).to.equal(false);
    expect(body.querySelector('script')).to.equal(null);
    for (const link of body.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
    await aTimeout(30);
    expect((window as unknown as Record<string, unknown>)['__courseScriptRan']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a video as a link and never as a frame', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-2-3')}`) });
    await waitForTitle(el, 'Latihan: Foto Flat Lay');
    expect(shadow(el).querySelector('iframe')).to.equal(null);

    el.remove();
    disposeSessions();
    const again = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-1-1')}`) });
    await waitForTitle(again.el, 'Selamat Datang di Kelas');
    const watch = control<HTMLAnchorElement>(again.el, 'Tonton video', 'a');
    expect(watch.href).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(watch.target).to.equal('_blank');
    expect(watch.rel).to.include('noopener');
    expect(shadow(again.el).querySelector('iframe, video')).to.equal(null);
  });

  it('marks a lesson as complete with PATCH progress 100, and back to not complete with 0', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-2-1')}`) });
    await waitForTitle(el, 'Memanfaatkan Cahaya Alami');
    click(control(el, 'Tandai selesai', 'button'));
    await waitForText(el, 'Materi ditandai selesai.');
    const patch = requestsTo(mock, `/customers/me/course-contents/${content('foto-2-1')}`, 'PATCH');
    expect(patch).to.have.length(1);
    expect(patch[0]!.body).to.deep.equal({ progress: 100 });
    expect(control(el, 'Tandai belum selesai', 'button').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    click(control(el, 'Kembali ke daftar materi', 'a'));
    await waitForTitle(el, 'Kelas Online: Fotografi Produk dengan HP');
    expect(textOf(el)).to.include('3 dari 7 materi selesai');

    history.back();
    await waitForTitle(el, 'Memanfaatkan Cahaya Alami');
    click(control(el, 'Tandai belum selesai', 'button'));
    await waitForText(el, 'Materi ditandai belum selesai.');
    expect(requestsTo(mock, `/customers/me/course-contents/${content('foto-2-1')}`, 'PATCH')[1]!.body).to.deep.equal({ progress: 0 });
  });

  it('moves between lessons with next and previous links', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-1-2')}`) });
    await waitForTitle(el, 'Peralatan yang Dibutuhkan');
    click(control(el, 'Materi berikutnya', 'a'));
    await waitForTitle(el, 'Memanfaatkan Cahaya Alami');
    click(control(el, 'Materi sebelumnya', 'a'));
    await waitForTitle(el, 'Peralatan yang Dibutuhkan');
  });

  it('explains a failed progress save in clear words', async () => {
    const { el, mock } = await mountAccount({ url: urlWith(`account=courses/${COURSE}/${content('foto-2-1')}`) });
    await waitForTitle(el, 'Memanfaatkan Cahaya Alami');
    mock.faults.add({ path: `/customers/me/course-contents/${content('foto-2-1')}`, method: 'PATCH', status: 500 });
    click(control(el, 'Tandai selesai', 'button'));
    await waitForText(el, 'Toko sedang mengalami gangguan');
    expect(control(el, 'Tandai selesai', 'button').getAttribute('aria-pressed')).to.equal('false');
  });

  it('says "not included in your purchases" for an expired course (403), without reporting an error', async () => {
    const { el } = await mountAccount({ url: urlWith(`account=courses/${EXPIRED}`) });
    await waitForText(el, 'Kelas ini tidak termasuk dalam pembelian Anda');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(errors.filter((e) => (e as CustomEvent).detail.operation === 'account.courses.get')).to.have.length(0);
    await expect(el).to.be.accessible();
    click(control(el, 'Kembali ke kelas saya', 'a'));
    await waitForTitle(el, 'Kelas saya');
  });

  it('shows a course that failed to load (500) as an error with a retry, not as "not included"', async () => {
    const probe = await mountAccount({ signIn: false });
    probe.mock.faults.add({ path: `/customers/me/variants/${COURSE}/course`, method: 'GET', status: 500, times: Infinity });
    probe.el.remove();
    const { el, mock } = await mountAccount({ url: urlWith(`account=courses/${COURSE}`), mock: probe.mock, keepStorage: true });
    await waitForText(el, 'Toko sedang mengalami gangguan');
    expect(textOf(el)).not.to.include('tidak termasuk');
    mock.faults.clear();
    click(control(el, 'Coba lagi', 'button'));
    await waitForTitle(el, 'Kelas Online: Fotografi Produk dengan HP');
  });

  it('says the same for a course never bought (404)', async () => {
    const { el } = await mountAccount({ url: urlWith('account=courses/00000000-0000-4000-8000-000000000404') });
    await waitForText(el, 'Kelas ini tidak termasuk dalam pembelian Anda');
    expect(viewTitle(el)).to.equal('Kelas saya');
  });

  it('asks for a lesson alone when the course answer does not include it', async () => {
    const probe = await mountAccount();
    const course = await probe.storefront.http.request<{ course_sections: Array<{ course_contents: Array<Record<string, unknown>> }> }>({
      family: 'customer',
      path: `/customers/me/variants/${COURSE}/course`,
    });
    for (const section of course.course_sections) {
      for (const lesson of section.course_contents) {
        delete lesson['text'];
        delete lesson['video_url'];
      }
    }
    probe.mock.faults.add({ path: `/customers/me/variants/${COURSE}/course`, method: 'GET', status: 200, body: course, times: Infinity });
    probe.el.remove();
    const { el, mock } = await mountAccount({
      url: urlWith(`account=courses/${COURSE}/${content('foto-1-2')}`),
      mock: probe.mock,
      keepStorage: true,
      signIn: false,
    });
    await waitForText(el, 'HP dengan kamera minimal 12 MP');
    expect(requestsTo(mock, `/customers/me/course-contents/${content('foto-1-2')}`, 'GET')).to.have.length(1);
  });
});
