import { css } from 'lit';

export const statusMessageStyles = css`
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    border: 1px solid currentColor;
  }
  .status--error {
    color: var(--_scalev-color-danger);
    background: color-mix(in srgb, var(--_scalev-color-danger) 8%, var(--_scalev-color-surface));
  }
  .status__text {
    flex: 1 1 12rem;
  }
  .status__retry {
    min-height: 2.25rem;
    padding: 0 var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    border: 1px solid currentColor;
    background: var(--_scalev-color-surface);
    color: inherit;
    cursor: pointer;
  }
`;
