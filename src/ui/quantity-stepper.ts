import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { registerMessages } from '../i18n/localize.js';

/**
 * The quantity control of the kit (catalog detail, product buy box, cart lines): a labelled
 * − / number / + group bounded by `min` and `max`.
 *
 * It is a plain template function, not an element, so it costs no custom element registration,
 * lives inside the caller's shadow root (labels and ids resolve there) and is styled by
 * `quantityStepperStyles`, which the caller adds to its `static styles`.
 *
 * Behaviour:
 * - the number field is a real `<input type="number">` (ArrowUp/ArrowDown, typing, `inputmode`);
 *   a typed value is committed on `change` (blur or Enter), rounded and clamped to the bounds;
 * - − and + stay focusable at the bounds (`aria-disabled`), so keyboard focus is never lost when
 *   a limit is reached;
 * - every new value is reported twice: `onChange(value)` and a `quantity-change` event
 *   (`CustomEvent<{ value: number }>`, bubbling, not composed) from the group element, so callers
 *   can use either style;
 * - when `max` is reached a visually hidden hint says so (read with the field's description).
 */
export interface QuantityStepperOptions {
  value: number;
  /** Lowest value, default 1. */
  min?: number;
  /** Highest value; `null`/`undefined` means `QUANTITY_CAP`. */
  max?: number | null;
  /** Accessible name of the number field, e.g. "Jumlah" or "Jumlah Kopi Gayo". */
  label: string;
  /** Shows `label` as a visible `<label>` before the group (default: visually hidden). */
  showLabel?: boolean;
  /** Unique within the caller's shadow root; needed when several steppers share one root. */
  id?: string;
  disabled?: boolean;
  /** Translates `quantity.*` keys in the caller's language (pass the element's `t`). */
  t: (key: string, params?: Record<string, unknown>) => string;
  onChange: (value: number) => void;
}

/** Largest quantity the control offers when the stock is unlimited. */
export const QUANTITY_CAP = 99;

export const QUANTITY_CHANGE_EVENT = 'quantity-change';

registerMessages({
  id: {
    'quantity.label': 'Jumlah',
    'quantity.decrease': 'Kurangi jumlah',
    'quantity.increase': 'Tambah jumlah',
    'quantity.max': 'Jumlah maksimum {max}',
  },
  en: {
    'quantity.label': 'Quantity',
    'quantity.decrease': 'Decrease quantity',
    'quantity.increase': 'Increase quantity',
    'quantity.max': 'Maximum quantity {max}',
  },
});

/** The upper bound actually used: `max` when known, else the cap; never below `min`. */
export function quantityBounds(min: number | undefined, max: number | null | undefined): { min: number; max: number } {
  const low = Math.max(0, Math.floor(min ?? 1));
  const high = max === null || max === undefined || !Number.isFinite(max) ? QUANTITY_CAP : Math.floor(max);
  return { min: low, max: Math.max(low, Math.min(high, QUANTITY_CAP)) };
}

/** Rounds and clamps any input (a typed string, NaN, a float) to a valid quantity. */
export function clampQuantity(value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '').trim(), 10);
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, Math.round(n)));
}

let generatedIds = 0;

export function renderQuantityStepper(options: QuantityStepperOptions): TemplateResult {
  const { min, max } = quantityBounds(options.min, options.max);
  const value = clampQuantity(options.value, min, max);
  const id = options.id ?? `scalev-quantity-${++generatedIds}`;
  const disabled = Boolean(options.disabled);
  const atMin = disabled || value <= min;
  const atMax = disabled || value >= max;
  // The limit is worth saying only while the buyer can still change the quantity.
  const showMax = !disabled && value >= max;
  const hintId = `${id}-hint`;
  const labelId = `${id}-label`;
  // Enter and the native change may both report one edit before the caller re-renders.
  let committed = value;

  const commit = (target: EventTarget | null, next: number) => {
    const clamped = clampQuantity(next, min, max);
    if (clamped === committed) return false;
    committed = clamped;
    options.onChange(clamped);
    const group = (target as Element | null)?.closest?.('.quantity');
    group?.dispatchEvent(new CustomEvent(QUANTITY_CHANGE_EVENT, { detail: { value: clamped }, bubbles: true }));
    return true;
  };

  const step = (event: Event, delta: number) => {
    event.preventDefault();
    if (disabled) return;
    commit(event.currentTarget, value + delta);
  };

  const onInputChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const next = clampQuantity(input.value, min, max);
    // Show the clamped value even when it equals the old one (the field may hold "abc" or 500).
    input.value = String(next);
    commit(input, next);
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') onInputChange(event);
  };

  return html`<div class="quantity-field">
    <label id=${labelId} class=${options.showLabel ? 'quantity__label' : 'visually-hidden'} for=${id}>${options.label}</label>
    <div class="quantity" part="quantity" role="group" aria-labelledby=${labelId}>
      <button
        type="button"
        class="quantity__button"
        part="quantity-button quantity-decrease"
        aria-label=${options.t('quantity.decrease')}
        aria-controls=${id}
        aria-disabled=${atMin ? 'true' : 'false'}
        @click=${(event: Event) => (atMin ? event.preventDefault() : step(event, -1))}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id=${id}
        class="quantity__input"
        part="quantity-input"
        type="number"
        inputmode="numeric"
        min=${min}
        max=${max}
        step="1"
        .value=${live(String(value))}
        ?disabled=${disabled}
        aria-describedby=${showMax ? hintId : nothing}
        @change=${onInputChange}
        @keydown=${onKeydown}
      />
      <button
        type="button"
        class="quantity__button"
        part="quantity-button quantity-increase"
        aria-label=${options.t('quantity.increase')}
        aria-controls=${id}
        aria-disabled=${atMax ? 'true' : 'false'}
        @click=${(event: Event) => (atMax ? event.preventDefault() : step(event, 1))}
      >
        <span aria-hidden="true">+</span>
      </button>
      <span id=${hintId} class="visually-hidden">${showMax ? options.t('quantity.max', { max }) : ''}</span>
    </div>
  </div>`;
}
