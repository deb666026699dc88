import { css, html, type TemplateResult } from 'lit';

/**
 * The modal dialog around `<scalev-product>` (the catalogue's detail view). Loaded only by a buy
 * box in `modal` mode.
 */

/**
 * The dialog with the product inside. Closing it (close button, a click on the backdrop, Escape)
 * calls `onClosed` at once: the `close` event comes later as a task, which background pages may
 * hold back, so nothing waits for it.
 */
export function renderDialog(options: {
  label: string;
  closeLabel: string;
  content: TemplateResult;
  onClosed: () => void;
}): TemplateResult {
  const close = (dialog: HTMLDialogElement | null) => {
    dialog?.close();
    options.onClosed();
  };
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-label=${options.label}
    @close=${options.onClosed}
    @cancel=${(event: Event) => {
      const dialog = event.currentTarget as HTMLDialogElement;
      queueMicrotask(() => {
        if (!dialog.open) options.onClosed();
      });
    }}
    @click=${(event: MouseEvent) => {
      // A click on the dialog box itself, outside its content, is a click on the backdrop.
      if (event.target === event.currentTarget) close(event.currentTarget as HTMLDialogElement);
    }}
  >
    <div class="dialog__bar">
      <button
        type="button"
        class="dialog__close"
        part="dialog-close"
        aria-label=${options.closeLabel}
        @click=${(event: Event) => close((event.currentTarget as Element).closest('dialog'))}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div class="dialog__content">${options.content}</div>
  </dialog>`;
}

export const styles = css`
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
