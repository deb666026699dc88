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
    this.host.requestUpdate();
    this.showTimer = setTimeout(() => {
      this.visible = true;
      this.shownAt = Date.now();
      this.host.requestUpdate();
    }, this.options.delayMs ?? 150);
    try {
      return await task();
    } finally {
      clearTimeout(this.showTimer);
      const shownFor = this.visible ? Date.now() - this.shownAt : Infinity;
      const remaining = (this.options.minimumMs ?? 400) - shownFor;
      if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
      this.busy = false;
      this.visible = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.showTimer);
  }
}
