import { css } from 'lit';

/**
 * The kit's filled action button (`.button`), one rule for every element that shows one: colours
 * and size from the theme tokens, so a brand restyles all of them at once. Elements add their
 * variants (secondary, danger, small) next to their own styles.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-primary);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
`;
