import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PendingController } from '../../ui/pending.js';

/**
 * `PendingController` for many buttons at once (one per card): each key has its own busy state and
 * spinner, with the same rules (busy until its task settles, spinner only after 150 ms, then for
 * at least 400 ms).
 */
export class KeyedPending implements ReactiveController {
  private readonly byKey = new Map<string, PendingController>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  isBusy(key: string): boolean {
    return this.byKey.get(key)?.busy ?? false;
  }

  isVisible(key: string): boolean {
    return this.byKey.get(key)?.visible ?? false;
  }

  /** Runs `task` for `key` unless one is running for it already. */
  async run(key: string, task: () => Promise<void>): Promise<void> {
    let pending = this.byKey.get(key);
    if (!pending) {
      // Each key's controller renders through this one's host; only this one is registered with it.
      const host = this.host;
      pending = new PendingController({
        addController: () => undefined,
        removeController: () => undefined,
        requestUpdate: () => host.requestUpdate(),
        get updateComplete() {
          return host.updateComplete;
        },
      });
      this.byKey.set(key, pending);
    }
    await pending.run(task);
  }

  hostDisconnected(): void {
    for (const pending of this.byKey.values()) pending.hostDisconnected();
  }
}
