import { css } from 'lit';

/** The form's frame: layout, sections, steps, buttons, notices. The sections' own styles come with them (`parts.styles.ts`). */
export const checkoutStyles = css`
  :host {
    --_scalev-checkout-summary-background: var(--scalev-checkout-summary-background, var(--_scalev-color-surface-alt));
    --_scalev-checkout-max-width: var(--scalev-checkout-max-width, 72rem);
  }
  .checkout {
    display: grid;
    gap: var(--_scalev-space-l);
    max-width: var(--_scalev-checkout-max-width);
    margin: 0 auto;
  }
  .checkout--wide {
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    align-items: start;
  }
  .checkout--wide > .notice,
  .checkout--wide > div.notice {
    grid-column: 1 / -1;
  }
  .main {
    display: grid;
    gap: var(--_scalev-space-l);
    min-width: 0;
  }
  .section {
    display: grid;
    gap: var(--_scalev-space-m);
    min-width: 0;
  }
  .section__title {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    line-height: 1.3;
  }
  .section__title:focus {
    outline: none;
  }
  .section__title:focus-visible {
    outline: 3px solid var(--_scalev-color-focus);
  }
  .muted {
    margin: 0;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    cursor: pointer;
    text-decoration: none;
  }
  .button--secondary {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .step-nav {
    display: flex;
    gap: var(--_scalev-space-s);
    justify-content: space-between;
  }
  .step-nav .button:only-child {
    margin-inline-start: auto;
  }
  .stepper ol {
    display: flex;
    gap: var(--_scalev-space-s);
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-x: auto;
  }
  .stepper li {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-xs);
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
    white-space: nowrap;
  }
  .stepper li.is-current {
    color: var(--_scalev-color-text);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .stepper__num {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .stepper li.is-current .stepper__num,
  .stepper li.is-done .stepper__num {
    background: var(--_scalev-color-primary);
    border-color: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
  }
  .mini-total {
    display: flex;
    justify-content: space-between;
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-checkout-summary-background);
  }
  .notice {
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    border: 1px solid var(--_scalev-color-border);
    background: var(--_scalev-color-surface-alt);
  }
  .notice--warning {
    border-color: var(--_scalev-color-warning);
    color: var(--_scalev-color-warning);
  }
  .notice--success {
    border-color: var(--_scalev-color-success);
    color: var(--_scalev-color-success);
  }
  .empty {
    padding: var(--_scalev-space-l) 0;
  }
  .part-loading {
    min-height: var(--_scalev-control-height);
  }
`;
