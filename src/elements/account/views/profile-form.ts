import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { updateProfile } from '../../../api/account.js';
import type { CustomerProfile, CustomerProfileUpdateRequest } from '../../../api/types.js';
import { renderField } from '../../../ui/form-field.js';
import { PendingController } from '../../../ui/pending.js';
import { renderError } from '../../../ui/status-message.js';
import type { AccountHost } from '../view-host.js';
import { adoptFormStyles } from './form.styles.js';
import { SEX_VALUES, sexLabel } from './profile.js';
import { fieldErrorsOf, isHttpStatus } from './remote.js';
import { text } from './shared.js';
import './profile-form.strings.js';

/** Fields the profile form edits; the update body is closed and the email is read-only (CONTRACT §10). */
const EDITABLE = ['name', 'phone', 'date_of_birth', 'sex', 'is_unsubscribe'] as const;

interface Draft {
  name: string;
  phone: string;
  date_of_birth: string;
  sex: string;
  /** The checkbox asks the positive question; the API field is its opposite. */
  receivesNews: boolean;
}

function draftOf(customer: CustomerProfile | undefined): Draft {
  return {
    name: text(customer?.name) ?? '',
    phone: text(customer?.phone) ?? '',
    date_of_birth: /^\d{4}-\d{2}-\d{2}/.test(String(customer?.date_of_birth ?? '')) ? String(customer?.date_of_birth).slice(0, 10) : '',
    sex: text(customer?.sex) ?? '',
    receivesNews: customer?.is_unsubscribe !== true,
  };
}

/**
 * The profile's edit form, loaded when the customer chooses to edit: most visits only read the
 * profile. `close` ends editing, with a notice to show in its place (saved, no changes) or none.
 */
export class ProfileForm {
  private draft: Draft = draftOf(undefined);
  private fieldErrors: Record<string, string> = {};
  private formError = '';
  private readonly pending: PendingController;

  constructor(
    private readonly host: AccountHost,
    private readonly close: (notice: string) => void,
  ) {
    this.pending = new PendingController(host);
    adoptFormStyles(host);
  }

  /** Starts an edit from the saved profile. */
  open(): void {
    this.draft = draftOf(this.host.account.profile?.customer);
    this.fieldErrors = {};
    this.formError = '';
  }

  render(customer: CustomerProfile | undefined): TemplateResult {
    const { host, draft } = this;
    const sexChoices = draft.sex && !SEX_VALUES.includes(draft.sex) ? [...SEX_VALUES, draft.sex] : SEX_VALUES;
    const sexError = this.fieldErrors['sex'];
    return html`<form class="form" part="form" novalidate @submit=${this.onSubmit}>
      ${renderField({
        id: 'profile-name',
        label: host.t('account.profile.name'),
        name: 'name',
        value: draft.name,
        autocomplete: 'name',
        required: true,
        error: this.fieldErrors['name'],
        onInput: (value) => (draft.name = value),
      })}
      ${renderField({
        id: 'profile-email',
        label: host.t('account.profile.email'),
        name: 'email',
        type: 'email',
        value: text(customer?.email) ?? '',
        readonly: true,
        hint: host.t('account.profile.emailReadOnly'),
        onInput: () => undefined,
      })}
      ${renderField({
        id: 'profile-phone',
        label: host.t('account.profile.phone'),
        name: 'phone',
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'tel',
        value: draft.phone,
        error: this.fieldErrors['phone'],
        onInput: (value) => (draft.phone = value),
      })}
      ${renderField({
        id: 'profile-dob',
        label: host.t('account.profile.dateOfBirth'),
        name: 'date_of_birth',
        type: 'date',
        autocomplete: 'bday',
        value: draft.date_of_birth,
        error: this.fieldErrors['date_of_birth'],
        onInput: (value) => (draft.date_of_birth = value),
      })}
      <div class="field" part="field">
        <label class="field__label" part="label" for="profile-sex">${host.t('account.profile.sex')}</label>
        <select
          id="profile-sex"
          class="field__control"
          part="input"
          name="sex"
          aria-invalid=${sexError ? 'true' : 'false'}
          aria-describedby=${sexError ? 'profile-sex-error' : nothing}
          @change=${(event: Event) => (draft.sex = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!draft.sex}>${host.t('account.profile.sexUnset')}</option>
          ${sexChoices.map(
            (value) => html`<option value=${value} ?selected=${draft.sex === value}>${sexLabel(host, value)}</option>`,
          )}
        </select>
        ${sexError ? html`<p class="field__error" part="field-error" id="profile-sex-error">${sexError}</p>` : nothing}
      </div>
      <label class="check">
        <input
          type="checkbox"
          name="is_unsubscribe"
          .checked=${live(draft.receivesNews)}
          @change=${(event: Event) => (draft.receivesNews = (event.target as HTMLInputElement).checked)}
        />
        ${host.t('account.profile.newsletter')}
      </label>
      ${renderError({ message: this.formError })}
      <div class="actions">
        <button type="submit" class="button" part="button" ?disabled=${this.pending.busy}>
          ${this.pending.visible ? host.t('account.profile.saving') : host.t('account.profile.save')}
        </button>
        <button type="button" class="button button--secondary" part="button-secondary" @click=${() => this.close('')}>
          ${host.t('common.cancel')}
        </button>
      </div>
    </form>`;
  }

  /** Only what changed is sent: fields the customer never touched are not rewritten (or blanked). */
  private changes(): CustomerProfileUpdateRequest {
    const before = draftOf(this.host.account.profile?.customer);
    const after = this.draft;
    const update: CustomerProfileUpdateRequest = {};
    if (after.name.trim() !== before.name) update.name = after.name.trim();
    if (after.phone.trim() !== before.phone) update.phone = after.phone.trim();
    if (after.date_of_birth !== before.date_of_birth && after.date_of_birth) update.date_of_birth = after.date_of_birth;
    if (after.sex !== before.sex && after.sex) update.sex = after.sex;
    if (after.receivesNews !== before.receivesNews) update.is_unsubscribe = !after.receivesNews;
    return update;
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { host } = this;
    this.fieldErrors = {};
    this.formError = '';
    if (!this.draft.name.trim()) {
      this.fieldErrors = { name: host.t('account.profile.nameRequired') };
      host.requestUpdate();
      return;
    }
    const update = this.changes();
    if (!Object.keys(update).length) {
      this.close(host.t('account.profile.noChanges'));
      return;
    }
    await this.pending.run(async () => {
      try {
        const profile = await updateProfile(host.storefront.http, update);
        if (profile && typeof profile === 'object' && profile.customer) host.account.setProfile(profile);
        else void host.account.loadProfile(true);
        const saved = host.t('account.profile.saved');
        this.close(saved);
        host.announce(saved);
      } catch (error) {
        const fields = isHttpStatus(error, 400, 422) ? fieldErrorsOf(error, EDITABLE, (key, params) => host.t(key, params)) : {};
        const shown = ['name', 'phone', 'date_of_birth', 'sex'].some((name) => fields[name]);
        if (shown) {
          this.fieldErrors = fields;
          host.focus('[aria-invalid="true"]');
        } else {
          this.formError = fields['is_unsubscribe'] ?? (host.describeError(error) || host.t('error.generic'));
        }
        host.reportError(error, 'account.profile.save');
      }
    });
    host.requestUpdate();
  };
}
