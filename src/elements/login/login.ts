import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { forgetPassword, savePassword } from '../../api/auth.js';
import { isScalevApiError, type ScalevApiError } from '../../api/errors.js';
import type { Storefront } from '../../context/storefront.js';
import { StoreSubscription } from '../../state/subscribe.js';
import { PendingController } from '../../ui/pending.js';
import { renderError, renderLiveRegion } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { ScalevElement } from '../base/scalev-element.js';
import { customerAccountState, type CustomerAccountState } from './customer-state.js';
import { loginStyles } from './login.styles.js';
import { MIN_PASSWORD_LENGTH, newPasswordProblem, readResetToken, removeResetToken } from './password.js';
import './strings.js';

type Step = 'login' | 'otp' | 'forgot' | 'forgot-sent' | 'reset' | 'reset-invalid';

type FieldErrors = Partial<Record<'email' | 'password' | 'otp' | 'confirmation', string>>;

/** `123 456`, `123-456` and a pasted line break all become `123456`. */
function normalizeCode(value: string): string {
  return value.replace(/[\s\-–—.]/g, '');
}

function isHttp(error: unknown, ...statuses: number[]): error is ScalevApiError {
  return isScalevApiError(error) && error.kind === 'http' && statuses.includes(error.status);
}

function fieldMessage(error: ScalevApiError, ...names: string[]): string | undefined {
  for (const name of names) {
    const messages = error.fieldErrors[name];
    if (messages?.length) return messages.join(' ');
  }
  return undefined;
}

/**
 * Customer sign-in for the store: email and password, the one-time-code step when the store asks
 * for it, the signed-in state with the customer's name and sign-out, "forgot password", and the
 * new-password form of the emailed reset link (`/reset-password?token=…`, or any page holding this
 * element with a `token` in its URL). The customer never types a token.
 *
 * @summary Sign in, one-time code, sign out, forgot and reset password.
 *
 * @fires scalev-login - On `document`, once per sign-in however many widgets are on the page (also when another tab signed in; `email` is then null).
 * @fires scalev-logout - On `document`, once per sign-out; `reason` is `logout`, `revoked`, `expired` or `other-tab`.
 * @fires scalev-error - A request failed for a reason other than wrong credentials (for logging).
 *
 * @slot heading - Replaces the heading of the sign-in form.
 *
 * @csspart form - Every form of the element.
 * @csspart heading - The heading of each step.
 * @csspart field - A label with its input and messages.
 * @csspart label - A field's label.
 * @csspart input - Every text, email, password and code input.
 * @csspart field-error - A message under an invalid field.
 * @csspart hint - Help text under a field.
 * @csspart button - The main button of each step.
 * @csspart link-button - Secondary actions (forgot password, resend code, back).
 * @csspart notice - An informative message (code sent, reset link sent, password saved).
 * @csspart error - A failure message.
 * @csspart retry-button - The retry button inside an error.
 * @csspart signed-in - The signed-in box.
 * @csspart account-link - The link to the account page, when the store sets `account-url`.
 * @csspart problem - The configuration problem message.
 *
 * @cssprop --scalev-login-max-width - Widest the element grows (default 26rem).
 * @cssprop --scalev-login-gap - Space between fields (default the global medium space).
 *
 * @cssstate signed-in - A customer is signed in.
 * @cssstate otp - The one-time-code step is shown.
 * @cssstate reset - The new-password form of a reset link is shown.
 * @cssstate loading - A request is running.
 * @cssstate error - The last request failed.
 */
export class ScalevLogin extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, loginStyles];

  /** Query parameter of the reset link that carries the token (the email link uses `token`). */
  @property({ attribute: 'reset-param' }) resetParam = 'token';

  @state() private step: Step = 'login';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError = '';
  @state() private notice = '';
  @state() private showPassword = false;
  /** The email the current step is about (OTP sent to, reset link sent to). */
  @state() private email = '';

  private account?: CustomerAccountState;
  /** Kept in memory only, for "send a new code" (which signs in again); never stored. */
  private otpPassword = '';
  private resetToken: string | null = null;
  private wasSignedIn = false;
  private readonly pending = new PendingController(this);
  private readonly subscription = new StoreSubscription(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.readTokenFromUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.otpPassword = '';
  }

  protected override storefrontChanged(storefront: Storefront): void {
    if (storefront.problem) return;
    this.account = customerAccountState(storefront);
    this.subscription.follow(this.account);
    this.wasSignedIn = this.account.signedIn;
    if (this.wasSignedIn) void this.account.loadProfile();
  }

  private readTokenFromUrl(): void {
    const token = readResetToken(this.resetParam || 'token');
    if (token && token !== this.resetToken) {
      this.resetToken = token;
      this.step = 'reset';
      this.notice = '';
      this.formError = '';
      this.fieldErrors = {};
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const signedIn = this.account?.signedIn ?? false;
    if (signedIn !== this.wasSignedIn) {
      this.wasSignedIn = signedIn;
      // Signed in or out here or in another tab: whatever step was open no longer applies.
      this.otpPassword = '';
      this.fieldErrors = {};
      this.formError = '';
      if (this.step !== 'reset') this.step = 'login';
      this.notice = signedIn ? '' : this.account?.endedReason ? '' : this.notice;
      if (signedIn) void this.account?.loadProfile();
    }
    this.setCustomState('signed-in', signedIn);
    this.setCustomState('otp', this.step === 'otp' && !signedIn);
    this.setCustomState('reset', this.step === 'reset');
    this.setCustomState('loading', this.pending.busy);
    this.setCustomState('error', Boolean(this.formError));
  }

  override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    if (!this.account) return html`<div class="skeleton" aria-busy="true">${this.t('common.loading')}</div>`;
    let body: TemplateResult;
    if (this.step === 'reset') body = this.renderReset();
    else if (this.account.signedIn) body = this.renderSignedIn(this.account);
    else if (this.step === 'otp') body = this.renderOtp();
    else if (this.step === 'forgot') body = this.renderForgot();
    else if (this.step === 'forgot-sent') body = this.renderForgotSent();
    else if (this.step === 'reset-invalid') body = this.renderResetInvalid();
    else body = this.renderLogin(this.account);
    return html`<div class="login" aria-busy=${this.pending.busy ? 'true' : 'false'}>
      ${body} ${renderLiveRegion(this.notice && !this.formError ? this.notice : '')}
    </div>`;
  }

  // ---- steps ----

  private renderLogin(account: CustomerAccountState): TemplateResult {
    const ended = account.endedReason;
    return html`<form part="form" class="form" novalidate @submit=${this.onLogin}>
      <h2 part="heading" class="heading"><slot name="heading">${this.t('login.title')}</slot></h2>
      ${ended
        ? html`<p part="notice" class="notice" role="status">
            ${this.t(ended === 'expired' ? 'login.sessionExpired' : 'login.sessionRevoked')}
          </p>`
        : nothing}
      ${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}
      ${this.renderField({
        name: 'email',
        label: this.t('login.email'),
        type: 'email',
        autocomplete: 'username',
        value: this.email,
        inputmode: 'email',
      })}
      ${this.renderField({
        name: 'password',
        label: this.t('login.password'),
        type: this.showPassword ? 'text' : 'password',
        autocomplete: 'current-password',
      })}
      ${this.renderShowPassword()} ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>
        ${this.pending.visible ? this.t('login.submitting') : this.t('login.submit')}
      </button>
      <button part="link-button" class="link" type="button" @click=${this.openForgot}>${this.t('login.forgot')}</button>
    </form>`;
  }

  private renderOtp(): TemplateResult {
    return html`<form part="form" class="form" novalidate @submit=${this.onVerify}>
      <h2 part="heading" class="heading">${this.t('login.otpTitle')}</h2>
      <p class="intro">${this.t('login.otpIntro', { email: this.email })}</p>
      ${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}
      ${this.renderField({
        name: 'otp',
        label: this.t('login.otpLabel'),
        type: 'text',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        hint: this.t('login.otpHint'),
        onInput: this.onCodeInput,
        onPaste: this.onCodePaste,
        className: 'code',
      })}
      ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>
        ${this.pending.visible ? this.t('login.submitting') : this.t('login.otpSubmit')}
      </button>
      <div class="row">
        <button part="link-button" class="link" type="button" ?disabled=${this.pending.busy} @click=${this.onResend}>
          ${this.t('login.otpResend')}
        </button>
        <button part="link-button" class="link" type="button" @click=${this.backToLogin}>${this.t('login.otpBack')}</button>
      </div>
    </form>`;
  }

  private renderForgot(): TemplateResult {
    return html`<form part="form" class="form" novalidate @submit=${this.onForgot}>
      <h2 part="heading" class="heading">${this.t('login.forgotTitle')}</h2>
      <p class="intro">${this.t('login.forgotIntro')}</p>
      ${this.renderField({
        name: 'email',
        label: this.t('login.email'),
        type: 'email',
        autocomplete: 'email',
        value: this.email,
        inputmode: 'email',
      })}
      ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>${this.t('login.forgotSubmit')}</button>
      <button part="link-button" class="link" type="button" @click=${this.backToLogin}>${this.t('login.backToLogin')}</button>
    </form>`;
  }

  private renderForgotSent(): TemplateResult {
    return html`<div part="form" class="form">
      <h2 part="heading" class="heading">${this.t('login.forgotTitle')}</h2>
      <p part="notice" class="notice" role="status">${this.t('login.forgotSent', { email: this.email })}</p>
      <button part="link-button" class="link" type="button" @click=${this.backToLogin}>${this.t('login.backToLogin')}</button>
    </div>`;
  }

  private renderReset(): TemplateResult {
    return html`<form part="form" class="form" novalidate @submit=${this.onReset}>
      <h2 part="heading" class="heading">${this.t('login.resetTitle')}</h2>
      ${this.renderField({
        name: 'password',
        label: this.t('login.newPassword'),
        type: this.showPassword ? 'text' : 'password',
        autocomplete: 'new-password',
        hint: this.t('login.passwordHint', { min: MIN_PASSWORD_LENGTH }),
      })}
      ${this.renderField({
        name: 'confirmation',
        label: this.t('login.confirmPassword'),
        type: this.showPassword ? 'text' : 'password',
        autocomplete: 'new-password',
      })}
      ${this.renderShowPassword()} ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>${this.t('login.resetSubmit')}</button>
    </form>`;
  }

  private renderResetInvalid(): TemplateResult {
    return html`<div part="form" class="form">
      <h2 part="heading" class="heading">${this.t('login.resetTitle')}</h2>
      <p part="error" class="notice notice--error" role="alert">${this.t('login.resetInvalid')}</p>
      <button part="button" class="button" type="button" @click=${this.openForgot}>${this.t('login.resetRequestNew')}</button>
      <button part="link-button" class="link" type="button" @click=${this.backToLogin}>${this.t('login.backToLogin')}</button>
    </div>`;
  }

  private renderSignedIn(account: CustomerAccountState): TemplateResult {
    const name = account.displayName;
    const accountUrl = this.storefront?.url('account') ?? null;
    return html`<div part="signed-in" class="signed-in">
      <p class="who" tabindex="-1">${name ? this.t('login.signedInAs', { name }) : this.t('login.signedIn')}</p>
      <div class="row">
        ${accountUrl ? html`<a part="account-link" class="link" href=${accountUrl}>${this.t('login.account')}</a>` : nothing}
        <button part="button" class="button button--quiet" type="button" ?disabled=${this.pending.busy} @click=${this.onSignOut}>
          ${this.pending.visible ? this.t('login.signingOut') : this.t('login.signOut')}
        </button>
      </div>
    </div>`;
  }

  private renderShowPassword(): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" .checked=${this.showPassword} @change=${this.toggleShowPassword} />
      ${this.t('login.showPassword')}
    </label>`;
  }

  private renderField(options: {
    name: keyof FieldErrors;
    label: string;
    type: string;
    autocomplete: string;
    value?: string;
    inputmode?: string;
    hint?: string;
    className?: string;
    onInput?: (event: InputEvent) => void;
    onPaste?: (event: ClipboardEvent) => void;
  }): TemplateResult {
    const id = `field-${options.name}`;
    const error = this.fieldErrors[options.name];
    const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${options.label}</label>
      <input
        part="input"
        class=${options.className ?? ''}
        id=${id}
        name=${options.name}
        type=${options.type}
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        .value=${options.value ?? ''}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${options.onInput ?? nothing}
        @paste=${options.onPaste ?? nothing}
      />
      ${options.hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      ${error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  // ---- actions ----

  private formValues(event: Event): Record<string, string> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) values[key] = typeof value === 'string' ? value : '';
    return values;
  }

  private startAttempt(): void {
    this.formError = '';
    this.notice = '';
    this.fieldErrors = {};
  }

  /** Focuses the first invalid field after the next render, so keyboard and screen-reader users land on it. */
  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }

  private fail(error: unknown, operation: string): void {
    this.formError = this.describeError(error) || this.t('error.generic');
    this.reportError(error, operation);
  }

  private readonly onLogin = async (event: SubmitEvent) => {
    const { email = '', password = '' } = this.formValues(event);
    const trimmed = email.trim();
    this.email = trimmed;
    this.startAttempt();
    const errors: FieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) errors.email = this.t('login.invalidEmail');
    if (!password) errors.password = this.t('common.required');
    if (errors.email || errors.password) {
      this.fieldErrors = errors;
      void this.focusFirstInvalid();
      return;
    }
    const storefront = this.storefront;
    const account = this.account;
    if (!storefront || !account) return;
    await this.pending.run(async () => {
      try {
        account.expectLogin(trimmed);
        const result = await storefront.customer.login(trimmed, password);
        if (result.kind === 'otp') {
          this.otpPassword = password;
          this.step = 'otp';
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLInputElement>('#field-otp')?.focus();
        }
      } catch (error) {
        if (isHttp(error, 400, 401, 403)) {
          const emailError = fieldMessage(error, 'email');
          const passwordError = fieldMessage(error, 'password');
          if (emailError || passwordError) {
            this.fieldErrors = { email: emailError, password: passwordError };
            void this.focusFirstInvalid();
          } else {
            this.formError = this.t('login.wrongCredentials');
          }
        } else {
          this.fail(error, 'login.submit');
        }
      }
    });
  };

  private readonly onVerify = async (event: SubmitEvent) => {
    const code = normalizeCode(this.formValues(event)['otp'] ?? '');
    this.startAttempt();
    if (!code) {
      this.fieldErrors = { otp: this.t('login.otpEmpty') };
      void this.focusFirstInvalid();
      return;
    }
    const storefront = this.storefront;
    const account = this.account;
    if (!storefront || !account) return;
    await this.pending.run(async () => {
      try {
        account.expectLogin(this.email);
        await storefront.customer.verifyOtp(this.email, code);
        this.otpPassword = '';
      } catch (error) {
        if (isHttp(error, 400, 401, 403, 404, 422)) {
          this.fieldErrors = { otp: this.t('login.otpWrong') };
          void this.focusFirstInvalid();
        } else {
          this.fail(error, 'login.verify-otp');
        }
      }
    });
  };

  /** "Send a new code" signs in again with the remembered credentials: that is what sends a code. */
  private readonly onResend = async () => {
    const storefront = this.storefront;
    const account = this.account;
    if (!storefront || !account || !this.otpPassword) {
      this.backToLogin();
      return;
    }
    this.startAttempt();
    await this.pending.run(async () => {
      try {
        account.expectLogin(this.email);
        const result = await storefront.customer.login(this.email, this.otpPassword);
        if (result.kind === 'otp') this.notice = this.t('login.otpResent', { email: this.email });
      } catch (error) {
        if (isHttp(error, 400, 401, 403)) {
          // The password changed meanwhile: start over.
          this.backToLogin();
          this.formError = this.t('login.wrongCredentials');
        } else {
          this.fail(error, 'login.resend-otp');
        }
      }
    });
  };

  private readonly onForgot = async (event: SubmitEvent) => {
    const email = (this.formValues(event)['email'] ?? '').trim();
    this.email = email;
    this.startAttempt();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.fieldErrors = { email: this.t('login.invalidEmail') };
      void this.focusFirstInvalid();
      return;
    }
    const storefront = this.storefront;
    if (!storefront) return;
    await this.pending.run(async () => {
      try {
        await forgetPassword(storefront.http, email);
        this.step = 'forgot-sent';
      } catch (error) {
        // An unknown email gets the same words as a known one: the form must not reveal who has an account.
        if (isHttp(error, 400, 404, 422)) this.step = 'forgot-sent';
        else this.fail(error, 'login.forgot-password');
      }
    });
  };

  private readonly onReset = async (event: SubmitEvent) => {
    const { password = '', confirmation = '' } = this.formValues(event);
    this.startAttempt();
    const problem = newPasswordProblem(password, confirmation);
    if (problem) {
      this.fieldErrors = { [problem.field]: this.t(problem.key, { min: MIN_PASSWORD_LENGTH }) };
      void this.focusFirstInvalid();
      return;
    }
    const storefront = this.storefront;
    const token = this.resetToken;
    if (!storefront || !token) return;
    await this.pending.run(async () => {
      try {
        await savePassword(storefront.http, token, password);
        this.finishReset();
        this.step = 'login';
        this.notice = this.t('login.resetDone');
      } catch (error) {
        const passwordError = isScalevApiError(error) ? fieldMessage(error, 'password') : undefined;
        if (isHttp(error, 400, 422) && passwordError) {
          this.fieldErrors = { password: passwordError };
          void this.focusFirstInvalid();
        } else if (isHttp(error, 400, 401, 403, 404, 410, 422)) {
          // Unknown, used or expired token: it can never work, so it leaves the URL too.
          this.finishReset();
          this.step = 'reset-invalid';
        } else {
          this.fail(error, 'login.save-password');
        }
      }
    });
  };

  private finishReset(): void {
    removeResetToken(this.resetParam || 'token');
    this.resetToken = null;
  }

  private readonly onSignOut = async () => {
    const storefront = this.storefront;
    if (!storefront) return;
    await this.pending.run(() => storefront.customer.signOut());
    this.notice = this.t('login.signedOut');
  };

  private readonly openForgot = () => {
    const emailInput = this.renderRoot.querySelector<HTMLInputElement>('input[name="email"]');
    if (emailInput?.value.trim()) this.email = emailInput.value.trim();
    this.startAttempt();
    this.step = 'forgot';
  };

  private readonly backToLogin = () => {
    this.otpPassword = '';
    this.startAttempt();
    this.step = 'login';
  };

  private readonly toggleShowPassword = (event: Event) => {
    this.showPassword = (event.target as HTMLInputElement).checked;
  };

  private readonly onCodeInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const normalized = normalizeCode(input.value);
    if (normalized !== input.value) input.value = normalized;
    if (this.fieldErrors.otp) this.fieldErrors = {};
  };

  private readonly onCodePaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text') ?? '';
    if (!text) return;
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    input.value = normalizeCode(text);
    if (this.fieldErrors.otp) this.fieldErrors = {};
  };
}
