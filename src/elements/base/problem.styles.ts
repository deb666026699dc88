import { css } from 'lit';

export const problemStyles = css`
  .scalev-problem {
    border: 1px solid var(--_scalev-color-danger);
    border-radius: var(--_scalev-radius);
    padding: var(--_scalev-space-m);
    color: var(--_scalev-color-danger);
    background: var(--_scalev-color-surface);
  }
  .scalev-problem p {
    margin: var(--_scalev-space-xs) 0 0;
    color: var(--_scalev-color-text);
  }
`;
