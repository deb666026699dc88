import { html, nothing, type TemplateResult } from 'lit';
import type { CardModel } from './catalog-model.js';
import { formatPriceRange } from './item-fields.js';

/**
 * Catalogue card templates. Kept deliberately lean (one template per card, no element instance,
 * no per-card event listener: the grid delegates clicks through `data-action` / `data-key`), so
 * hundreds of cards render about as fast as hand-written DOM.
 */

export interface CardContext {
  t: (key: string, params?: Record<string, unknown>) => string;
  money: (amount: number | null) => string;
  /** Real link to the product page (merchant `product-url`), or null to open the detail in place. */
  href: (card: CardModel) => string | null;
  isBusy: (key: string) => boolean;
  isSpinning: (key: string) => boolean;
  error: (key: string) => string | undefined;
}

/** Card image box: fixed ratio and intrinsic size, so nothing moves when the image arrives. */
export const CARD_IMAGE_SIZE = 400;

export function renderCard(card: CardModel, ctx: CardContext): TemplateResult {
  const href = ctx.href(card);
  const price = formatPriceRange(card.priceMin, card.priceMax, ctx.money);
  const busy = ctx.isBusy(card.key);
  const error = ctx.error(card.key);
  const name = card.name || card.slug;
  return html`<li class="card${card.inStock ? '' : ' card--sold-out'}" part="card">
    <div class="card__media" part="card-media">
      ${card.image
        ? html`<img
            class="card__image"
            part="card-image"
            src=${card.image}
            alt=""
            loading="lazy"
            decoding="async"
            width=${CARD_IMAGE_SIZE}
            height=${CARD_IMAGE_SIZE}
          />`
        : html`<span class="card__placeholder" aria-hidden="true"></span>`}
      ${card.kind === 'bundle' ? html`<span class="badge badge--bundle" part="badge">${ctx.t('catalog.bundle')}</span>` : nothing}
      ${card.inStock ? nothing : html`<span class="badge badge--sold-out" part="badge">${ctx.t('catalog.outOfStock')}</span>`}
    </div>
    <div class="card__body">
      <h3 class="card__name" part="card-name">
        ${href
          ? html`<a class="card__open" href=${href}>${name}</a>`
          : html`<button type="button" class="card__open" data-action="open" data-key=${card.key}>${name}</button>`}
      </h3>
      <p class="card__price${price ? '' : ' card__price--none'}" part="card-price">${price || ctx.t('catalog.noPrice')}</p>
      ${renderCardAction(card, ctx, href, busy, name)}
      ${error ? html`<p class="card__error" part="card-error" role="alert">${error}</p>` : nothing}
    </div>
  </li>`;
}

function renderCardAction(
  card: CardModel,
  ctx: CardContext,
  href: string | null,
  busy: boolean,
  name: string,
): TemplateResult {
  if (!card.inStock) {
    return html`<button type="button" class="card__action" part="card-button card-button-sold-out" disabled>
      ${ctx.t('catalog.outOfStock')}
    </button>`;
  }
  if (card.needsChoice) {
    return href
      ? html`<a class="card__action card__action--secondary" part="card-button card-choose-button" href=${href}
          aria-label=${ctx.t('catalog.chooseLabel', { name })}>${ctx.t('catalog.choose')}</a>`
      : html`<button type="button" class="card__action card__action--secondary" part="card-button card-choose-button"
          data-action="open" data-key=${card.key} aria-label=${ctx.t('catalog.chooseLabel', { name })}>
          ${ctx.t('catalog.choose')}
        </button>`;
  }
  const spinning = busy && ctx.isSpinning(card.key);
  return html`<button
    type="button"
    class="card__action"
    part="card-button card-add-button"
    data-action="add"
    data-key=${card.key}
    aria-label=${ctx.t('catalog.addLabel', { name })}
    aria-disabled=${busy ? 'true' : 'false'}
    aria-busy=${spinning ? 'true' : 'false'}
  >
    ${spinning ? ctx.t('catalog.adding') : ctx.t('catalog.add')}
  </button>`;
}

/** A placeholder card with the real card's geometry (no layout shift when content arrives). */
export const skeletonCard = html`<li class="card card--skeleton" aria-hidden="true">
  <div class="card__media"><span class="skeleton"></span></div>
  <div class="card__body">
    <span class="skeleton"></span>
    <span class="skeleton skeleton--short"></span>
    <span class="skeleton skeleton--button"></span>
  </div>
</li>`;
