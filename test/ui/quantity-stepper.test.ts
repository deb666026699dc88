import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { QUANTITY_CAP, clampQuantity, quantityBounds, renderQuantityStepper } from '../../src/ui/quantity-stepper.js';
import { translate } from '../../src/i18n/localize.js';

const t = (key: string, params?: Record<string, unknown>) => translate('id', key, params);

/** Renders the stepper like a host element would, re-rendering on every change. */
async function mountStepper(options: { value?: number; min?: number; max?: number | null; disabled?: boolean } = {}) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const changes: number[] = [];
  const events: number[] = [];
  let value = options.value ?? 1;
  const draw = () =>
    render(
      renderQuantityStepper({
        value,
        min: options.min,
        max: options.max,
        label: 'Jumlah Kopi Gayo',
        t,
        disabled: options.disabled,
        onChange: (next) => {
          changes.push(next);
          value = next;
          draw();
        },
      }),
      root,
    );
  draw();
  root.addEventListener('quantity-change', (event) => events.push((event as CustomEvent<{ value: number }>).detail.value));
  return {
    host,
    root,
    changes,
    events,
    input: root.querySelector<HTMLInputElement>('input')!,
    minus: root.querySelector<HTMLButtonElement>('[part~=quantity-decrease]')!,
    plus: root.querySelector<HTMLButtonElement>('[part~=quantity-increase]')!,
  };
}

describe('quantity stepper', () => {
  it('computes bounds: unlimited is capped, min never exceeds max', () => {
    expect(quantityBounds(1, null)).to.deep.equal({ min: 1, max: QUANTITY_CAP });
    expect(quantityBounds(1, 5)).to.deep.equal({ min: 1, max: 5 });
    expect(quantityBounds(1, 500)).to.deep.equal({ min: 1, max: QUANTITY_CAP });
    expect(quantityBounds(1, 0)).to.deep.equal({ min: 1, max: 1 });
    expect(clampQuantity('7', 1, 5)).to.equal(5);
    expect(clampQuantity('abc', 1, 5)).to.equal(1);
    expect(clampQuantity(2.6, 1, 5)).to.equal(3);
    expect(clampQuantity(-4, 1, 5)).to.equal(1);
  });

  it('is a labelled group with labelled buttons and field', async () => {
    const { host, root, input, minus, plus } = await mountStepper({ value: 2, max: 5 });
    const group = root.querySelector('[role=group]')!;
    expect(root.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Jumlah Kopi Gayo');
    expect(input.labels![0]!.textContent).to.equal('Jumlah Kopi Gayo');
    expect(minus.getAttribute('aria-label')).to.equal('Kurangi jumlah');
    expect(plus.getAttribute('aria-label')).to.equal('Tambah jumlah');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.min).to.equal('1');
    expect(input.max).to.equal('5');
    await expect(host).to.be.accessible();
  });

  it('steps within the bounds, keeping the buttons focusable at the ends', async () => {
    const { changes, events, input, minus, plus } = await mountStepper({ value: 1, max: 2 });
    expect(minus.getAttribute('aria-disabled')).to.equal('true');
    minus.click();
    expect(changes).to.deep.equal([]);
    plus.focus();
    plus.click();
    expect(changes).to.deep.equal([2]);
    expect(events).to.deep.equal([2]);
    expect(input.value).to.equal('2');
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    expect(plus.disabled).to.equal(false);
    expect((plus.getRootNode() as ShadowRoot).activeElement === plus).to.equal(true);
    plus.click();
    expect(changes).to.deep.equal([2]);
    expect(plus.closest('[role=group]')!.textContent).to.contain('Jumlah maksimum 2');
  });

  it('clamps typed values on change and on Enter, reporting each edit once', async () => {
    const { changes, input } = await mountStepper({ value: 1, max: 10 });
    input.value = '40';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    input.dispatchEvent(new Event('change'));
    expect(changes).to.deep.equal([10]);
    expect(input.value).to.equal('10');
    input.value = 'x';
    input.dispatchEvent(new Event('change'));
    expect(changes).to.deep.equal([10, 1]);
    expect(input.value).to.equal('1');
  });

  it('does nothing while disabled', async () => {
    const { changes, input, plus } = await mountStepper({ value: 1, max: 5, disabled: true });
    expect(input.disabled).to.equal(true);
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    plus.click();
    expect(changes).to.deep.equal([]);
  });
});
