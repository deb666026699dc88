import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { setNewPassword } from '../../../api/account.js';
import { PendingController } from '../../../ui/pending.js';
import { renderError } from '../../../ui/status-message.js';
import { MIN_PASSWORD_LENGTH, newPasswordProblem } from '../../login/password.js';
import { adoptFormStyles } from './form.styles.js';
import type { AccountHost, AccountView } from '../view-host.js';
import { fieldErrorsOf, isHttpStatus } from './remote.js';
import { page, renderHeading } from './shared.js';
import './password.strings.js';

/** New password and its confirmation → `POST /customers/me/set-new-password`. */
class PasswordView implements AccountView {
  private password = '';
  private confirmation = '';
  private show = false;
  private errors: { password?: string; confirmation?: string } = {};
  private formError = '';
  private notice = '';
  private readonly pending: PendingController;

  constructor(private readonly host: AccountHost) {
    adoptFormStyles(host);
    this.pending = new PendingController(host);
  }

  status(): 'loading' | 'empty' | 'error' | null {
    return this.formError ? 'error' : null;
  }

  enter(): void {
    this.password = '';
    this.confirmation = '';
    this.errors = {};
    this.formError = '';
    this.notice = '';
  }

  render(): TemplateResult {
    const { host } = this;
    const type = this.show ? 'text' : 'password';
    return page(renderHeading(host.t('account.password.title')), html`
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      <form class="form" part="form" novalidate @submit=${this.onSubmit}>
        <p class="muted">${host.t('account.password.intro')}</p>
        ${this.renderInput('password', host.t('login.newPassword'), type, host.t('login.passwordHint', { min: MIN_PASSWORD_LENGTH }))}
        ${this.renderInput('confirmation', host.t('login.confirmPassword'), type)}
        <label class="check">
          <input
            type="checkbox"
            .checked=${live(this.show)}
            @change=${(event: Event) => {
              this.show = (event.target as HTMLInputElement).checked;
              host.requestUpdate();
            }}
          />
          ${host.t('account.password.show')}
        </label>
        ${renderError({ message: this.formError })}
        <div class="actions">
          <button type="submit" class="button" part="button" ?disabled=${this.pending.busy}>
            ${this.pending.visible ? host.t('account.password.saving') : host.t('account.password.save')}
          </button>
        </div>
      </form>`);
  }

  private renderInput(name: 'password' | 'confirmation', label: string, type: string, hint?: string): TemplateResult {
    const id = `new-${name}`;
    const error = this.errors[name];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label class="field__label" part="label" for=${id}>${label}</label>
      <input
        id=${id}
        class="field__control"
        part="input"
        name=${name}
        type=${type}
        autocomplete="new-password"
        required
        .value=${live(name === 'password' ? this.password : this.confirmation)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value;
          if (name === 'password') this.password = value;
          else this.confirmation = value;
        }}
      />
      ${hint ? html`<p class="field__hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="field__error" part="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { host } = this;
    this.errors = {};
    this.formError = '';
    this.notice = '';
    const problem = newPasswordProblem(this.password, this.confirmation);
    if (problem) {
      this.errors = { [problem.field]: host.t(problem.key, { min: MIN_PASSWORD_LENGTH }) };
      host.requestUpdate();
      host.focus('[aria-invalid="true"]');
      return;
    }
    await this.pending.run(async () => {
      try {
        const profile = await setNewPassword(host.storefront.http, this.password);
        if (profile && typeof profile === 'object' && profile.customer) host.account.setProfile(profile);
        else void host.account.loadProfile(true);
        this.password = '';
        this.confirmation = '';
        this.notice = host.t('account.password.saved');
        host.announce(this.notice);
      } catch (error) {
        const fields = isHttpStatus(error, 400, 422) ? fieldErrorsOf(error, ['password'], (key, params) => host.t(key, params)) : {};
        if (fields['password']) {
          this.errors = { password: fields['password'] };
          host.focus('[aria-invalid="true"]');
        } else {
          this.formError = host.describeError(error) || host.t('error.generic');
        }
        host.reportError(error, 'account.password.save');
      }
    });
    host.requestUpdate();
  };
}

export function createView(host: AccountHost): AccountView {
  return new PasswordView(host);
}
