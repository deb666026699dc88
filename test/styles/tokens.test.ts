import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { tokens } from '../../src/styles/host.js';

/** Every public element; each must load from its define module. */
const ELEMENTS = ['catalog', 'product', 'cart', 'checkout', 'order-status', 'login', 'account', 'storefront'];

function cssTextOf(styles: ReadonlyArray<CSSResultOrNative> | undefined): string {
  return (styles ?? [])
    .map((style) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')))
    .join('\n');
}

const declared = (css: string) => new Set([...css.matchAll(/(--_scalev-[\w-]+)\s*:/g)].map((m) => m[1]!));
const used = (css: string) => new Set([...css.matchAll(/var\(\s*(--_scalev-[\w-]+)/g)].map((m) => m[1]!));

describe('design tokens', () => {
  const globalTokens = declared(tokens.cssText);

  it('every internal token read by the shared tokens is declared', () => {
    const missing = [...used(tokens.cssText)].filter((name) => !globalTokens.has(name));
    expect(missing).to.deep.equal([]);
  });

  it('maps every internal token to a public --scalev-* property with a fallback', () => {
    for (const match of tokens.cssText.matchAll(/(--_scalev-[\w-]+)\s*:\s*([^;]+);/g)) {
      expect(match[2], match[1]).to.match(/^var\(--scalev-[\w-]+,/);
    }
  });

  for (const name of ELEMENTS) {
    it(`<scalev-${name}> reads only declared tokens`, async () => {
      await import(`../../src/elements/${name}/define.ts`);
      const tag = `scalev-${name}`;
      const ctor = customElements.get(tag) as (CustomElementConstructor & { elementStyles?: CSSResultOrNative[] }) | undefined;
      expect(ctor, `${tag} is registered`).to.exist;
      const css = cssTextOf(ctor!.elementStyles);
      const available = new Set([...globalTokens, ...declared(css)]);
      const missing = [...used(css)].filter((token) => !available.has(token));
      expect(missing, `${tag} uses undeclared tokens`).to.deep.equal([]);

      // Internal parts rendered by the element (quantity steppers, pickers…) obey the same rule.
      const host = document.createElement(tag);
      document.body.append(host);
      await (host as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
      const internal = new Set<string>();
      host.shadowRoot?.querySelectorAll('*').forEach((el) => {
        if (el.localName.includes('-')) internal.add(el.localName);
      });
      host.remove();
      for (const innerTag of internal) {
        const inner = customElements.get(innerTag) as { elementStyles?: CSSResultOrNative[] } | undefined;
        if (!inner?.elementStyles) continue;
        const innerCss = cssTextOf(inner.elementStyles);
        const innerAvailable = new Set([...globalTokens, ...declared(innerCss)]);
        const innerMissing = [...used(innerCss)].filter((token) => !innerAvailable.has(token));
        expect(innerMissing, `${innerTag} (inside ${tag}) uses undeclared tokens`).to.deep.equal([]);
      }
    });
  }
});
