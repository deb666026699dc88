import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders a Lit host whenever a shared store announces a change, listening only while the host
 * is connected so removed widgets leave nothing behind.
 */
export class StoreSubscription implements ReactiveController {
  private target: EventTarget | undefined;
  private connected = false;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly eventName = 'change',
  ) {
    host.addController(this);
  }

  /** Starts following `target` (a store); the previous one is dropped. */
  follow(target: EventTarget | undefined): void {
    if (target === this.target) return;
    if (this.connected) this.target?.removeEventListener(this.eventName, this.onChange);
    this.target = target;
    if (this.connected) this.target?.addEventListener(this.eventName, this.onChange);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.target?.addEventListener(this.eventName, this.onChange);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.target?.removeEventListener(this.eventName, this.onChange);
  }
}
