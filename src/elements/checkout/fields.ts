import type { TemplateResult } from 'lit';
import { renderField, type FieldOptions } from '../../ui/form-field.js';
import type { CheckoutHost, TextField } from './checkout-host.js';
import type { CheckoutValues } from './form-state.js';

/** A labelled text field bound to the checkout's values and errors (typing never re-quotes). */
export function field(host: CheckoutHost, name: TextField, options: Partial<FieldOptions> = {}): TemplateResult {
  return renderField({
    id: `f-${name}`,
    name,
    label: '',
    value: host.values[name],
    error: host.errors[name] ?? null,
    onInput: (value) => host.setValues({ [name]: value } as Partial<CheckoutValues>, false),
    ...options,
  });
}
