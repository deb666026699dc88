import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { formFieldStyles } from '../../ui/form-field.styles.js';

/** Styles of the checkout's form frame (layout, steps, buttons, notices) and sections (fields, choices, saved addresses, summary, placed order), adopted when the first part loads. */
export const checkoutPartStyles = [
  formFieldStyles,
  buttonStyles,
  css`
  .checkout {
    display: grid;
    /* One column no wider than the element: long content (the phone steps) cannot widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_scalev-space-l);
    max-width: var(--_scalev-checkout-max-width);
    margin: 0 auto;
  }
  .checkout--wide {
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    align-items: start;
  }
  .checkout--wide > .notice {
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
  /* The steps wrap onto a second line on a narrow screen: a list that scrolled sideways would be a
     scrollable region without anything to focus in it (axe: scrollable-region-focusable). */
  .stepper ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-xs) var(--_scalev-space-s);
    list-style: none;
    margin: 0;
    padding: 0;
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
  .mini-total,
  .notice {
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
  }
  .mini-total {
    display: flex;
    justify-content: space-between;
    background: var(--_scalev-checkout-summary-background);
  }
  .notice {
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
  .choices {
    display: grid;
    gap: var(--_scalev-space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choices legend {
    padding: 0;
    margin-bottom: var(--_scalev-space-s);
    font-weight: var(--_scalev-font-weight-bold);
    font-size: var(--_scalev-font-size-small);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    min-height: var(--_scalev-control-height);
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_scalev-color-primary);
    box-shadow: inset 0 0 0 1px var(--_scalev-color-primary);
  }
  .choice input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    flex: none;
    accent-color: var(--_scalev-color-primary);
  }
  .choice__logo {
    flex: none;
    object-fit: contain;
  }
  .choice__price {
    white-space: nowrap;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .badge {
    color: var(--_scalev-color-success);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-s);
    align-items: center;
  }
  .row .field__control {
    flex: 1 1 10rem;
    width: auto;
  }
  .field__ok {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-success);
  }
  .new-address {
    display: grid;
    gap: var(--_scalev-space-m);
    padding: var(--_scalev-space-m);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }
  .place {
    flex: 1;
  }
  .sign-in {
    margin: 0;
    color: var(--_scalev-color-muted);
  }
  .sign-in a {
    color: var(--_scalev-color-primary);
  }
  .link {
    justify-self: start;
    padding: 0;
    min-height: 2rem;
    border: 0;
    background: none;
    color: var(--_scalev-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .summary {
    display: grid;
    gap: var(--_scalev-space-m);
    padding: var(--_scalev-space-m);
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-checkout-summary-background);
    min-width: 0;
  }
  .checkout--wide .summary {
    position: sticky;
    top: var(--_scalev-space-m);
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
    gap: var(--_scalev-space-s);
    align-items: flex-start;
  }
  .line__image {
    flex: none;
    width: 3rem;
    height: 3rem;
    border-radius: var(--_scalev-radius-small);
    object-fit: cover;
    background: var(--_scalev-color-surface);
  }
  .choice__body,
  .line__body {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .line__total {
    white-space: nowrap;
  }
  .totals {
    display: grid;
    gap: var(--_scalev-space-xs);
    margin: 0;
  }
  .totals__row {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-m);
  }
  .totals__row dt,
  .totals__row dd {
    margin: 0;
  }
  .totals__row--total {
    padding-top: var(--_scalev-space-s);
    border-top: 1px solid var(--_scalev-color-border);
    font-weight: var(--_scalev-font-weight-bold);
    font-size: var(--_scalev-font-size-large);
  }
  .other-errors {
    margin: 0;
    padding-inline-start: var(--_scalev-space-l);
    color: var(--_scalev-color-danger);
    font-size: var(--_scalev-font-size-small);
  }
  .placed {
    display: grid;
    gap: var(--_scalev-space-l);
  }
`,
];
