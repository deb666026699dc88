import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontBundlePriceOptionDetail } from '../../api/types.js';
import type { AddToCartInput } from '../../state/cart.js';
import { registerMessages } from '../../i18n/localize.js';
import { readPriceRange } from '../catalog/item-fields.js';
import { imagesOf, text } from './product-data.js';
import { optionStates, type PurchasableVariant, type VariantModel } from './variant-model.js';

/**
 * The parts of `<scalev-product>` that only some products need, loaded when one does: option
 * groups (several variants), gallery thumbnails (several images), what a bundle contains, and the
 * modal dialog of the catalogue's detail view, and everything about bundles. A product with one
 * variant and one image never downloads this module.
 */

registerMessages(
  {
    id: {
      'product.valueUnavailable': 'tidak tersedia',
      'product.option': 'Varian',
      'product.gallery': 'Gambar produk',
      'product.showImage': 'Tampilkan gambar {index} dari {count}',
      'product.bundle': 'Paket',
      'product.bundleContents': 'Isi paket',
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

/** A bundle price option as the buy box reads it. */
export interface BundleView {
  detail: StorefrontBundlePriceOptionDetail;
  name: string;
  /** The owning bundle's name, when it says more than `name`. */
  subtitle: string;
  images: string[];
  unitPrice: number | null;
  buyable: boolean;
  /** What "add to cart" sends for `quantity` units, or null when the id is unusable. */
  input: (quantity: number) => AddToCartInput | null;
}

export function readBundle(bundle: StorefrontBundlePriceOptionDetail, slug: string): BundleView {
  const record = bundle as Record<string, unknown>;
  const name = text(bundle.name) || text(bundle.bundle_price_option_name) || text(bundle.slug);
  const subtitle = text(bundle.bundle_name);
  const images = imagesOf(bundle.images, [bundle.meta_thumbnail]);
  const unitPrice = parseMoney(bundle.price) ?? readPriceRange(bundle.price_range).min;
  const id = Number(record['bundle_price_option_id'] ?? record['id']);
  const uniqueId = record['bundle_price_option_unique_id'] ?? record['unique_id'];
  return {
    detail: bundle,
    name,
    subtitle: subtitle !== name ? subtitle : '',
    images,
    unitPrice,
    buyable: bundle.in_stock !== false,
    input: (quantity) =>
      Number.isInteger(id) && id > 0
        ? {
            type: 'bundle_price_option',
            bundlePriceOptionId: id,
            quantity,
            display: {
              name,
              image: images[0] ?? null,
              unitPrice,
              bundleSlug: text(bundle.slug) || slug,
              uniqueId: typeof uniqueId === 'string' ? uniqueId : null,
              maxQuantity: null,
            },
          }
        : null,
  };
}

/** The heading of a bundle: a "Bundle" badge, the name, and the owning bundle's name. */
export function renderBundleHeading(bundle: BundleView, heading: TemplateResult, t: Translate): TemplateResult {
  return html`<span class="badge">${t('product.bundle')}</span> ${heading}
    ${bundle.subtitle ? html`<p class="subtitle">${bundle.subtitle}</p>` : nothing}`;
}

/** What a bundle contains: "2 × Kopi Gayo – 250 g". */
export function renderBundleLines(bundle: BundleView, t: Translate): TemplateResult | typeof nothing {
  const lines = Array.isArray(bundle.detail.bundlelines) ? bundle.detail.bundlelines : [];
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
