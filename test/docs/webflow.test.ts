import { expect } from '@open-wc/testing';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, shadowText, until } from './support/harness.js';

describe('docs/webflow.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippets exactly', async () => {
    for (const file of ['webflow-head.html', 'webflow-embed.html', 'webflow-product-embed.html']) await expectGuideEmbeds('webflow.md', file);
  });

  it('head code plus the embeds: catalogue, cart button and a buy box without description', async () => {
    const html = (await Promise.all(['webflow-head.html', 'webflow-embed.html', 'webflow-product-embed.html'].map((f) => fetchText(`/test/docs/pages/${f}`)))).join('\n');
    const { doc } = await openSnippet('', { html });
    const catalog = doc.querySelector('scalev-catalog')!;
    const product = doc.querySelector('scalev-product')!;
    await until(() => shadowText(catalog).includes('Kopi Toraja Sapan'), 'the catalogue');
    await until(() => shadowText(product).includes('Kopi Arabika Gayo'), 'the buy box uses the page store');
    expect(product.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    expect(doc.querySelector('scalev-cart')!.shadowRoot!.querySelector('[part="trigger"]')).to.not.equal(null);
  });
});
