import { css } from 'lit';

/** The account's frame and its first view (profile); the other views bring their own rules. */
export const accountStyles = css`
  :host {
    --_scalev-account-max-width: var(--scalev-account-max-width, 60rem);
    --_scalev-account-nav-gap: var(--scalev-account-nav-gap, var(--_scalev-space-s));
    max-width: var(--_scalev-account-max-width);
  }
  .account {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
  }
  .greeting {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .nav ul {
    display: flex;
    gap: var(--_scalev-account-nav-gap);
    margin: 0;
    padding: 0 0 var(--_scalev-space-xs);
    list-style: none;
    overflow-x: auto;
    border-bottom: 1px solid var(--_scalev-color-border);
  }
  .nav__link {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0 var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    color: inherit;
    text-decoration: none;
    white-space: nowrap;
  }
  .nav__link:hover {
    background: var(--_scalev-color-surface-alt);
  }
  .nav__link[aria-current='page'] {
    background: var(--_scalev-color-primary);
    color: var(--_scalev-color-on-primary);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .view {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    min-width: 0;
  }
  .view-head {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
  }
  .view-title {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .view-title:focus {
    outline: none;
  }
  .view-title:focus-visible {
    outline: 3px solid var(--_scalev-color-focus);
  }
  a {
    color: var(--_scalev-color-primary);
  }
  .back {
    align-self: flex-start;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-s);
  }
  .button--secondary {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    border-color: var(--_scalev-color-border);
    font-weight: normal;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .notice {
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    border-inline-start: 3px solid var(--_scalev-color-success);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: var(--_scalev-space-xs) var(--_scalev-space-m);
    margin: 0;
  }
  .details dt {
    color: var(--_scalev-color-muted);
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-s);
    min-height: 6rem;
  }
  .skeleton__row {
    height: 3.5rem;
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface-alt);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.5;
    }
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-l) var(--_scalev-space-m);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
  }
`;
