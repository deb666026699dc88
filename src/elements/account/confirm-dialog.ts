import { css, html, nothing, type TemplateResult } from 'lit';
import type { ConfirmOptions } from './view-host.js';

/* The account's yes/no dialog: fetched by the views that ask (delete an address, cancel a subscription). */

export const DIALOG_STYLES_KEY = 'account-dialog';

export const dialogStyles = css`
  .dialog {
    width: min(28rem, calc(100vw - 2rem));
    padding: var(--_scalev-space-l);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius);
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    box-shadow: var(--_scalev-shadow);
  }
  .dialog::backdrop {
    background: var(--_scalev-color-backdrop);
  }
  .dialog__title {
    margin: 0;
    font-size: var(--_scalev-font-size-large);
    font-weight: var(--_scalev-font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .dialog p {
    margin-top: var(--_scalev-space-s);
  }
  .dialog__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_scalev-space-s);
    margin-top: var(--_scalev-space-l);
  }
  .button--danger {
    background: var(--_scalev-color-danger);
    border-color: var(--_scalev-color-danger);
    color: var(--_scalev-color-on-primary);
  }
`;

/** The dialog, empty while no question is pending; `answer` settles the question. */
export function renderConfirmDialog(
  pending: ConfirmOptions | null,
  cancelLabel: string,
  answer: (confirmed: boolean) => void,
  onClose: () => void,
): TemplateResult {
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="confirm-title"
    aria-describedby=${pending?.message ? 'confirm-message' : nothing}
    @close=${onClose}
  >
    ${pending
      ? html`<h2 id="confirm-title" class="dialog__title">${pending.title}</h2>
          ${pending.message ? html`<p id="confirm-message">${pending.message}</p>` : nothing}
          <div class="dialog__actions">
            <button type="button" class="button button--secondary" part="dialog-cancel" @click=${() => answer(false)}>
              ${cancelLabel}
            </button>
            <button
              type="button"
              class=${pending.danger ? 'button button--danger' : 'button'}
              part="dialog-confirm"
              @click=${() => answer(true)}
            >
              ${pending.confirmLabel}
            </button>
          </div>`
      : nothing}
  </dialog>`;
}
