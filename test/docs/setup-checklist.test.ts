import { expect } from '@open-wc/testing';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, shadowText, until } from './support/harness.js';

describe('docs/setup-checklist.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippet exactly', async () => {
    await expectGuideEmbeds('setup-checklist.md', 'setup-check.html');
  });

  it('with the right store id and key: four products', async () => {
    const { doc } = await openSnippet('setup-check.html');
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => catalog.shadowRoot!.querySelectorAll('[part~="card"]').length === 4, 'four cards');
  });

  it('a store the API does not know: "Store not found" with the three causes, as the table says', async () => {
    const { doc } = await openSnippet('setup-check.html', { mockOptions: { storeId: 'store_someone_else' } });
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => shadowText(catalog).includes('Store not found'), 'the setup message');
    expect(shadowText(catalog)).to.contain('allowed origin');
    const guide = await fetchText('/docs/setup-checklist.md');
    expect(guide).to.contain('Scalev menjawab Store not found. Periksa tiga hal');
  });

  it('a business key pasted by mistake: refused in words, nothing sent', async () => {
    const html = (await fetchText('/test/docs/pages/setup-check.html')).replace('sfpk_XXXXXXXXXXXXXXXX', 'sk_live_XXXXXXXX');
    const { doc, mock } = await openSnippet('', { html });
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => shadowText(catalog).includes('business API key'), 'the business-key message');
    expect(mock.requests).to.have.length(0);
  });
});
