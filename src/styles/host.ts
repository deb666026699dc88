import { css, unsafeCSS } from 'lit';

/**
 * `name:default;…` → `--_scalev-<name>:var(--scalev-<name>,<default>);…`. Written out, the two
 * tiers repeat every name twice; this keeps the shipped list short.
 */
const declareTokens = (list: string) => unsafeCSS(list.replace(/([\w-]+):([^;]+);/g, '--_scalev-$1:var(--scalev-$1,$2);'));

/** The built-in dark palette, used by `theme="dark"` and by `theme="auto"` on a dark device. */
const darkPalette = declareTokens(
  'color-text:#e5e7eb;' +
    'color-surface:#111827;' +
    'color-surface-alt:#1f2937;' +
    'color-border:#374151;' +
    'color-primary:#34d399;' +
    'color-on-primary:#052e1f;' +
    'color-danger:#f97066;' +
    'color-success:#47cd89;' +
    'color-warning:#fdb022;' +
    'color-focus:#93c5fd;',
);

/**
 * Design tokens, two tiers (DESIGN §1): merchants set `--scalev-<token>` (global) or
 * `--scalev-<element>-<property>` (per element, declared in each element's styles). Internals
 * read `--_scalev-*`, which fall back to defaults that inherit the host page's font and colour.
 * `test/styles/tokens.test.ts` fails when a component reads a token that is not declared here
 * or in its own element tier; `docs/theming.md` lists each token with its default.
 */
export const tokens = css`
  :host {
    ${declareTokens(
      'font-family:inherit;' +
        'font-size:1rem;' +
        'font-size-small:0.875em;' +
        'font-size-large:1.25em;' +
        'font-weight-bold:600;' +
        'line-height:1.5;' +
        'color-text:currentColor;' +
        'color-muted:color-mix(in srgb, currentColor 78%, transparent);' +
        'color-surface:#ffffff;' +
        'color-surface-alt:color-mix(in srgb, currentColor 5%, transparent);' +
        'color-border:color-mix(in srgb, currentColor 18%, transparent);' +
        'color-primary:#0b6e4f;' +
        'color-on-primary:#ffffff;' +
        'color-accent:#c2410c;' +
        'color-danger:#b42318;' +
        'color-success:#067647;' +
        'color-warning:#b54708;' +
        'color-focus:#2563eb;' +
        'color-backdrop:rgb(15 23 42 / 0.5);' +
        'radius:10px;' +
        'radius-small:6px;' +
        'space-xs:0.25rem;' +
        'space-s:0.5rem;' +
        'space-m:1rem;' +
        'space-l:1.5rem;' +
        'space-xl:2rem;' +
        'shadow:0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.08);' +
        'control-height:2.75rem;' +
        'transition:160ms ease;' +
        'z-overlay:2147483000;',
    )}
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
  ::before,
  ::after {
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
    ::before,
    ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
