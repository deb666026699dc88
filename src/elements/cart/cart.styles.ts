import { css } from 'lit';

export const cartStyles = css`
  :host {
    --_scalev-cart-badge-background: var(--scalev-cart-badge-background, var(--_scalev-color-accent));
    --_scalev-cart-badge-color: var(--scalev-cart-badge-color, var(--_scalev-color-on-primary));
    --_scalev-cart-image-size: var(--scalev-cart-image-size, 4rem);
    display: inline-block;
    vertical-align: middle;
  }
  :host([mode='inline']) {
    display: block;
  }
  button,
  a {
    -webkit-tap-highlight-color: transparent;
  }
  .trigger {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    min-width: var(--_scalev-control-height);
    min-height: var(--_scalev-control-height);
    margin: 0;
    padding: 0 var(--_scalev-space-s);
    border: 0;
    border-radius: var(--_scalev-radius-small);
    background: transparent;
    color: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .trigger:hover {
    background: var(--_scalev-color-surface-alt);
  }
  .trigger__icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }
  .trigger__label {
    font-size: var(--_scalev-font-size-small);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-width: 1.375rem;
    height: 1.375rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_scalev-cart-badge-background);
    color: var(--_scalev-cart-badge-color);
    font-size: 0.75rem;
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .badge[hidden] {
    display: none;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    padding: var(--_scalev-space-m);
  }
  .skeleton__row {
    height: var(--_scalev-cart-image-size);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    animation: scalev-cart-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes scalev-cart-pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.5;
    }
  }
`;
