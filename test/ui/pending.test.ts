import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PendingController } from '../../src/ui/pending.js';

/** A host that only counts update requests, enough for a controller. */
function host(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (controller) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A task that settles when told to. */
function deferred() {
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));
  return { done, settle };
}

describe('PendingController', () => {
  it('is busy until the task settles and refuses a second run meanwhile', async () => {
    const pending = new PendingController(host(), { delayMs: 20, minimumMs: 200 });
    const task = deferred();
    let second = false;
    const first = pending.run(() => task.done.then(() => 'first'));
    expect(pending.busy).to.equal(true);
    expect(await pending.run(async () => (second = true))).to.equal(undefined);
    expect(second).to.equal(false);
    task.settle();
    expect(await first).to.equal('first');
    expect(pending.busy).to.equal(false);
  });

  it('never shows the spinner for a quick task', async () => {
    const pending = new PendingController(host(), { delayMs: 50, minimumMs: 200 });
    await pending.run(async () => undefined);
    expect(pending.visible).to.equal(false);
    await sleep(80);
    expect(pending.visible).to.equal(false);
  });

  it('frees the control as soon as a slow task fails, while its spinner lingers so it does not blink', async () => {
    const pending = new PendingController(host(), { delayMs: 10, minimumMs: 300 });
    const failed = pending.run(async () => {
      await sleep(40);
      throw new Error('store down');
    });
    await sleep(25);
    expect(pending.visible, 'shown once the task is slow').to.equal(true);
    await failed.catch(() => undefined);
    // The buyer may press again at once, right after the error appears.
    expect(pending.busy).to.equal(false);
    expect(pending.visible, 'still shown for its minimum time').to.equal(true);
    let ran = false;
    const again = deferred();
    const retry = pending.run(async () => {
      ran = true;
      await again.done;
    });
    expect(ran).to.equal(true);
    expect(pending.busy).to.equal(true);
    // The first run's linger ends while the retry runs: its spinner must not go out under the retry.
    await sleep(320);
    expect(pending.visible).to.equal(true);
    again.settle();
    await retry;
    expect(pending.busy).to.equal(false);
  });

  it('hides the lingering spinner after its minimum time', async () => {
    const pending = new PendingController(host(), { delayMs: 10, minimumMs: 120 });
    await pending.run(() => sleep(30));
    expect(pending.visible).to.equal(true);
    await sleep(150);
    expect(pending.visible).to.equal(false);
  });
});
