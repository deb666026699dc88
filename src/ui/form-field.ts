import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * One labelled form control: visible label, the API field as `name`, the right `autocomplete` and
 * `inputmode`, an optional hint, and an error tied to the control through `aria-describedby` and
 * `aria-invalid`. Styled by `formFieldStyles`. Rendered inside the caller's shadow root, so ids
 * only need to be unique there.
 */
export interface FieldOptions {
  /** Element id, unique in the shadow root. */
  id: string;
  label: string;
  /** The API field it fills (`customer_email`). */
  name: string;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'number' | 'search' | 'date';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'search' | 'none' | 'url';
  required?: boolean;
  disabled?: boolean;
  /** Shown and submitted but not editable (a value only the store changes). */
  readonly?: boolean;
  multiline?: boolean;
  maxlength?: number;
  placeholder?: string;
  hint?: string;
  error?: string | null;
  /** Marks the label "(optional)". */
  optionalLabel?: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export function renderField(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : '';
  const errorId = o.error ? `${o.id}-error` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        id=${o.id}
        name=${o.name}
        part="input textarea"
        class="field__control field__control--multiline"
        rows="3"
        .value=${live(o.value)}
        ?required=${o.required}
        ?disabled=${o.disabled}
        autocomplete=${ifDefined(o.autocomplete)}
        maxlength=${ifDefined(o.maxlength)}
        placeholder=${ifDefined(o.placeholder)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy)}
        @input=${onInput}
        @blur=${o.onBlur}
      ></textarea>`
    : html`<input
        id=${o.id}
        name=${o.name}
        part="input"
        class="field__control"
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        ?required=${o.required}
        ?disabled=${o.disabled}
        ?readonly=${o.readonly}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        placeholder=${ifDefined(o.placeholder)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy)}
        @input=${onInput}
        @blur=${o.onBlur}
      />`;
  return html`<div class="field" part="field" data-field=${o.name}>
    <label class="field__label" part="label" for=${o.id}
      >${o.label}${o.optionalLabel ? html` <span class="field__optional">${o.optionalLabel}</span>` : nothing}</label
    >
    ${control}
    ${o.hint ? html`<p class="field__hint" id=${hintId}>${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field__error" part="field-error" id=${errorId}>${o.error}</p>` : nothing}
  </div>`;
}

/** Styles for `renderField` and for selects/controls that follow the same look. */
export const formFieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-xs);
    min-width: 0;
  }
  .field__label {
    font-weight: var(--_scalev-font-weight-bold);
    font-size: var(--_scalev-font-size-small);
    line-height: 1.4;
  }
  .field__optional {
    font-weight: normal;
    color: var(--_scalev-color-muted);
  }
  .field__control {
    display: block;
    width: 100%;
    min-height: var(--_scalev-control-height);
    padding: 0 var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    line-height: 1.4;
    margin: 0;
  }
  .field__control--multiline {
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    min-height: 5rem;
    resize: vertical;
  }
  select.field__control {
    padding-inline-end: var(--_scalev-space-s);
  }
  .field__control[aria-invalid='true'] {
    border-color: var(--_scalev-color-danger);
  }
  .field__control:disabled {
    opacity: 0.6;
  }
  .field__hint {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .field__error {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-danger);
  }
`;
