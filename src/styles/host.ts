import { css } from 'lit';

/** The built-in dark palette, used by `theme="dark"` and by `theme="auto"` on a dark device. */
const darkPalette = css`
    --_scalev-color-text: var(--scalev-color-text, #e5e7eb);
    --_scalev-color-surface: var(--scalev-color-surface, #111827);
    --_scalev-color-surface-alt: var(--scalev-color-surface-alt, #1f2937);
    --_scalev-color-border: var(--scalev-color-border, #374151);
    --_scalev-color-primary: var(--scalev-color-primary, #34d399);
    --_scalev-color-on-primary: var(--scalev-color-on-primary, #052e1f);
    --_scalev-color-danger: var(--scalev-color-danger, #f97066);
    --_scalev-color-success: var(--scalev-color-success, #47cd89);
    --_scalev-color-warning: var(--scalev-color-warning, #fdb022);
    --_scalev-color-focus: var(--scalev-color-focus, #93c5fd);
`;

/**
 * Design tokens, two tiers (DESIGN §1): merchants set `--scalev-<token>` (global) or
 * `--scalev-<element>-<property>` (per element, declared in each element's styles). Internals
 * read `--_scalev-*`, which fall back to defaults that inherit the host page's font and colour.
 * `test/styles/tokens.test.ts` fails when a component reads a token that is not declared here
 * or in its own element tier.
 */
export const tokens = css`
  :host {
    --_scalev-font-family: var(--scalev-font-family, inherit);
    --_scalev-font-size: var(--scalev-font-size, 1rem);
    --_scalev-font-size-small: var(--scalev-font-size-small, 0.875em);
    --_scalev-font-size-large: var(--scalev-font-size-large, 1.25em);
    --_scalev-font-weight-bold: var(--scalev-font-weight-bold, 600);
    --_scalev-line-height: var(--scalev-line-height, 1.5);
    --_scalev-color-text: var(--scalev-color-text, currentColor);
    --_scalev-color-muted: var(--scalev-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_scalev-color-surface: var(--scalev-color-surface, #ffffff);
    --_scalev-color-surface-alt: var(--scalev-color-surface-alt, color-mix(in srgb, currentColor 5%, transparent));
    --_scalev-color-border: var(--scalev-color-border, color-mix(in srgb, currentColor 18%, transparent));
    --_scalev-color-primary: var(--scalev-color-primary, #0b6e4f);
    --_scalev-color-on-primary: var(--scalev-color-on-primary, #ffffff);
    --_scalev-color-accent: var(--scalev-color-accent, #c2410c);
    --_scalev-color-danger: var(--scalev-color-danger, #b42318);
    --_scalev-color-success: var(--scalev-color-success, #067647);
    --_scalev-color-warning: var(--scalev-color-warning, #b54708);
    --_scalev-color-focus: var(--scalev-color-focus, #2563eb);
    --_scalev-color-backdrop: var(--scalev-color-backdrop, rgb(15 23 42 / 0.5));
    --_scalev-radius: var(--scalev-radius, 10px);
    --_scalev-radius-small: var(--scalev-radius-small, 6px);
    --_scalev-space-xs: var(--scalev-space-xs, 0.25rem);
    --_scalev-space-s: var(--scalev-space-s, 0.5rem);
    --_scalev-space-m: var(--scalev-space-m, 1rem);
    --_scalev-space-l: var(--scalev-space-l, 1.5rem);
    --_scalev-space-xl: var(--scalev-space-xl, 2rem);
    --_scalev-shadow: var(--scalev-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.08));
    --_scalev-control-height: var(--scalev-control-height, 2.75rem);
    --_scalev-transition: var(--scalev-transition, 160ms ease);
    --_scalev-z-overlay: var(--scalev-z-overlay, 2147483000);
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;

/**
 * Shared host rules: a predictable box that host-page CSS cannot reach into (Shadow DOM), inherited
 * typography, visible focus, reduced motion, and the visually-hidden helper for live regions.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_scalev-font-family);
    font-size: var(--_scalev-font-size);
    line-height: var(--_scalev-line-height);
    color: var(--_scalev-color-text);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
