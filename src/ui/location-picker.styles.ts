import { css } from 'lit';

export const locationPickerStyles = css`
  .picker {
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .cascade {
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .popup {
    position: fixed;
    top: 0;
    left: 0;
    z-index: var(--_scalev-z-overlay);
    max-height: min(18rem, 50vh);
    overflow-y: auto;
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    box-shadow: var(--_scalev-shadow);
  }
  .popup[hidden] {
    display: none;
  }
  /* Not placed yet (Floating UI still loading): not shown at the corner of the page. */
  .popup:not([style]) {
    visibility: hidden;
  }
  .popup__status {
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .popup__status--error {
    color: var(--_scalev-color-danger);
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: var(--_scalev-space-xs) 0;
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    flex-direction: column;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    cursor: pointer;
    line-height: 1.35;
  }
  .option[aria-selected='true'],
  .option:hover {
    background: var(--_scalev-color-surface-alt);
    outline: 2px solid var(--_scalev-color-focus);
    outline-offset: -2px;
  }
  .option:hover {
    outline: none;
  }
  .option__main {
    font-weight: var(--_scalev-font-weight-bold);
  }
  .option__sub {
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .mode-switch,
  .link {
    justify-self: start;
    padding: 0;
    min-height: 1.75rem;
    border: 0;
    background: none;
    color: var(--_scalev-color-primary);
    text-decoration: underline;
    cursor: pointer;
    font-size: var(--_scalev-font-size-small);
  }
  .field--postal {
    max-width: 12rem;
  }
`;
