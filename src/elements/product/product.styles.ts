import { css } from 'lit';

/**
 * Styles of the always-loaded buy box. Thumbnails and option groups are styled by `features.ts`,
 * bundle contents by `bundle.ts`, the dialog by `dialog.ts`, the full description by
 * `rich-description.ts`, the busy button and the confirmation by `buy.ts`, the not-found message by `not-found.ts`, the quantity control by
 * `quantity-stepper.styles.ts`; each is adopted when its module loads. Line height and the
 * visually-hidden helper come from the shared host styles.
 */
export const productStyles = css`
  :host {
    container-type: inline-size;
  }
  .product {
    display: grid;
    gap: var(--scalev-product-gap, var(--_scalev-space-l));
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 40rem) {
    .product:not(.product--no-gallery) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .gallery,
  .info,
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    min-width: 0;
  }
  .gallery {
    gap: var(--_scalev-space-s);
  }
  .heading {
    gap: var(--_scalev-space-xs);
  }
  .gallery__main {
    position: relative;
    aspect-ratio: 1;
    border-radius: var(--scalev-product-image-radius, var(--_scalev-radius));
    background: var(--_scalev-color-surface-alt);
    overflow: hidden;
  }
  .gallery__image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--scalev-product-image-fit, cover);
  }
  .placeholder {
    position: absolute;
    inset: 32%;
    border: 2px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }

  .name {
    font-size: var(--scalev-product-name-size, var(--_scalev-font-size-large));
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .name,
  .price {
    font-weight: var(--_scalev-font-weight-bold);
  }
  .price,
  .stock,
  .description__text {
    margin: 0;
  }
  .price,
  .stock {
    min-height: 1.5em;
  }
  .price {
    font-size: var(--_scalev-font-size-large);
    font-variant-numeric: tabular-nums;
  }
  .price--none {
    font-size: inherit;
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .stock {
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-success);
  }
  .stock--low {
    color: var(--_scalev-color-warning);
  }
  .stock--out {
    color: var(--_scalev-color-danger);
  }

  .buy {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_scalev-space-s);
  }
  .quantity-slot {
    display: inline-flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    visibility: hidden;
    font-size: var(--_scalev-font-size-small);
  }
  .quantity-slot::before {
    content: '\\a0';
  }
  .quantity-slot::after {
    content: '';
    width: calc(2 * max(var(--_scalev-control-height), 2.75rem) + 3.25rem + 2px);
    height: var(--_scalev-control-height);
  }
  .add {
    display: inline-flex;
    flex: 1 1 12rem;
    align-items: center;
    justify-content: center;
    gap: var(--_scalev-space-s);
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    cursor: pointer;
  }
  .add:disabled {
    border-color: var(--_scalev-color-border);
    background: var(--_scalev-color-surface-alt);
    color: var(--_scalev-color-muted);
    cursor: not-allowed;
  }
  .add[aria-disabled='true'] {
    cursor: progress;
  }

  .description {
    overflow-wrap: anywhere;
  }
  .description__text {
    white-space: pre-line;
  }
  .description__text--clamped {
    max-height: calc(5em * var(--_scalev-line-height));
    overflow: hidden;
  }
  .description__toggle {
    min-height: 2rem;
    margin-block-start: var(--_scalev-space-xs);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_scalev-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }

  .skeleton {
    height: 1.25em;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton--short {
    width: 40%;
  }
  .skeleton--button {
    height: var(--_scalev-control-height);
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
