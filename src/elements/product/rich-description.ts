import { css, type TemplateResult, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sanitizeHtml } from '../../ui/sanitize.js';

/**
 * The full rich description of `<scalev-product>`: merchant HTML through the kit's sanitiser
 * (DOMPurify). Loaded when the buyer opens the description (or points at its toggle), so a buy box
 * nobody reads in full never downloads the sanitiser.
 */

const cleaned = new Map<string, string>();

/** The sanitised description; sanitising happens once per distinct text on the page. */
export function renderRichDescription(dirty: string): TemplateResult {
  let clean = cleaned.get(dirty);
  if (clean === undefined) {
    clean = sanitizeHtml(dirty);
    if (cleaned.size > 50) cleaned.clear();
    cleaned.set(dirty, clean);
  }
  return html`${unsafeHTML(clean)}`;
}

export const styles = css`
  .description__body > :first-child {
    margin-block-start: 0;
  }
  .description__body > :last-child {
    margin-block-end: 0;
  }
  .description__body img,
  .description__body video {
    max-width: 100%;
    height: auto;
  }
  .description__body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .description__body a {
    color: var(--_scalev-color-primary);
  }
`;
