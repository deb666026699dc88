import { css } from 'lit';

/**
 * Layout notes: the toolbar's search grows and the rest wraps below on narrow screens; the grid
 * has at most --columns columns, fewer when a card would get narrower than its minimum; off-screen
 * cards skip layout and paint (`content-visibility`), so long catalogues stay fast without
 * windowing code; a card's name opens the detail and its ::after spans the card, with the add
 * button above it; skeletons have the real card's geometry so nothing moves when cards arrive.
 * (Comments stay out of the CSS text, which ships as is.)
 */
export const catalogStyles = css`
  :host {
    --_scalev-catalog-columns: var(--scalev-catalog-columns, 4);
    --_scalev-catalog-card-min-width: var(--scalev-catalog-card-min-width, 9.5rem);
    --_scalev-catalog-gap: var(--scalev-catalog-gap, var(--_scalev-space-m));
    --_scalev-catalog-card-background: var(--scalev-catalog-card-background, var(--_scalev-color-surface));
    --_scalev-catalog-card-radius: var(--scalev-catalog-card-radius, var(--_scalev-radius));
    --_scalev-catalog-image-fit: var(--scalev-catalog-image-fit, cover);
    container-type: inline-size;
  }
  :host([columns='1']) { --_scalev-catalog-columns: 1; }
  :host([columns='2']) { --_scalev-catalog-columns: 2; }
  :host([columns='3']) { --_scalev-catalog-columns: 3; }
  :host([columns='4']) { --_scalev-catalog-columns: 4; }
  :host([columns='5']) { --_scalev-catalog-columns: 5; }
  :host([columns='6']) { --_scalev-catalog-columns: 6; }

  .catalog,
  .footer,
  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
  }
  .footer,
  .empty {
    align-items: center;
    text-align: center;
  }

  .toolbar,
  .chips,
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-s);
  }
  .search {
    flex: 1 1 14rem;
  }
  .control,
  .sort select {
    height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
  }
  .search .control {
    width: 100%;
  }
  .filters {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .chip {
    position: relative;
  }
  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
  }
  .chip span {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: 999px;
    overflow-wrap: anywhere;
  }
  .chip input:checked + span {
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
  }
  .chip input:focus-visible + span {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }
  .note,
  .summary {
    margin: 0;
    min-height: 1.5em;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        max(
          var(--_scalev-catalog-card-min-width),
          (100% - (var(--_scalev-catalog-columns) - 1) * var(--_scalev-catalog-gap)) / var(--_scalev-catalog-columns)
        ),
        1fr
      )
    );
    gap: var(--_scalev-catalog-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-catalog-card-radius);
    background: var(--_scalev-catalog-card-background);
    overflow: hidden;
    content-visibility: auto;
    contain-intrinsic-size: auto 22rem;
  }
  .card__media {
    position: relative;
    aspect-ratio: 1;
    background: var(--_scalev-color-surface-alt);
  }
  .card__image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--_scalev-catalog-image-fit);
  }
  .card--sold-out .card__image {
    opacity: 0.6;
  }
  .badge {
    position: absolute;
    top: var(--_scalev-space-s);
    inset-inline-start: var(--_scalev-space-s);
    padding: 0 var(--_scalev-space-s);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .badge--bundle {
    border: 1px solid var(--_scalev-color-accent);
  }
  .badge--sold-out {
    inset-inline: auto var(--_scalev-space-s);
    color: var(--_scalev-color-danger);
  }
  .card__body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    padding: var(--_scalev-space-s) var(--_scalev-space-s) var(--_scalev-space-m);
  }
  .card__name,
  .card__price,
  .card__error,
  .empty p {
    margin: 0;
  }
  .card__name {
    font-size: var(--_scalev-font-size);
    line-height: 1.35;
  }
  .card__open {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    min-height: 2.7em;
    padding: 0;
    border: 0;
    background: none;
    font-weight: var(--_scalev-font-weight-bold);
    text-align: start;
    text-decoration: none;
    color: inherit;
    cursor: pointer;
  }
  .card__open::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card__open:focus-visible {
    outline: none;
  }
  .card__open:focus-visible::after {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: -3px;
    border-radius: inherit;
  }
  .card__price {
    font-variant-numeric: tabular-nums;
  }
  .card__price--none {
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .card__action,
  .button {
    position: relative;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5rem;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
  .card__action {
    margin-top: auto;
  }
  .card__action--secondary,
  .button {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
  }
  .card__action:disabled {
    border-color: var(--_scalev-color-border);
    background: var(--_scalev-color-surface-alt);
    color: var(--_scalev-color-muted);
    cursor: not-allowed;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  .card__error {
    position: relative;
    z-index: 1;
    color: var(--_scalev-color-danger);
    font-size: var(--_scalev-font-size-small);
  }

  .skeleton {
    display: block;
    height: 1em;
    margin: 0.2em 0;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .card__media .skeleton {
    height: 100%;
    margin: 0;
  }
  .skeleton--short {
    width: 55%;
  }
  .skeleton--button {
    height: 2.5rem;
    margin-top: auto;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  .empty {
    padding: var(--_scalev-space-xl) var(--_scalev-space-m);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    color: var(--_scalev-color-muted);
  }
  .empty[hidden] {
    display: none;
  }
`;
