import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Busy state that does not flicker: a quick action never shows a spinner, a slow one shows it for
 * at least `minimumMs` so it does not blink. `busy` is true from `run()` until the task settles,
 * so a button bound to it cannot be pressed twice; `visible` is what the spinner should follow.
 */
export class PendingController implements ReactiveController {
  busy = false;
  visible = false;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private shownAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { delayMs?: number; minimumMs?: number } = {},
  ) {
    host.addController(this);
  }

  /** Runs `task` unless one is already running (then resolves undefined without running it). */
  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    clearTimeout(this.hideTimer);
    this.host.requestUpdate();
    // A spinner still lingering from the last run stays up; otherwise it shows only for a slow task.
    if (!this.visible) {
      this.showTimer = setTimeout(() => {
        this.visible = true;
        this.shownAt = Date.now();
        this.host.requestUpdate();
      }, this.options.delayMs ?? 150);
    }
    try {
      return await task();
    } finally {
      clearTimeout(this.showTimer);
      // The control is free as soon as the task settles: a buyer who presses it again right after an
      // error must not meet a disabled button. Only the spinner lingers, so it does not blink.
      this.busy = false;
      const remaining = this.visible ? (this.options.minimumMs ?? 400) - (Date.now() - this.shownAt) : 0;
      if (remaining > 0) {
        this.hideTimer = setTimeout(() => {
          this.visible = false;
          this.host.requestUpdate();
        }, remaining);
      } else {
        this.visible = false;
      }
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.visible = false;
  }
}
