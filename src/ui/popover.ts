import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type FloatingModule = typeof import('./floating.js');

let floating: Promise<FloatingModule> | null = null;
/** Floating UI is loaded the first time a popover opens, so elements that never open one do not pay for it. */
function loadFloating(): Promise<FloatingModule> {
  return (floating ??= import('./floating.js'));
}

const popoverSupported = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/**
 * A panel anchored to a button, behaving like a disclosure: the button toggles it and reports
 * `aria-expanded`; Escape closes it and puts focus back on the button; a click outside the host or
 * focus moving out of the host closes it. The panel is shown in the top layer (`popover="manual"`)
 * so no overflow or stacking rule of the page can clip it, and Floating UI keeps it next to the
 * button while the page scrolls or resizes (flip to stay in view, shift along the edge).
 *
 * Usage: `popover = new PopoverController(this, () => anchorButton, () => panelElement)`,
 * `renderPopover({ id, content })`, `popoverStyles` in `static styles`.
 */
export class PopoverController implements ReactiveController {
  open = false;
  private stopTracking: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly anchor: () => HTMLElement | null | undefined,
    private readonly panel: () => HTMLElement | null | undefined,
    private readonly onToggle?: (open: boolean) => void,
  ) {
    host.addController(this);
  }

  toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  show(): void {
    if (this.open) return;
    this.open = true;
    this.host.requestUpdate();
    this.onToggle?.(true);
  }

  /** Closes the panel; `restoreFocus` puts focus back on the anchor (Escape does). */
  hide(restoreFocus = false): void {
    if (!this.open) return;
    this.open = false;
    this.stop();
    this.host.requestUpdate();
    this.onToggle?.(false);
    if (restoreFocus) this.anchor()?.focus({ preventScroll: true });
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.open = false;
    this.stop();
  }

  hostUpdated(): void {
    const panel = this.panel();
    if (!panel) return;
    // `data-open` drives the styles, so browsers without the Popover API show and hide it too.
    const shown = panel.hasAttribute('data-open');
    if (this.open && !shown) {
      panel.setAttribute('data-open', '');
      if (popoverSupported && panel.isConnected) panel.showPopover();
      void this.track(panel);
    } else if (!this.open && shown) {
      panel.removeAttribute('data-open');
      if (popoverSupported && panel.matches(':popover-open')) panel.hidePopover();
    }
  }

  private async track(panel: HTMLElement): Promise<void> {
    const anchor = this.anchor();
    if (!anchor) return;
    const { autoUpdate, computePosition, flip, offset, shift } = await loadFloating();
    if (!this.open || this.stopTracking) return;
    this.stopTracking = autoUpdate(anchor, panel, () => {
      void computePosition(anchor, panel, {
        placement: 'bottom-end',
        strategy: 'fixed',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        panel.style.left = `${x}px`;
        panel.style.top = `${y}px`;
      });
    });
  }

  private stop(): void {
    this.stopTracking?.();
    this.stopTracking = null;
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this.host)) this.hide();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (this.open && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.hide(true);
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    // Null: focus went to the page body or another window; a click inside keeps it in the host.
    if (this.open && next && !this.host.contains(next) && !this.host.shadowRoot?.contains(next)) this.hide();
  };
}

export interface PopoverOptions {
  id: string;
  /** What the panel shows; it names itself (a labelled section): a plain `div` may not carry a name in ARIA. */
  content: TemplateResult;
  part?: string;
}

export function renderPopover(options: PopoverOptions): TemplateResult {
  return html`<div
    id=${options.id}
    class="popover"
    part=${options.part ?? 'popover'}
    popover="manual"
  >
    ${options.content}
  </div>`;
}
