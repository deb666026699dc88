import { css } from 'lit';
import { orderFactsStyles } from './order-facts.js';

const own = css`
  :host {
    --_scalev-order-status-badge-radius: var(--scalev-order-status-badge-radius, 999px);
  }
  .order {
    display: grid;
    gap: var(--_scalev-space-l);
  }
  .order__title {
    margin: 0 0 var(--_scalev-space-s);
    font-size: var(--_scalev-font-size-large);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_scalev-space-s) var(--_scalev-space-m);
    margin: 0;
  }
  .facts dt {
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_scalev-space-s);
    border-radius: var(--_scalev-order-status-badge-radius);
    border: 1px solid currentColor;
    font-size: var(--_scalev-font-size-small);
  }
  .badge--paid {
    color: var(--_scalev-color-success);
  }
  .badge--unpaid {
    color: var(--_scalev-color-warning);
  }
  .badge--conflict,
  .badge--expired,
  .badge--canceled {
    color: var(--_scalev-color-danger);
  }
  .section {
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .section-title {
    margin: 0;
    font-size: 1em;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-m);
  }
  .line__name {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .line__options,
  .hint {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .line__qty {
    white-space: nowrap;
  }
  .address {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .order__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-m);
  }
  /* Every text link (order page, transfer proof, …) in the theme colour, not the browser's blue. */
  a:not(.button) {
    color: var(--_scalev-color-primary);
  }
  .loading,
  .empty {
    margin: 0;
    padding: var(--_scalev-space-l) 0;
    color: var(--_scalev-color-muted);
  }
`;

/** The per-method instruction styles are adopted when the instructions load. */
export const orderStatusStyles = [orderFactsStyles, own];
