import { css } from 'lit';

/** Styles for `renderField` and for selects/controls that follow the same look. */
export const formFieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    min-width: 0;
  }
  .field__label {
    font-weight: var(--_scalev-font-weight-bold);
    font-size: var(--_scalev-font-size-small);
    line-height: 1.4;
  }
  .field__optional {
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .field__control {
    display: block;
    width: 100%;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    line-height: 1.4;
    margin: 0;
  }
  .field__control--multiline {
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    min-height: 5rem;
    resize: vertical;
  }
  select.field__control {
    padding-inline-end: var(--_scalev-space-s);
  }
  .field__control[aria-invalid='true'] {
    border-color: var(--_scalev-color-danger);
  }
  .field__control:disabled {
    opacity: 0.6;
  }
  .field__hint {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .field__error {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-danger);
  }
`;
