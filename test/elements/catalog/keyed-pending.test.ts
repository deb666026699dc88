import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { KeyedPending } from '../../../src/elements/catalog/keyed-pending.js';

const host = (): ReactiveControllerHost => ({
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('KeyedPending (one busy state per card)', () => {
  it('keeps keys apart and refuses a second press on a busy key', async () => {
    const pending = new KeyedPending(host());
    let release!: () => void;
    const first = pending.run('a', () => new Promise<void>((resolve) => (release = resolve)));
    let again = false;
    await pending.run('a', async () => void (again = true));
    let other = false;
    await pending.run('b', async () => void (other = true));
    expect(again, 'second press on the busy card').to.equal(false);
    expect(other, 'another card').to.equal(true);
    expect(pending.isBusy('a')).to.equal(true);
    expect(pending.isBusy('b')).to.equal(false);
    release();
    await first;
    expect(pending.isBusy('a')).to.equal(false);
  });

  it('frees a card as soon as its slow add fails, while the spinner lingers its minimum time', async () => {
    const pending = new KeyedPending(host());
    await pending.run('a', () => sleep(200));
    expect(pending.isBusy('a'), 'pressable again at once').to.equal(false);
    expect(pending.isVisible('a'), 'the spinner does not blink off').to.equal(true);
    let ran = false;
    await pending.run('a', async () => void (ran = true));
    expect(ran).to.equal(true);
    await sleep(450);
    expect(pending.isVisible('a')).to.equal(false);
  });

  it('never shows a spinner for a quick add', async () => {
    const pending = new KeyedPending(host());
    await pending.run('a', () => sleep(10));
    await sleep(200);
    expect(pending.isVisible('a')).to.equal(false);
  });
});
