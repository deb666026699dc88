import { css } from 'lit';

export const storefrontStyles = css`
  :host {
    --_scalev-storefront-max-width: var(--scalev-storefront-max-width, 72rem);
    --_scalev-storefront-gap: var(--scalev-storefront-gap, var(--_scalev-space-l));
    --_scalev-storefront-header-background: var(--scalev-storefront-header-background, var(--_scalev-color-surface));
    --_scalev-storefront-header-border: var(--scalev-storefront-header-border, var(--_scalev-color-border));
    --_scalev-storefront-header-padding: var(--scalev-storefront-header-padding, var(--_scalev-space-s) var(--_scalev-space-m));
  }
  .shop {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-storefront-gap);
    width: 100%;
    max-width: var(--_scalev-storefront-max-width);
    margin: 0 auto;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-storefront-header-padding);
    background: var(--_scalev-storefront-header-background);
    border-bottom: 1px solid var(--_scalev-storefront-header-border);
    border-radius: var(--_scalev-radius-small);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    min-height: var(--_scalev-control-height);
    color: inherit;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.2;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-xs);
  }
  .nav__link {
    display: inline-flex;
    align-items: center;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-s);
    border-radius: var(--_scalev-radius-small);
    color: inherit;
    text-decoration: none;
    white-space: nowrap;
  }
  .nav__link:hover {
    background: var(--_scalev-color-surface-alt);
  }
  .nav__link[aria-current='page'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.3em;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .main {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    min-width: 0;
    min-height: 12rem;
  }
  .main:focus,
  .main:focus-visible {
    outline: none;
  }
  .back-link {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    color: inherit;
    text-underline-offset: 0.2em;
  }
  .skeleton {
    min-height: 12rem;
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface-alt);
  }
  .not-found {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-l) 0;
  }
  .not-found h2 {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    line-height: 1.3;
  }
  .not-found p {
    margin: 0;
    color: var(--_scalev-color-muted);
  }
  .home-slot[hidden] {
    display: none;
  }
`;
