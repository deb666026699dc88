import { css } from 'lit';
import type { AccountHost } from '../view-host.js';

/** Lists, cards and badges of the orders, subscriptions, courses and addresses views. */
const listStyles = css`
  .section-title {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_scalev-font-weight-bold);
  }
  .list,
  .lines,
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    padding: var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card__row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
  }
  .card__title {
    margin: 0;
    font-weight: var(--_scalev-font-weight-bold);
    font-size: 1em;
  }
  .button--small {
    min-height: 2.25rem;
    padding: 0 var(--_scalev-space-m);
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: var(--_scalev-font-size-small);
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge--good {
    color: var(--_scalev-color-success);
  }
  .badge--warn {
    /* Pulled toward the text colour: readable on light and dark pages alike. */
    color: color-mix(in srgb, var(--_scalev-color-warning) 55%, var(--_scalev-color-text));
  }
  .badge--bad {
    color: var(--_scalev-color-danger);
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-m);
    overflow-wrap: anywhere;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_scalev-space-s);
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.05em;
    letter-spacing: 0.03em;
  }
  .progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_scalev-color-primary);
  }
  .course-text {
    overflow-wrap: anywhere;
  }
  .course-text img {
    max-width: 100%;
    height: auto;
  }
  .contents {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .content-link {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
    min-height: 2.5rem;
    align-items: center;
  }
  .content-meta {
    font-size: var(--_scalev-font-size-small);
    white-space: nowrap;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }
  .option__plans {
    flex-basis: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-s);
  }
`;

export function adoptListStyles(host: AccountHost): void {
  host.adoptStyles('account-lists', listStyles.cssText);
}
