import { css } from 'lit';

/** What the checkout shows before its parts are in (preparing, nothing to order, placeholders). The form's frame and sections bring their own styles (`parts.styles.ts`). */
export const checkoutStyles = css`
  :host {
    --_scalev-checkout-summary-background: var(--scalev-checkout-summary-background, var(--_scalev-color-surface-alt));
    --_scalev-checkout-max-width: var(--scalev-checkout-max-width, 72rem);
  }
  .muted {
    margin: 0;
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .empty {
    padding: var(--_scalev-space-l) 0;
  }
  .part-loading {
    min-height: var(--_scalev-control-height);
  }
`;
