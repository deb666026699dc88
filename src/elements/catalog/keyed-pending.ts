import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `PendingController` for many buttons at once (one per card): a key is busy from the start of its
 * task until it settles (a second press meanwhile does nothing), and its spinner shows only after
 * 150 ms, then for at least 400 ms, so quick adds never flash a spinner and slow ones never blink.
 */
export class KeyedPending implements ReactiveController {
  private readonly busy = new Set<string>();
  /** Keys whose spinner shows → when it appeared. */
  private readonly shownAt = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  isBusy(key: string): boolean {
    return this.busy.has(key);
  }

  isVisible(key: string): boolean {
    return this.shownAt.has(key);
  }

  /** Runs `task` for `key` unless one is running for it already. */
  async run(key: string, task: () => Promise<void>): Promise<void> {
    if (this.busy.has(key)) return;
    this.busy.add(key);
    // A spinner still lingering from the last press stays up; otherwise it waits for a slow task.
    this.schedule(key, this.shownAt.has(key) ? undefined : () => this.shownAt.set(key, Date.now()), 150);
    this.host.requestUpdate();
    try {
      await task();
    } finally {
      // Free at once, so pressing again right after an error works; only the spinner lingers.
      this.busy.delete(key);
      const shown = this.shownAt.get(key);
      const remaining = shown === undefined ? 0 : shown + 400 - Date.now();
      if (remaining > 0) {
        this.schedule(key, () => this.shownAt.delete(key), remaining);
      } else {
        this.schedule(key);
        this.shownAt.delete(key);
      }
      this.host.requestUpdate();
    }
  }

  /** Replaces the key's pending timer with `change` after `ms` (or just clears it). */
  private schedule(key: string, change?: () => void, ms = 0): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!change) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        change();
        this.host.requestUpdate();
      }, ms),
    );
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.shownAt.clear();
  }
}
