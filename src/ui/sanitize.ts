import createDOMPurify from 'dompurify';

/**
 * Merchant rich text (product descriptions, course content) is HTML written in the Scalev dashboard.
 * It is rendered inside our shadow roots, so it must not be able to run code, submit data, restyle
 * the page or open frames. Everything here runs under a strict CSP: no inline `style` attributes
 * survive (they would be blocked and reported by `style-src` without 'unsafe-inline' anyway).
 */

/** Elements removed with their content (beyond what DOMPurify's HTML profile already drops). */
const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'link', 'meta', 'base', 'template', 'dialog', 'portal', 'slot',
];

/** Attributes removed everywhere (`on*` handlers are always removed by DOMPurify). */
const FORBIDDEN_ATTRIBUTES = [
  'style', 'srcdoc', 'formaction', 'action', 'autofocus', 'autoplay', 'ping', 'popover',
  'popovertarget', 'popovertargetaction', 'slot', 'part', 'exportparts', 'is',
];

type Purifier = ReturnType<typeof createDOMPurify>;

let purifier: Purifier | null | undefined;

/**
 * A private DOMPurify instance, so our hook never affects another copy of DOMPurify used by the
 * host page. `null` when no DOM is available (server rendering): callers then get escaped text.
 */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier;
  if (typeof window === 'undefined') return (purifier = null);
  const instance = createDOMPurify(window);
  if (!instance.isSupported) return (purifier = null);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'a' || tag === 'area') {
      if (node.hasAttribute('href')) {
        // Links always leave the embedding page in a new tab and never hand it `window.opener`.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
      }
    }
    if (tag === 'img') {
      // Descriptions can hold many large images; none should block the first paint.
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      // An image the merchant gave no text is treated as decoration rather than read out as a file name.
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  return (purifier = instance);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Returns merchant HTML made safe to render with Lit's `unsafeHTML` inside a shadow root.
 *
 * Kept: text formatting, lists, tables, headings, images (including `data:` images) and links
 * (given `target="_blank"` and `rel="noopener noreferrer"`). Removed: scripts, styles, frames,
 * objects/embeds, forms and form controls, SVG and MathML, every `on*` handler, inline `style`,
 * and `javascript:` / `data:` / other non-web URLs (a `data:` URL survives only on media `src`).
 *
 * `null`/`undefined`/empty input gives `''`. Without a DOM the input is returned HTML-escaped.
 */
export function sanitizeHtml(dirty: string | null | undefined): string {
  if (dirty === null || dirty === undefined) return '';
  const text = String(dirty);
  if (!text.trim()) return '';
  const instance = getPurifier();
  if (!instance) return escapeHtml(text);
  return instance.sanitize(text, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_DATA_ATTR: false,
    SANITIZE_DOM: true,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}

/**
 * Plain text of merchant HTML (for previews, `alt` text and meta descriptions): markup removed,
 * whitespace collapsed. Safe to render as text only.
 */
export function htmlToText(dirty: string | null | undefined): string {
  const clean = sanitizeHtml(dirty);
  if (!clean) return '';
  if (typeof document === 'undefined') return clean.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  // An inert document: nothing in it loads or runs.
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = clean;
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
