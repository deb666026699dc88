import { css } from 'lit';

/** Styles of the lazily loaded product features: bundle heading and contents, thumbnails, option groups, dialog. */
export const featureStyles = css`
  .subtitle {
    margin: 0;
    color: var(--_scalev-color-muted);
  }
  .badge {
    align-self: flex-start;
    padding: 0.125rem var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-accent);
    border-radius: var(--_scalev-radius-small);
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
  }

  .thumbs {
    display: flex;
    gap: var(--_scalev-space-s);
    margin: 0;
    padding: 2px;
    list-style: none;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  .thumb {
    display: block;
    flex: none;
    width: 4rem;
    height: 4rem;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
    overflow: hidden;
    cursor: pointer;
  }
  .thumb[aria-pressed='true'] {
    border-color: var(--_scalev-color-primary);
  }
  .thumb img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
  }
  .option-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .option-group legend {
    margin-block-end: var(--_scalev-space-s);
    padding: 0;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .option-chosen {
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .option-values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scalev-space-s);
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option input:disabled {
    cursor: not-allowed;
  }
  .option__label {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    min-width: 2.75rem;
    justify-content: center;
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    overflow-wrap: anywhere;
  }
  .option input:checked + .option__label {
    border-color: var(--_scalev-color-primary);
    box-shadow: inset 0 0 0 1px var(--_scalev-color-primary);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .option input:disabled + .option__label {
    color: var(--_scalev-color-muted);
    border-style: dashed;
    text-decoration: line-through;
  }
  .option input:focus-visible + .option__label {
    outline: 3px solid var(--_scalev-color-focus);
    outline-offset: 2px;
  }

  .bundle-lines h3 {
    margin: 0 0 var(--_scalev-space-s);
    font-size: var(--_scalev-font-size);
  }
  .bundle-lines ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .bundle-lines li {
    overflow-wrap: anywhere;
  }

  .dialog {
    width: min(64rem, 100vw - 2rem);
    max-width: none;
    max-height: min(100dvh - 2rem, 60rem);
    padding: 0;
    border: 0;
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    box-shadow: var(--_scalev-shadow);
    overscroll-behavior: contain;
  }
  .dialog::backdrop {
    background: var(--_scalev-color-backdrop);
  }
  .dialog__bar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    justify-content: flex-end;
    padding: var(--_scalev-space-s);
    background: inherit;
  }
  .dialog__close {
    width: var(--_scalev-control-height);
    height: var(--_scalev-control-height);
    border: 1px solid var(--_scalev-color-border);
    border-radius: 50%;
    background: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog__content {
    padding: 0 var(--_scalev-space-m) var(--_scalev-space-l);
  }
  @media (max-width: 40rem) {
    .dialog {
      width: 100vw;
      max-height: 100dvh;
      margin: auto 0 0;
      border-radius: var(--_scalev-radius) var(--_scalev-radius) 0 0;
    }
  }
`;
