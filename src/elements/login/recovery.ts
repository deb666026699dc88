import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { forgetPassword, savePassword } from '../../api/auth.js';
import type { Storefront } from '../../context/storefront.js';
import { PendingController } from '../../ui/pending.js';
import { renderError } from '../../ui/status-message.js';
import {
  fieldMessage,
  focusFirstInvalid,
  focusStep,
  formValues,
  isHttp,
  looksLikeEmail,
  renderInput,
  renderShowPassword,
} from './fields.js';
import { MIN_PASSWORD_LENGTH, newPasswordProblem, removeResetToken } from './password.js';
import './recovery.strings.js';

/** What `<scalev-login>` lends the recovery steps (they render into its shadow root). */
export interface RecoveryHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly storefront: Storefront | undefined;
  t(key: string, params?: Record<string, unknown>): string;
  /** Clear words for a failure, already reported as `scalev-error`. */
  fail(error: unknown, operation: string): string;
}

export type RecoveryStart = { kind: 'forgot'; email: string } | { kind: 'reset'; token: string; param: string };

/** How recovery hands back to the sign-in form. */
export interface RecoveryEnd {
  email: string;
  notice: string;
}

type Step = 'forgot' | 'sent' | 'reset' | 'invalid';

/**
 * "Forgot password" (`POST /public/auth/forget-password`) and the new-password form of the emailed
 * link (`POST /public/auth/save-password` with the token from the URL). Loaded only when a customer
 * asks for it or arrives through a reset link, so the sign-in form stays small.
 */
export class PasswordRecovery {
  private step: Step;
  private email = '';
  private token = '';
  private param = 'token';
  private errors: { email?: string; password?: string; confirmation?: string } = {};
  private formError = '';
  private show = false;
  private readonly pending: PendingController;

  constructor(
    private readonly host: RecoveryHost,
    start: RecoveryStart,
    private readonly end: (result: RecoveryEnd) => void,
  ) {
    this.pending = new PendingController(host);
    if (start.kind === 'reset') {
      this.step = 'reset';
      this.token = start.token;
      this.param = start.param;
    } else {
      this.step = 'forgot';
      this.email = start.email;
    }
  }

  get resetting(): boolean {
    return this.step === 'reset';
  }

  get busy(): boolean {
    return this.pending.busy;
  }

  get failed(): boolean {
    return Boolean(this.formError);
  }

  render(): TemplateResult {
    const { host } = this;
    const t = (key: string, params?: Record<string, unknown>) => host.t(key, params);
    const back = html`<button part="link-button" class="link" type="button" @click=${() => this.end({ email: this.email, notice: '' })}>
      ${t('login.backToLogin')}
    </button>`;
    const error = renderError({ message: this.formError });
    switch (this.step) {
      case 'sent':
        return html`<div part="form" class="form">
          <h2 part="heading" class="heading" tabindex="-1">${t('login.forgotTitle')}</h2>
          <p part="notice" class="notice" role="status">${t('login.forgotSent', { email: this.email })}</p>
          ${back}
        </div>`;
      case 'invalid':
        return html`<div part="form" class="form">
          <h2 part="heading" class="heading" tabindex="-1">${t('login.resetTitle')}</h2>
          <p part="error" class="notice notice--error" role="alert">${t('login.resetInvalid')}</p>
          <button part="button" class="button" type="button" @click=${() => this.go('forgot', true)}>${t('login.resetRequestNew')}</button>
          ${back}
        </div>`;
      case 'reset': {
        const type = this.show ? 'text' : 'password';
        return html`<form part="form" class="form" novalidate @submit=${this.onReset}>
          <h2 part="heading" class="heading">${t('login.resetTitle')}</h2>
          ${renderInput({
            name: 'password',
            label: t('login.newPassword'),
            type,
            autocomplete: 'new-password',
            hint: t('login.passwordHint', { min: MIN_PASSWORD_LENGTH }),
            error: this.errors.password,
          })}
          ${renderInput({ name: 'confirmation', label: t('login.confirmPassword'), type, autocomplete: 'new-password', error: this.errors.confirmation })}
          ${renderShowPassword(t('login.showPassword'), this.show, (on) => {
            this.show = on;
            host.requestUpdate();
          })}
          ${error}
          <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>${t('login.resetSubmit')}</button>
        </form>`;
      }
      default:
        return html`<form part="form" class="form" novalidate @submit=${this.onForgot}>
          <h2 part="heading" class="heading">${t('login.forgotTitle')}</h2>
          <p class="intro">${t('login.forgotIntro')}</p>
          ${renderInput({
            name: 'email',
            label: t('login.email'),
            type: 'email',
            autocomplete: 'email',
            inputmode: 'email',
            value: this.email,
            error: this.errors.email,
          })}
          ${error}
          <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>${t('login.forgotSubmit')}</button>
          ${back}
        </form>`;
    }
  }

  private go(step: Step, focus = false): void {
    this.step = step;
    this.errors = {};
    this.formError = '';
    this.host.requestUpdate();
    if (focus) this.focusStep();
  }

  /** The step changed under the customer's focus (the pressed button is gone): move it into the new one. */
  private focusStep(): void {
    void focusStep(this.host.renderRoot, this.host.updateComplete);
  }

  private invalid(errors: PasswordRecovery['errors']): void {
    this.errors = errors;
    this.host.requestUpdate();
    void focusFirstInvalid(this.host.renderRoot, this.host.updateComplete);
  }

  private readonly onForgot = async (event: SubmitEvent) => {
    const { host } = this;
    const email = (formValues(event)['email'] ?? '').trim();
    this.email = email;
    this.go('forgot');
    if (!looksLikeEmail(email)) return this.invalid({ email: host.t('login.invalidEmail') });
    const storefront = host.storefront;
    if (!storefront) return;
    await this.pending.run(async () => {
      try {
        await forgetPassword(storefront.http, email);
        this.step = 'sent';
      } catch (error) {
        // An unknown email gets the same words as a known one: the form must not reveal who has an account.
        if (isHttp(error, 400, 404, 422)) this.step = 'sent';
        else this.formError = host.fail(error, 'login.forgot-password');
      }
    });
    if (this.step === 'sent') this.focusStep();
  };

  private readonly onReset = async (event: SubmitEvent) => {
    const { host } = this;
    const { password = '', confirmation = '' } = formValues(event);
    this.go('reset');
    const problem = newPasswordProblem(password, confirmation);
    if (problem) return this.invalid({ [problem.field]: host.t(problem.key, { min: MIN_PASSWORD_LENGTH }) });
    const storefront = host.storefront;
    if (!storefront) return;
    await this.pending.run(async () => {
      try {
        await savePassword(storefront.http, this.token, password);
        removeResetToken(this.param);
        this.end({ email: '', notice: host.t('login.resetDone') });
      } catch (error) {
        const passwordError = fieldMessage(error, 'password');
        if (isHttp(error, 400, 422) && passwordError) {
          this.invalid({ password: passwordError });
        } else if (isHttp(error, 400, 401, 403, 404, 410, 422)) {
          // Unknown, used or expired token: it can never work, so it leaves the URL too.
          removeResetToken(this.param);
          this.step = 'invalid';
        } else {
          this.formError = host.fail(error, 'login.save-password');
        }
      }
    });
    if (this.step === 'invalid') this.focusStep();
  };
}
