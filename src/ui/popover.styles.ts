import { css } from 'lit';

/** Styles of `renderPopover`; add to the caller's `static styles`. Width: `--scalev-popover-width` (default 24rem). */
export const popoverStyles = css`
  :host {
    --_scalev-popover-width: var(--scalev-popover-width, 24rem);
  }
  .popover {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: var(--_scalev-z-overlay);
    box-sizing: border-box;
    width: min(var(--_scalev-popover-width), calc(100vw - 16px));
    max-height: min(75vh, 40rem);
    margin: 0;
    padding: 0;
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    font: inherit;
    line-height: var(--_scalev-line-height);
    box-shadow: var(--_scalev-shadow);
  }
  .popover:not([data-open]) {
    display: none;
  }
`;
