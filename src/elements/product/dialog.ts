import { css, html, type LitElement, type TemplateResult } from 'lit';

/**
 * The modal dialog around `<scalev-product>` (the catalogue's detail view). Loaded only by a buy
 * box in `modal` mode.
 */

/** The `show()` calls of each buy box still waiting for its dialog to close. */
const waiting = new WeakMap<LitElement, Array<() => void>>();

/** Opens the buy box's dialog (once rendered); resolves when it closes. */
export async function showDialog(host: LitElement): Promise<void> {
  await host.updateComplete;
  const dialog = host.renderRoot.querySelector('dialog');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
}

/** The dialog closed (or the buy box left the page): the waiting `show()` calls resolve. */
export function dialogClosed(host: LitElement): void {
  const resolvers = waiting.get(host) ?? [];
  waiting.delete(host);
  for (const resolve of resolvers) resolve();
}

/**
 * The dialog with the product inside. Closing it (close button, a click on the backdrop, Escape)
 * resolves `show()` at once: the `close` event comes later as a task, which background pages may
 * hold back, so nothing waits for it.
 */
export function renderDialog(
  host: LitElement,
  options: { label: string; closeLabel: string; content: TemplateResult },
): TemplateResult {
  const closed = () => dialogClosed(host);
  const close = (dialog: HTMLDialogElement | null) => {
    dialog?.close();
    closed();
  };
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-label=${options.label}
    @close=${closed}
    @cancel=${(event: Event) => {
      const dialog = event.currentTarget as HTMLDialogElement;
      queueMicrotask(() => {
        if (!dialog.open) closed();
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
