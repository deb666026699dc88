import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StorefrontBundlePriceOptionDetail } from '../../api/types.js';
import { text } from './product-data.js';
import { optionStates, type PurchasableVariant, type VariantModel } from './variant-model.js';

/**
 * The parts of `<scalev-product>` that only some products need, loaded when one does: option
 * groups (several variants), gallery thumbnails (several images), what a bundle contains, and the
 * modal dialog of the catalogue's detail view. A product with one variant and one image never
 * downloads this module.
 */

export {
  buildVariantModel,
  chooseValue,
  choosableRule,
  defaultSelection,
  findVariant,
  normalizeSelection,
  optionValuesOf,
} from './variant-model.js';
export { featureStyles } from './features.styles.js';

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
                .checked=${live(selection[index] === option.value)}
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

/** What a bundle contains: "2 × Kopi Gayo – 250 g". */
export function renderBundleLines(bundle: StorefrontBundlePriceOptionDetail, t: Translate): TemplateResult | typeof nothing {
  const lines = Array.isArray(bundle.bundlelines) ? bundle.bundlelines : [];
  const usable = lines.filter((line) => line && typeof line === 'object');
  if (usable.length === 0) return nothing;
  return html`<div class="bundle-lines" part="bundle-lines">
    <h3>${t('product.bundleContents')}</h3>
    <ul>
      ${usable.map((line) => {
        const productName = text(line.product_name);
        const variantName = text(line.variant_name);
        const label =
          [productName, variantName && variantName !== productName ? variantName : ''].filter(Boolean).join(' – ') ||
          `#${text(line.variant_id)}`;
        const quantity = Math.max(1, Math.floor(Number(line.quantity)) || 1);
        return html`<li>${quantity} × ${label}</li>`;
      })}
    </ul>
  </div>`;
}

/** The modal dialog around the product (the catalogue's detail view). */
export function renderDialog(options: {
  label: string;
  closeLabel: string;
  content: TemplateResult;
  onClose: () => void;
  onClosed: () => void;
  onCancel: (event: Event) => void;
}): TemplateResult {
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-label=${options.label}
    @close=${options.onClosed}
    @cancel=${options.onCancel}
    @click=${(event: MouseEvent) => {
      // A click on the dialog box itself, outside its content, is a click on the backdrop.
      if (event.target === event.currentTarget) options.onClose();
    }}
  >
    <div class="dialog__bar">
      <button type="button" class="dialog__close" part="dialog-close" aria-label=${options.closeLabel} @click=${options.onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div class="dialog__content">${options.content}</div>
  </dialog>`;
}
