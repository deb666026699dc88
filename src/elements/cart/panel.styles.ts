import { css } from 'lit';

/** Styles of the cart panel (lines, summary), adopted when the panel module loads. */
export const panelStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
    color: var(--_scalev-color-text);
  }
  :host([mode='inline']) .panel {
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-m);
    border-bottom: 1px solid var(--_scalev-color-border);
  }
  .heading {
    flex: 1 1 auto;
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_scalev-color-focus);
  }
  .close {
    flex: none;
    width: var(--_scalev-control-height);
    height: var(--_scalev-control-height);
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_scalev-radius-small);
    background: transparent;
    color: inherit;
    font-size: 1.75rem;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_scalev-color-surface-alt);
  }
  .body {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    padding: var(--_scalev-space-m);
    overflow: auto;
  }
  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_scalev-space-xs);
  }
  .failure > * {
    align-self: stretch;
  }
  .failure > .link-button {
    align-self: flex-end;
  }
  .empty {
    padding: var(--_scalev-space-l) 0;
    text-align: center;
  }
  .empty p {
    margin: 0;
  }
  .lines {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line {
    display: grid;
    grid-template-columns: var(--_scalev-cart-image-size) minmax(0, 1fr) auto;
    grid-template-areas:
      'image info total'
      'image controls controls';
    gap: var(--_scalev-space-s) var(--_scalev-space-m);
    align-items: start;
    padding-bottom: var(--_scalev-space-m);
    border-bottom: 1px solid var(--_scalev-color-border);
  }
  .line[aria-busy='true'] {
    cursor: progress;
  }
  .line__image {
    grid-area: image;
    display: block;
    width: var(--_scalev-cart-image-size);
    height: var(--_scalev-cart-image-size);
    object-fit: cover;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
  }
  .line__info {
    grid-area: info;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  .line__name {
    font-weight: var(--_scalev-font-weight-bold);
    color: inherit;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  a.line__name {
    text-decoration: none;
  }
  a.line__name:hover {
    text-decoration: underline;
  }
  /* Full text colour: the muted token is too faint for small text on white (WCAG AA). */
  .line__options,
  .line__price {
    font-size: var(--_scalev-font-size-small);
    overflow-wrap: anywhere;
  }
  .line__stock {
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-warning);
  }
  .line__total {
    grid-area: total;
    font-weight: var(--_scalev-font-weight-bold);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .line__controls {
    grid-area: controls;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
  }
  .link-button {
    min-height: 2.25rem;
    margin: 0;
    padding: 0 var(--_scalev-space-s);
    border: 0;
    border-radius: var(--_scalev-radius-small);
    background: transparent;
    color: inherit;
    font-size: var(--_scalev-font-size-small);
    text-decoration: underline;
    cursor: pointer;
  }
  .remove {
    color: var(--_scalev-color-danger);
  }
  .link-button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-m);
    border-top: 1px solid var(--_scalev-color-border);
    background: var(--_scalev-color-surface);
  }
  .subtotal {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_scalev-space-m);
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
  }
  .checkout-button {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_scalev-control-height);
    margin: 0;
    padding: 0 var(--_scalev-space-m);
    border: 0;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
  .checkout-button:hover {
    filter: brightness(1.05);
  }
  .checkout {
    padding: var(--_scalev-space-m);
  }
`;
