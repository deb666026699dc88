import { html, nothing, type TemplateResult } from 'lit';
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
  type?: 'text' | 'email' | 'tel' | 'number' | 'search';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'search' | 'none' | 'url';
  required?: boolean;
  disabled?: boolean;
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
