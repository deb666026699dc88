import { css } from 'lit';

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

  .catalog {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_scalev-space-s);
  }
  .search {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .field-input,
  .filter-toggle,
  .sort select {
    height: var(--_scalev-control-height);
    margin: 0;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
  }
  .field-input {
    width: 100%;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    font-size: var(--_scalev-font-size-small);
  }
  .sort select {
    font-size: var(--_scalev-font-size);
    padding-inline-end: var(--_scalev-space-s);
  }
  .filter-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_scalev-space-xs);
    cursor: pointer;
  }
  .filter-toggle[aria-expanded='true'] {
    border-color: var(--_scalev-color-primary);
  }
  .filter-toggle__icon {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_scalev-transition);
  }
  .filter-toggle[aria-expanded='true'] .filter-toggle__icon {
    transform: translateY(25%) rotate(225deg);
  }

  .filters {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-s);
  }
  .chip {
    position: relative;
    display: inline-flex;
  }
  .chip input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .chip span {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: 999px;
    background: var(--_scalev-color-surface);
    overflow-wrap: anywhere;
  }
  .chip input:checked + span {
    border-color: var(--_scalev-color-primary);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
  }
  .chip input:focus-visible + span {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }
  .filters-note {
    margin: 0;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }

  .summary {
    margin: 0;
    min-height: 1.5em;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }

  /* Grid: at most --columns columns, fewer when a card would get narrower than its minimum. */
  .grid {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        max(
          var(--_scalev-catalog-card-min-width),
          calc((100% - (var(--_scalev-catalog-columns) - 1) * var(--_scalev-catalog-gap)) / var(--_scalev-catalog-columns))
        ),
        1fr
      )
    );
    gap: var(--_scalev-catalog-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 22rem) {
    .grid {
      --_scalev-catalog-gap: var(--_scalev-space-s);
    }
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
    /* Off-screen cards skip layout and paint: long catalogues stay fast without windowing code. */
    content-visibility: auto;
    contain-intrinsic-size: auto 22rem;
  }
  .card:focus-within {
    box-shadow: var(--_scalev-shadow);
  }
  .card__media {
    position: relative;
    aspect-ratio: 1 / 1;
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
  .card__placeholder {
    position: absolute;
    inset: 30%;
    border: 2px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }
  .card__placeholder::after {
    content: '';
    position: absolute;
    inset: 35% 20% 20%;
    border-radius: 50% 50% 0 0;
    background: var(--_scalev-color-border);
  }
  .badge {
    position: absolute;
    inset-block-start: var(--_scalev-space-s);
    inset-inline-start: var(--_scalev-space-s);
    padding: 0.125rem var(--_scalev-space-s);
    border-radius: var(--_scalev-radius-small);
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.4;
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
  }
  .badge--bundle {
    border: 1px solid var(--_scalev-color-accent);
  }
  .badge--sold-out {
    inset-inline-start: auto;
    inset-inline-end: var(--_scalev-space-s);
    color: var(--_scalev-color-danger);
  }
  .card__body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    padding: var(--_scalev-space-s) var(--_scalev-space-s) var(--_scalev-space-m);
  }
  .card__name {
    margin: 0;
    font-size: var(--_scalev-font-size);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.35;
  }
  .card__open {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    min-height: 2.7em;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  /* The whole card opens the detail; the add button sits above this layer. */
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
    border-radius: var(--_scalev-catalog-card-radius);
  }
  .card__open:hover {
    text-decoration: underline;
  }
  .card__price {
    margin: 0;
    font-variant-numeric: tabular-nums;
    color: var(--_scalev-color-text);
  }
  .card__price--none {
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .card__action {
    position: relative;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    min-height: 2.5rem;
    margin-block-start: auto;
    padding: 0 var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .card__action--secondary {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
  }
  .card__action:disabled {
    border-color: var(--_scalev-color-border);
    background: var(--_scalev-color-surface-alt);
    color: var(--_scalev-color-muted);
    cursor: not-allowed;
  }
  .card__action[aria-disabled='true'] {
    cursor: progress;
  }
  .card__action.is-pending .card__action-label::before {
    content: '';
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: var(--_scalev-space-xs);
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .card__error {
    position: relative;
    z-index: 1;
    margin: 0;
    color: var(--_scalev-color-danger);
    font-size: var(--_scalev-font-size-small);
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Skeletons */
  .skeleton {
    display: block;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton--media {
    width: 100%;
    height: 100%;
    border-radius: 0;
  }
  .skeleton--line {
    height: 1em;
    margin-block: 0.2em;
  }
  .skeleton--short {
    width: 55%;
  }
  .skeleton--button {
    height: 2.5rem;
    margin-block-start: auto;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  /* Empty, footer */
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-xl) var(--_scalev-space-m);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    text-align: center;
    color: var(--_scalev-color-muted);
  }
  .empty[hidden] {
    display: none;
  }
  .empty p {
    margin: 0;
  }
  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_scalev-space-s);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
    font-weight: var(--_scalev-font-weight-bold);
    cursor: pointer;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .hint {
    margin: 0;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
    text-align: center;
  }

  /* Detail dialog */
  .dialog {
    width: min(64rem, 100vw - 2 * var(--_scalev-space-m));
    max-width: none;
    max-height: min(100dvh - 2 * var(--_scalev-space-m), 60rem);
    margin: auto;
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
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    justify-content: flex-end;
    padding: var(--_scalev-space-s);
    background: var(--_scalev-color-surface);
  }
  .dialog__close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: var(--_scalev-control-height);
    height: var(--_scalev-control-height);
    border: 1px solid var(--_scalev-color-border);
    border-radius: 50%;
    background: var(--_scalev-color-surface);
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
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
  }
`;
