import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { tokens } from '../../src/styles/host.js';
import '../../src/elements/storefront/define.js';
import '../../src/elements/catalog/define.js';
import '../../src/elements/product/define.js';
import '../../src/elements/cart/define.js';
import '../../src/elements/checkout/define.js';
import '../../src/elements/order-status/define.js';
import '../../src/elements/login/define.js';
import '../../src/elements/account/define.js';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, until } from './support/harness.js';

const ELEMENTS = ['catalog', 'product', 'cart', 'checkout', 'order-status', 'login', 'account', 'storefront'];

function cssOf(tag: string): string {
  const ctor = customElements.get(tag) as unknown as { elementStyles?: CSSResultOrNative[] };
  return (ctor.elementStyles ?? []).map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

async function themedPage(mockOptions = {}) {
  const html = (await fetchText('/test/docs/pages/theming.html')).replace('href="theming.css"', 'href="/test/docs/pages/theming.css"');
  return openSnippet('', { html, mockOptions });
}

describe('docs/theming.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippets exactly', async () => {
    await expectGuideEmbeds('theming.md', 'theming.css');
    await expectGuideEmbeds('theming.md', 'theming.html');
  });

  it('lists every global token with its default', async () => {
    const guide = await fetchText('/docs/theming.md');
    const [light, dark] = tokens.cssText.split(":host([theme='dark'])");
    const found = [...light!.matchAll(/--_scalev-[\w-]+:\s*var\((--scalev-[\w-]+),\s*([^;]+)\);/g)];
    const darkValues = new Map([...dark!.split('@media')[0]!.matchAll(/var\((--scalev-[\w-]+),\s*([^;]+)\);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    expect(found.length).to.be.greaterThan(20);
    for (const [, token, fallback] of found) {
      const darkValue = darkValues.get(token!);
      expect(guide, token).to.contain(`| \`${token}\` | \`${fallback!.trim()}\` | ${darkValue ? `\`${darkValue}\`` : 'same'} |`);
    }
  });

  it('lists every element token an element reads', async () => {
    const guide = await fetchText('/docs/theming.md');
    const globals = new Set([...tokens.cssText.matchAll(/var\((--scalev-[\w-]+)/g)].map((m) => m[1]));
    for (const name of ELEMENTS) {
      for (const [, token] of cssOf(`scalev-${name}`).matchAll(/var\((--scalev-[\w-]+)/g)) {
        if (globals.has(token)) continue;
        expect(guide, `docs/theming.md documents ${token} (read by <scalev-${name}>)`).to.contain(`\`${token}\``);
      }
    }
  });

  it('lists every part and every state of every element, as custom-elements.json has them', async () => {
    const guide = await fetchText('/docs/theming.md');
    const manifest = JSON.parse(await fetchText('/custom-elements.json')) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean; cssParts?: { name: string }[]; cssStates?: { name: string }[] }[] }[];
    };
    const tags = ['store', ...ELEMENTS].map((name) => `scalev-${name}`);
    for (const tag of tags) {
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === tag)!;
      const line = guide.split('\n').find((l) => l.startsWith(`- **\`<${tag}>\`**: `));
      expect(line, `docs/theming.md has a parts line for <${tag}>`).to.not.equal(undefined);
      const listed = [...line!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]);
      expect(listed, `docs/theming.md: parts of <${tag}>`).to.deep.equal((declaration.cssParts ?? []).map((part) => part.name));
      for (const { name } of declaration.cssStates ?? []) {
        if (name === 'problem') continue; // one line for every element, under the table
        expect(guide, `docs/theming.md: :state(${name}) of <${tag}>`).to.contain(`| \`${tag}\` | \`:state(${name})\` |`);
      }
    }
    expect(guide).to.contain('Every element also has `:state(problem)`');
  });

  it('the example stylesheet reaches inside: global token, element token, part', async () => {
    const { doc, win } = await themedPage();
    const product = doc.querySelector('scalev-product')!;
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => product.shadowRoot?.querySelector('[part~="add-button"]') && catalog.shadowRoot?.querySelector('[part~="card-name"]'), 'rendered');
    const add = product.shadowRoot!.querySelector<HTMLElement>('[part~="add-button"]')!;
    expect(win.getComputedStyle(add).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(win.getComputedStyle(add).boxShadow).to.contain('rgba(124, 58, 237, 0.35)');
    const name = catalog.shadowRoot!.querySelector<HTMLElement>('[part~="card-name"]')!;
    expect(win.getComputedStyle(name).textTransform).to.equal('uppercase');
    const card = catalog.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
    expect(win.getComputedStyle(card).borderTopLeftRadius).to.equal('20px');
    expect(win.getComputedStyle(add).fontFamily).to.contain('Plus Jakarta Sans');
  });

  it('checkout parts reach the delivery-location fields too (field, label, input)', async () => {
    const html = `<style>
        scalev-checkout::part(input) { outline: 3px solid rgb(1, 2, 3); }
        scalev-checkout::part(label) { letter-spacing: 3px; }
        scalev-checkout::part(field) { padding-top: 7px; }
      </style>
      <script type="module" src="https://cdn.jsdelivr.net/npm/scalev-elements/dist/scalev.js"></script>
      <scalev-store store-id="store_XXXXXXXXXX" storefront-key="sfpk_XXXXXXXXXXXXXXXX"></scalev-store>
      <scalev-checkout items='[{"type":"variant","variant_id":494535,"quantity":1}]'></scalev-checkout>`;
    const { doc, win } = await openSnippet('', { html });
    const checkout = doc.querySelector('scalev-checkout')!;
    const search = () =>
      checkout.shadowRoot?.querySelector('scalev-location-picker')?.shadowRoot?.querySelector<HTMLInputElement>('input[role="combobox"]');
    await until(() => search(), 'the delivery-location search');
    const own = checkout.shadowRoot!.querySelector<HTMLElement>('input[name="customer_name"]')!;
    expect(win.getComputedStyle(own).outlineColor, 'a contact input').to.equal('rgb(1, 2, 3)');
    expect(win.getComputedStyle(search()!).outlineColor, 'the location search').to.equal('rgb(1, 2, 3)');
    const label = search()!.closest('.field')!.querySelector('label')!;
    expect(win.getComputedStyle(label).letterSpacing, 'the location label').to.equal('3px');
    expect(win.getComputedStyle(search()!.closest('.field')!).paddingTop, 'the location field').to.equal('7px');
  });

  it('the example stylesheet styles :state(loading)', async () => {
    const { doc, win } = await themedPage({ latencyMs: 100000 });
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => catalog.matches(':state(loading)'), 'the catalogue is loading');
    expect(win.getComputedStyle(catalog).opacity).to.equal('0.6');
  });
});
