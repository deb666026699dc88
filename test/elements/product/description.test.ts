import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { descriptionPreview } from '../../../src/elements/product/description-preview.js';
import { renderRichDescription } from '../../../src/elements/product/rich-description.js';
import { XSS_PAYLOADS } from '../../e2e/xss-payloads.js';

type ProbeWindow = Window & { __xssHit?: (n: number) => void; __xss?: unknown };

/** Every element under `root`, through nested shadow roots. */
function elementsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')];
}

describe('product description: preview and full view', () => {
  const probe = window as ProbeWindow;
  let hits: unknown[] = [];
  let originalAlert: typeof window.alert;
  let host: HTMLElement;
  let root: ShadowRoot;

  beforeEach(() => {
    hits = [];
    probe.__xssHit = (n) => hits.push(n);
    originalAlert = window.alert;
    window.alert = (message?: unknown) => void hits.push(`alert:${String(message)}`);
    host = document.createElement('div');
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
  });

  afterEach(() => {
    host.remove();
    delete probe.__xssHit;
    window.alert = originalAlert;
  });

  it('previews one line per block, list items marked, without code or controls', () => {
    expect(
      descriptionPreview(
        '<h3>Komposisi</h3><p>Kopi <b>Gayo</b><br>250 g</p><ul><li>cokelat</li><li>rempah</li></ul><script>alert(1)</script><style>p{}</style><select><option>x</option></select>',
      ),
    ).to.equal('Komposisi\nKopi Gayo\n250 g\n• cokelat\n• rempah');
    expect(descriptionPreview('')).to.equal('');
    expect(descriptionPreview('<img src=x alt="gambar">')).to.equal('');
    // Line breaks of the source are spaces; a NUL in it breaks no line either.
    expect(descriptionPreview('<p>Biji\n  utuh\u0000 segar</p>\n<p>\n</p>Akhir')).to.equal('Biji utuh segar\nAkhir');
  });

  it('reads merchant markup that would clobber a document as text only', () => {
    expect(descriptionPreview('<img name="body"><form name="querySelectorAll"><p>Aman</p></form>')).to.equal('Aman');
  });

  it(`previews every payload of the XSS corpus (${XSS_PAYLOADS.length}) as inert text`, async () => {
    const container = document.createElement('div');
    root.append(container);
    for (const payload of XSS_PAYLOADS) {
      render(html`<p class="description__text">${descriptionPreview(payload)}</p>`, container);
      // Only our paragraph is an element: the payload's markup never became DOM.
      expect(elementsIn(container).map((e) => e.localName), payload).to.deep.equal(['p']);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits).to.deep.equal([]);
    expect(probe.__xss).to.equal(undefined);
  });

  it(`shows every payload of the XSS corpus (${XSS_PAYLOADS.length}) sanitised in the full view, running nothing`, async () => {
    XSS_PAYLOADS.forEach((payload, index) => {
      const container = document.createElement('div');
      root.append(container);
      render(renderRichDescription(payload), container);
      for (const element of elementsIn(container)) {
        const label = `payload ${index + 1}: <${element.localName}>`;
        expect(['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'style', 'svg', 'math'], label).to.not.include(element.localName);
        for (const attribute of element.attributes) {
          expect(attribute.name.startsWith('on'), `${label} ${attribute.name}`).to.equal(false);
          expect(/^\s*(javascript|vbscript):/i.test(attribute.value), `${label} ${attribute.name}`).to.equal(false);
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits).to.deep.equal([]);
    expect(probe.__xss).to.equal(undefined);
  });
});
