import { css } from 'lit';

/** Styles of `renderQuantityStepper`; add to the caller's `static styles`. */
export const quantityStepperStyles = css`
  .quantity-field {
    display: inline-flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
  }
  .quantity__label {
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .quantity {
    display: inline-flex;
    align-items: stretch;
    height: var(--_scalev-control-height);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    overflow: hidden;
  }
  .quantity__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: var(--_scalev-control-height);
    min-width: 2.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  .quantity__button:hover {
    background: var(--_scalev-color-surface-alt);
  }
  .quantity__button[aria-disabled='true'] {
    color: var(--_scalev-color-muted);
    cursor: not-allowed;
    background: transparent;
  }
  .quantity__button:focus-visible,
  .quantity__input:focus-visible {
    outline-offset: -3px;
  }
  .quantity__input {
    width: 3.25rem;
    margin: 0;
    padding: 0 var(--_scalev-space-xs);
    border: 0;
    border-inline: 1px solid var(--_scalev-color-border);
    border-radius: 0;
    background: transparent;
    text-align: center;
    font-variant-numeric: tabular-nums;
    -moz-appearance: textfield;
    appearance: textfield;
  }
  .quantity__input::-webkit-outer-spin-button,
  .quantity__input::-webkit-inner-spin-button {
    -webkit-appearance: none;
    margin: 0;
  }
  .quantity__input:disabled {
    color: var(--_scalev-color-muted);
  }
`;
