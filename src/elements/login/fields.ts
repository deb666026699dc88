import { html, nothing, type TemplateResult } from 'lit';
import { isScalevApiError, type ScalevApiError } from '../../api/errors.js';

/* Small form parts shared by the sign-in steps and the lazily loaded password recovery. */

export interface InputOptions {
  name: string;
  label: string;
  type: string;
  autocomplete: string;
  value?: string;
  inputmode?: string;
  hint?: string;
  error?: string;
  code?: boolean;
  onInput?: (event: InputEvent) => void;
  onPaste?: (event: ClipboardEvent) => void;
}

/** A labelled input; the error and hint are tied to it with `aria-describedby`. Ids are `field-<name>`. */
export function renderInput(o: InputOptions): TemplateResult {
  const id = `field-${o.name}`;
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${o.label}</label>
    <input
      part="input"
      class=${o.code ? 'code' : ''}
      id=${id}
      name=${o.name}
      type=${o.type}
      autocomplete=${o.autocomplete}
      inputmode=${o.inputmode ?? nothing}
      .value=${o.value ?? ''}
      required
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${o.onInput ?? nothing}
      @paste=${o.onPaste ?? nothing}
    />
    ${o.hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
    ${o.error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>${o.error}</p>` : nothing}
  </div>`;
}

export function renderShowPassword(label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<label class="check">
    <input type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    ${label}
  </label>`;
}

/** The submitted form's text values (the submit is handled in place). */
export function formValues(event: Event): Record<string, string> {
  event.preventDefault();
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(event.currentTarget as HTMLFormElement)) values[key] = String(value);
  return values;
}

export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export function isHttp(error: unknown, ...statuses: number[]): error is ScalevApiError {
  return isScalevApiError(error) && error.kind === 'http' && statuses.includes(error.status);
}

/** The first field message of a 400/422 answer for one of `names`. */
export function fieldMessage(error: unknown, ...names: string[]): string | undefined {
  if (!isScalevApiError(error)) return undefined;
  for (const name of names) {
    const messages = error.fieldErrors[name];
    if (messages?.length) return messages.join(' ');
  }
  return undefined;
}

/** Focuses the first invalid input of `root` once `ready` resolves (after the render showing it). */
export async function focusFirstInvalid(root: ParentNode, ready: Promise<unknown>): Promise<void> {
  await ready;
  root.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
}

/**
 * Focus for a step the customer moved to (forgot password, link sent, back to sign-in): the control
 * they pressed is gone with the old step. Its first text field, else its heading; not when focus is
 * already somewhere in the new step or moved elsewhere on the page. `prefer` names the field to focus
 * first (the password after a failed sign-in); `pressed` is the button that started it, which may
 * still hold focus (disabled, or not yet let go by the browser) and hands it on too.
 */
export async function focusStep(
  root: ShadowRoot | ParentNode,
  ready: Promise<unknown>,
  prefer?: string,
  pressed?: Element | null,
): Promise<void> {
  await ready;
  const active = 'activeElement' in root ? (root as ShadowRoot).activeElement : null;
  if (active && active !== pressed && active.isConnected && !active.matches(':disabled')) return;
  if (!active && document.activeElement && document.activeElement !== document.body) return;
  const target =
    (prefer ? root.querySelector<HTMLElement>(prefer) : null) ??
    root.querySelector<HTMLElement>('form input:not([type="checkbox"])') ??
    root.querySelector<HTMLElement>('.heading[tabindex="-1"]');
  target?.focus();
}

/** The reset token of the email link (`/reset-password?token=…`), from the current URL. */
export function readResetToken(param = 'token'): string | null {
  try {
    const token = new URLSearchParams(location.search).get(param);
    return token && token.trim() ? token.trim() : null;
  } catch {
    return null;
  }
}
