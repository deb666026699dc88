import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A modal side drawer built on `<dialog>`: the browser puts it in the top layer above any page CSS,
 * makes the page behind it inert (focus cannot leave it), and closes it on Escape. This controller
 * adds closing on a backdrop click and gives focus back to whatever opened it.
 *
 * Usage in an element: `drawer = new DrawerController(this, () => this.renderRoot.querySelector('dialog'))`,
 * `renderDrawer({ controller: this.drawer, labelledBy: 'heading', content })` in `render()`, and
 * `drawerStyles` in `static styles`. The drawer slides in from the inline end on wide screens and
 * is a full-width sheet from the bottom on phones; reduced motion turns the slide off.
 */
export class DrawerController implements ReactiveController {
  /** Whether the drawer is (to be) open; change it through `show()` and `close()`. */
  open = false;
  private returnFocusTo: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly dialog: () => HTMLDialogElement | null | undefined,
    private readonly onToggle?: (open: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Opens the drawer; focus returns to `returnFocusTo` (default: the focused element) on close. */
  show(returnFocusTo?: HTMLElement | null): void {
    if (this.open) return;
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    this.open = true;
    this.host.requestUpdate();
    this.onToggle?.(true);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    this.host.requestUpdate();
    this.afterClose();
  }

  hostUpdated(): void {
    const dialog = this.dialog();
    if (!dialog) return;
    if (this.open && !dialog.open && dialog.isConnected) {
      try {
        dialog.showModal();
      } catch {
        // A dialog that cannot be modal (not connected, or already open non-modally) still shows.
        dialog.setAttribute('open', '');
      }
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /**
   * Escape: closed here at once rather than when the browser's (asynchronous) `close` event comes,
   * so state, `open` and focus agree immediately.
   */
  readonly handleCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  /** `close` fires for Escape, `dialog.close()` and form submission alike. */
  readonly handleClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.afterClose();
  };

  /**
   * The page behind a modal dialog is inert, but Tab can still leave the document for the browser's
   * own controls. Two focusable sentinels at the edges send focus round to the other end instead.
   * Focus arriving from outside the drawer (`showModal()` focuses the start sentinel, the first
   * focusable thing inside) goes to the first control, not round to the last.
   */
  readonly handleSentinelFocus = (event: FocusEvent): void => {
    const dialog = this.dialog();
    if (!dialog) return;
    const items = tabbables(dialog);
    const from = event.relatedTarget;
    const fromStart =
      (event.target as HTMLElement).dataset['edge'] === 'start' && from instanceof Node && dialog.contains(from);
    const target = fromStart ? items[items.length - 1] : items[0];
    (target ?? dialog).focus();
  };

  /** A click whose target is the dialog itself landed on the backdrop (the panel fills the box). */
  readonly handleClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.close();
  };

  private afterClose(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    this.onToggle?.(false);
    if (target?.isConnected) target.focus({ preventScroll: true });
  }
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keyboard-reachable elements inside `root` (own tree only), in document order, sentinels excluded. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !el.classList.contains('drawer__sentinel') && el.getClientRects().length > 0,
  );
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export interface DrawerOptions {
  controller: DrawerController;
  /** Id of the element (inside the same shadow root) that names the drawer. */
  labelledBy: string;
  content: TemplateResult;
  id?: string;
  /** Extra part names, e.g. 'drawer' (default). */
  part?: string;
}

export function renderDrawer(options: DrawerOptions): TemplateResult {
  const { controller } = options;
  return html`<dialog
    id=${options.id ?? 'drawer'}
    class="drawer"
    part=${options.part ?? 'drawer'}
    aria-labelledby=${options.labelledBy}
    @cancel=${controller.handleCancel}
    @close=${controller.handleClose}
    @click=${controller.handleClick}
  >
    <span class="drawer__sentinel" data-edge="start" tabindex="0" @focus=${controller.handleSentinelFocus}></span>
    <div class="drawer__panel" part="drawer-panel">${options.content}</div>
    <span class="drawer__sentinel" data-edge="end" tabindex="0" @focus=${controller.handleSentinelFocus}></span>
  </dialog>`;
}
