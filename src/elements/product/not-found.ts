import { css, html, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/localize.js';

/**
 * What `<scalev-product>` shows when no product (or bundle) has the slug. Loaded only then: a buy
 * box that finds its product never downloads it.
 */

registerMessages(
  {
    id: {
      'product.notFound': 'Produk tidak ditemukan.',
      'product.notFoundHint': 'Produk ini mungkin sudah tidak dijual, atau alamatnya keliru.',
    },
  },
  { en: () => import('./not-found.strings.en.js') },
);

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function renderNotFound(t: Translate): TemplateResult {
  return html`<div class="not-found" part="not-found" role="alert">
    <p><strong>${t('product.notFound')}</strong></p>
    <p>${t('product.notFoundHint')}</p>
  </div>`;
}

export const styles = css`
  .not-found {
    padding: var(--_scalev-space-l);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    text-align: center;
  }
  .not-found p {
    margin: 0;
  }
  .not-found p + p {
    margin-block-start: var(--_scalev-space-xs);
    color: var(--_scalev-color-muted);
  }
`;
