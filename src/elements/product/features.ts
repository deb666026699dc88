import { css, html, nothing, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/localize.js';
import { optionStates, type PurchasableVariant, type VariantModel } from './variant-model.js';

/**
 * The parts of `<scalev-product>` that only some products need, loaded when one does: option
 * groups (several variants) and gallery thumbnails (several images). A product with one variant
 * and one image never downloads this module.
 */

registerMessages(
  {
    id: {
      'product.valueUnavailable': 'tidak tersedia',
      'product.option': 'Varian',
      'product.gallery': 'Gambar produk',
      'product.showImage': 'Tampilkan gambar {index} dari {count}',
    },
  },
  { en: () => import('./features.strings.en.js') },
);

export {
  buildVariantModel,
  chooseValue,
  choosableRule,
  defaultSelection,
  findVariant,
  normalizeSelection,
  optionValuesOf,
} from './variant-model.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One radio group per option; values that cannot be bought with the earlier choices are disabled, never hidden. */
export function renderOptionGroups(
  model: VariantModel,
  selection: readonly string[],
  choosable: (variant: PurchasableVariant) => boolean,
  t: Translate,
  onChoose: (index: number, value: string) => void,
): TemplateResult | typeof nothing {
  if (model.dimensions.length === 0) return nothing;
  const states = optionStates(model, selection, choosable);
  // `.checked` needs no `live()`: a click can only reach an enabled value, which choosing always keeps.
  return html`<div class="options" part="options">
    ${model.dimensions.map(
      (dimension, index) => html`<fieldset class="option-group" part="option-group">
        <legend>${dimension.name}: <span class="option-chosen">${selection[index] ?? ''}</span></legend>
        <div class="option-values">
          ${states[index]!.map(
            (option) => html`<label class="option" part="option">
              <input
                type="radio"
                name=${`option-${index}`}
                .value=${option.value}
                .checked=${selection[index] === option.value}
                ?disabled=${option.disabled}
                @change=${() => onChoose(index, option.value)}
              />
              <span class="option__label"
                >${option.value}${option.disabled
                  ? html`<span class="visually-hidden"> (${t('product.valueUnavailable')})</span>`
                  : nothing}</span
              >
            </label>`,
          )}
        </div>
      </fieldset>`,
    )}
  </div>`;
}

/** Labelled thumbnail buttons under the large image; the pressed one is shown. */
export function renderThumbnails(
  images: readonly string[],
  shown: number,
  t: Translate,
  onShow: (index: number) => void,
): TemplateResult | typeof nothing {
  if (images.length < 2) return nothing;
  return html`<ul class="thumbs" role="list" aria-label=${t('product.gallery')}>
    ${images.map(
      (src, i) => html`<li>
        <button
          type="button"
          class="thumb"
          part="thumbnail"
          aria-label=${t('product.showImage', { index: i + 1, count: images.length })}
          aria-pressed=${i === shown ? 'true' : 'false'}
          @click=${() => onShow(i)}
        >
          <img src=${src} alt="" width="80" height="80" loading="lazy" decoding="async" />
        </button>
      </li>`,
    )}
  </ul>`;
}

/** Thumbnails and option groups. */
export const styles = css`
  .thumbs {
    display: flex;
    gap: var(--_scalev-space-s);
    margin: 0;
    padding: 2px;
    list-style: none;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  .thumb {
    flex: none;
    width: 4rem;
    height: 4rem;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    overflow: hidden;
    cursor: pointer;
  }
  .thumb[aria-pressed='true'] {
    border-color: var(--_scalev-color-primary);
  }
  .thumb img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
  }
  .option-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .option-group legend {
    margin-block-end: var(--_scalev-space-s);
    padding: 0;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .option-chosen {
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .option-values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-s);
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option input:disabled {
    cursor: not-allowed;
  }
  .option__label {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5rem;
    min-width: 2.75rem;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    overflow-wrap: anywhere;
  }
  :checked + .option__label {
    border-color: var(--_scalev-color-primary);
    box-shadow: inset 0 0 0 1px var(--_scalev-color-primary);
    font-weight: var(--_scalev-font-weight-bold);
  }
  :disabled + .option__label {
    color: var(--_scalev-color-muted);
    border-style: dashed;
    text-decoration: line-through;
  }
  :focus-visible + .option__label {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }
`;
