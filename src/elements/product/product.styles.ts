import { css } from 'lit';

export const productStyles = css`
  :host {
    --_scalev-product-gap: var(--scalev-product-gap, var(--_scalev-space-l));
    --_scalev-product-image-radius: var(--scalev-product-image-radius, var(--_scalev-radius));
    --_scalev-product-image-fit: var(--scalev-product-image-fit, cover);
    --_scalev-product-name-size: var(--scalev-product-name-size, var(--_scalev-font-size-large));
    container-type: inline-size;
  }

  .product {
    display: grid;
    gap: var(--_scalev-product-gap);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .product--no-gallery {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 40rem) {
    .product:not(.product--no-gallery) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .gallery {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-s);
    min-width: 0;
  }
  .gallery__main {
    position: relative;
    aspect-ratio: 1 / 1;
    border-radius: var(--_scalev-product-image-radius);
    background: var(--_scalev-color-surface-alt);
    overflow: hidden;
  }
  .gallery__image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--_scalev-product-image-fit);
  }
  .placeholder {
    position: absolute;
    inset: 32%;
    border: 2px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }
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
    display: block;
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

  .info {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    min-width: 0;
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
  }
  .name {
    margin: 0;
    font-size: var(--_scalev-product-name-size);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0;
    color: var(--_scalev-color-muted);
  }
  .badge {
    align-self: flex-start;
    padding: 0.125rem var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-accent);
    border-radius: var(--_scalev-radius-small);
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .price {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    font-variant-numeric: tabular-nums;
    min-height: 1.5em;
  }
  .price--none {
    font-size: var(--_scalev-font-size);
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .stock {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    min-height: 1.5em;
    color: var(--_scalev-color-success);
  }
  .stock--low {
    color: var(--_scalev-color-warning);
  }
  .stock--out {
    color: var(--_scalev-color-danger);
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
    min-height: 2.5rem;
    min-width: 2.75rem;
    justify-content: center;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    overflow-wrap: anywhere;
  }
  .option input:checked + .option__label {
    border-color: var(--_scalev-color-primary);
    box-shadow: inset 0 0 0 1px var(--_scalev-color-primary);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .option input:disabled + .option__label {
    color: var(--_scalev-color-muted);
    border-style: dashed;
    text-decoration: line-through;
  }
  .option input:focus-visible + .option__label {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }

  .bundle-lines h3 {
    margin: 0 0 var(--_scalev-space-s);
    font-size: var(--_scalev-font-size);
  }
  .bundle-lines ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .bundle-lines li {
    overflow-wrap: anywhere;
  }

  .buy {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_scalev-space-s);
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
  .spinner {
    display: inline-block;
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

  .description {
    overflow-wrap: anywhere;
  }
  .description h2 {
    margin: 0 0 var(--_scalev-space-s);
    font-size: var(--_scalev-font-size);
  }
  .description__body > :first-child {
    margin-block-start: 0;
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
  .description__text {
    margin: 0;
    white-space: pre-line;
  }

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
  .skeleton {
    display: block;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton--line {
    height: 1.25em;
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
  .dialog {
    width: min(64rem, 100vw - 2rem);
    max-width: none;
    max-height: min(100dvh - 2rem, 60rem);
    padding: 0;
    border: 0;
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    box-shadow: var(--_scalev-shadow);
    overscroll-behavior: contain;
  }
  .dialog::backdrop {
    background: var(--_scalev-color-backdrop);
  }
  .dialog__bar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    justify-content: flex-end;
    padding: var(--_scalev-space-s);
    background: inherit;
  }
  .dialog__close {
    width: var(--_scalev-control-height);
    height: var(--_scalev-control-height);
    border: 1px solid var(--_scalev-color-border);
    border-radius: 50%;
    background: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog__content {
    padding: 0 var(--_scalev-space-m) var(--_scalev-space-l);
  }
  @media (max-width: 40rem) {
    .dialog {
      width: 100vw;
      max-height: 100dvh;
      margin: auto 0 0;
      border-radius: var(--_scalev-radius) var(--_scalev-radius) 0 0;
    }
  }
`;
