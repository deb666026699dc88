import { css, html, nothing, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/localize.js';

/**
 * What adding from `<scalev-product>` shows beyond the buy box: the busy state of the button and
 * the confirmation after adding. Loaded when the buyer reaches for the box (or on the first add), so a
 * page that only shows a product never downloads it. The add itself does not wait for it.
 */

export { PendingController } from '../../ui/pending.js';

registerMessages(
  {
    id: {
      'product.adding': 'Menambahkan…',
      'product.added': 'Ditambahkan ke keranjang',
      'product.addedNamed': 'Ditambahkan ke keranjang: {name}',
      'product.viewCart': 'Lihat keranjang',
    },
  },
  { en: () => import('./buy.strings.en.js') },
);

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The confirmation after adding, with a link to the cart page when the store has one. */
export function renderAdded(t: Translate, cartUrl: string | null | undefined): TemplateResult {
  return html`<p class="added" part="added">
    <span><span aria-hidden="true">✓</span> ${t('product.added')}</span>
    ${cartUrl ? html`<a href=${cartUrl}>${t('product.viewCart')}</a>` : nothing}
  </p>`;
}

/** The busy button's spinner and the confirmation after adding. */
export const styles = css`
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .added {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-s);
    margin: 0;
    color: var(--_scalev-color-success);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .added a {
    color: var(--_scalev-color-primary);
  }
`;
