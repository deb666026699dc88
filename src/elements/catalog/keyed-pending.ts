import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `PendingController` for many buttons at once (one per card): a key is busy from the start of its
 * task (a second press does nothing) and visible only after 150 ms, then for at least 400 ms, so
 * quick adds never flash a spinner and slow ones never blink.
 */
export class KeyedPending implements ReactiveController {
  /** Busy keys → when the spinner became visible (0 while not yet visible). */
  private readonly shownAt = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  isBusy(key: string): boolean {
    return this.shownAt.has(key);
  }

  isVisible(key: string): boolean {
    return Boolean(this.shownAt.get(key));
  }

  /** Runs `task` for `key` unless one is running for it already. */
  async run(key: string, task: () => Promise<void>): Promise<void> {
    if (this.shownAt.has(key)) return;
    this.shownAt.set(key, 0);
    this.host.requestUpdate();
    const timer = setTimeout(() => {
      this.shownAt.set(key, Date.now());
      this.host.requestUpdate();
    }, 150);
    this.timers.add(timer);
    try {
      await task();
    } finally {
      clearTimeout(timer);
      this.timers.delete(timer);
      const shown = this.shownAt.get(key);
      if (shown) await new Promise((resolve) => setTimeout(resolve, shown + 400 - Date.now()));
      this.shownAt.delete(key);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }
}
