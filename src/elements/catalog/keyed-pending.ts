import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `PendingController` for many buttons at once (one per card): a key is `busy` from the start of
 * its task (a second press does nothing) and `visible` only after `delayMs`, then for at least
 * `minimumMs`, so quick adds never flash a spinner and slow ones never blink.
 */
export class KeyedPending implements ReactiveController {
  private readonly busyKeys = new Set<string>();
  private readonly visibleKeys = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { delayMs?: number; minimumMs?: number } = {},
  ) {
    host.addController(this);
  }

  isBusy(key: string): boolean {
    return this.busyKeys.has(key);
  }

  isVisible(key: string): boolean {
    return this.visibleKeys.has(key);
  }

  /** Runs `task` for `key` unless one is running for it already (then resolves undefined). */
  async run<T>(key: string, task: () => Promise<T>): Promise<T | undefined> {
    if (this.busyKeys.has(key)) return undefined;
    this.busyKeys.add(key);
    this.host.requestUpdate();
    this.timers.set(
      key,
      setTimeout(() => {
        this.visibleKeys.set(key, Date.now());
        this.host.requestUpdate();
      }, this.options.delayMs ?? 150),
    );
    try {
      return await task();
    } finally {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      const shownAt = this.visibleKeys.get(key);
      const remaining = shownAt === undefined ? 0 : (this.options.minimumMs ?? 400) - (Date.now() - shownAt);
      if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
      this.busyKeys.delete(key);
      this.visibleKeys.delete(key);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
