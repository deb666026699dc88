import { expect } from '@open-wc/testing';
import { htmlToText, sanitizeHtml } from '../../src/ui/sanitize.js';
import { XSS_PAYLOADS } from '../e2e/xss-payloads.js';

type ProbeWindow = Window & { __xssHit?: (n: number) => void; __xss?: unknown };

const FORBIDDEN_SELECTOR =
  'script, style, iframe, frame, object, embed, form, input, button, select, textarea, link, meta, base, svg, math, template, noscript';

function assertInert(html: string, label: string): void {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  expect(doc.body.querySelector(FORBIDDEN_SELECTOR), `${label}: forbidden element survived`).to.equal(null);
  for (const element of doc.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${label}: handler ${attribute.name} survived`).to.equal(false);
      expect(attribute.name, `${label}: inline style survived`).to.not.equal('style');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background'].includes(attribute.name)) {
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        expect(value.startsWith('javascript:'), `${label}: ${attribute.name}=${attribute.value}`).to.equal(false);
        expect(value.startsWith('vbscript:'), `${label}: ${attribute.name}=${attribute.value}`).to.equal(false);
        if (value.startsWith('data:')) {
          expect(element.localName, `${label}: data URL outside media`).to.be.oneOf(['img', 'audio', 'video', 'source', 'track']);
          expect(value.startsWith('data:text/html'), `${label}: data:text/html`).to.equal(false);
        }
      }
    }
  }
}

describe('sanitizeHtml', () => {
  const probe = window as ProbeWindow;
  let hits: unknown[] = [];
  let originalAlert: typeof window.alert;

  beforeEach(() => {
    hits = [];
    probe.__xssHit = (n) => hits.push(n);
    originalAlert = window.alert;
    window.alert = (message?: unknown) => void hits.push(`alert:${String(message)}`);
  });

  afterEach(() => {
    delete probe.__xssHit;
    window.alert = originalAlert;
  });

  it('returns an empty string for null, undefined and blank input', () => {
    expect(sanitizeHtml(null)).to.equal('');
    expect(sanitizeHtml(undefined)).to.equal('');
    expect(sanitizeHtml('   ')).to.equal('');
  });

  it('keeps basic formatting, lists, tables and images', () => {
    const clean = sanitizeHtml(
      '<p>Kopi <strong>Gayo</strong> <em>semi-washed</em></p><ul><li>cokelat</li></ul><table><tr><td>250 g</td></tr></table><img src="https://cdn.example.com/a.jpg" alt="biji">',
    );
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = clean;
    expect(doc.querySelector('strong')?.textContent).to.equal('Gayo');
    expect(doc.querySelector('em')).to.not.equal(null);
    expect(doc.querySelector('ul li')?.textContent).to.equal('cokelat');
    expect(doc.querySelector('td')?.textContent).to.equal('250 g');
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://cdn.example.com/a.jpg');
    expect(img.getAttribute('alt')).to.equal('biji');
    expect(img.getAttribute('loading')).to.equal('lazy');
  });

  it('gives images without text an empty alt, so they read as decoration', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = sanitizeHtml('<img src="https://cdn.example.com/a.jpg"><img src="https://cdn.example.com/b.jpg" alt="Biji kopi">');
    const [bare, described] = doc.querySelectorAll('img');
    expect(bare!.getAttribute('alt')).to.equal('');
    expect(described!.getAttribute('alt')).to.equal('Biji kopi');
  });

  it('opens links in a new tab without giving the opener away', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = sanitizeHtml('<a href="https://example.com/resep" target="_self" rel="opener">resep</a><a name="x">anchor</a>');
    const [link, anchor] = doc.querySelectorAll('a');
    expect(link!.getAttribute('href')).to.equal('https://example.com/resep');
    expect(link!.getAttribute('target')).to.equal('_blank');
    expect(link!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(anchor!.hasAttribute('target')).to.equal(false);
  });

  it('keeps data: images but drops data: and javascript: links', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = sanitizeHtml(
      '<img src="data:image/png;base64,iVBORw0KGgo="><a href="data:text/html,<script>alert(1)</script>">x</a><a href=" JaVaScRiPt:alert(1)">y</a>',
    );
    expect(doc.querySelector('img')?.getAttribute('src')).to.match(/^data:image\/png/);
    for (const link of doc.querySelectorAll('a')) expect(link.hasAttribute('href')).to.equal(false);
  });

  it('removes inline styles, forms, frames and event handlers', () => {
    const clean = sanitizeHtml(
      '<p style="position:fixed;inset:0" onclick="alert(1)">teks</p><form action="https://evil.example"><input name="card"></form><iframe src="https://evil.example"></iframe><style>*{display:none}</style>',
    );
    assertInert(clean, 'mixed');
    expect(clean).to.contain('teks');
  });

  it(`neutralises every payload of the XSS corpus (${XSS_PAYLOADS.length})`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    try {
      XSS_PAYLOADS.forEach((payload, index) => {
        const clean = sanitizeHtml(payload);
        assertInert(clean, `payload ${index + 1}`);
        // Live in a connected shadow root, where images load and handlers would run.
        root.innerHTML += `<div>${clean}</div>`;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits).to.deep.equal([]);
      expect(probe.__xss).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('gives plain text for previews', () => {
    expect(htmlToText('<p>Kopi <b>Gayo</b></p>\n<script>alert(1)</script><p>250 g</p>')).to.equal('Kopi Gayo 250 g');
    expect(htmlToText(null)).to.equal('');
  });
});
