import { css } from 'lit';

export const loginStyles = css`
  :host {
    --_scalev-login-max-width: var(--scalev-login-max-width, 26rem);
    --_scalev-login-gap: var(--scalev-login-gap, var(--_scalev-space-m));
    max-width: var(--_scalev-login-max-width);
  }
  .form,
  .signed-in,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-login-gap);
    margin: 0;
  }
  .field {
    gap: var(--_scalev-space-xs);
  }
  .heading {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_scalev-color-focus);
  }
  p {
    margin: 0;
  }
  .notice {
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    border-inline-start: 3px solid var(--_scalev-color-primary);
  }
  .notice--error {
    border-inline-start-color: var(--_scalev-color-danger);
  }
  label,
  .who,
  .heading,
  .button {
    font-weight: var(--_scalev-font-weight-bold);
  }
  input:not([type='checkbox']),
  .button {
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
  }
  input:not([type='checkbox']) {
    display: block;
    width: 100%;
    line-height: 1.4;
  }
  input[aria-invalid='true'] {
    border-color: var(--_scalev-color-danger);
  }
  .code {
    font-size: var(--_scalev-font-size-large);
    letter-spacing: 0.3em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    font-weight: normal;
  }
  .hint,
  .field-error {
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .field-error {
    color: var(--_scalev-color-danger);
  }
  .button {
    border-color: var(--_scalev-color-primary);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    cursor: pointer;
  }
  .button--quiet {
    background: var(--_scalev-color-surface);
    color: inherit;
    border-color: var(--_scalev-color-border);
  }
  :disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .link {
    align-self: flex-start;
    min-height: 2.25rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_scalev-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-m);
  }
  .skeleton {
    min-height: 8rem;
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface-alt);
    color: transparent;
  }
`;
