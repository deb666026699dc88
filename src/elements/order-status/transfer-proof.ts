/**
 * The transfer-proof section of an unpaid bank transfer: pick a photo (checked before any
 * request), preview it, choose the destination account when there are several, upload with
 * progress, then show it as sent. Loaded only for bank transfers; the upload code itself only once
 * the buyer goes for the file input.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StorefrontPublicOrder } from '../../api/types.js';
import type { ScalevHttp } from '../../api/http.js';
import { safeHttpUrl } from './payment-names.js';
import './proof-strings.js';
import { loadOnce } from '../../ui/load-once.js';

const loadUploadCode = loadOnce(() => import('../../api/orders.js'));

/** What the section needs from `<scalev-order-status>`. */
export interface ProofHost extends ReactiveControllerHost {
  t(key: string, params?: Record<string, unknown>): string;
  date(value: string | number | Date | null | undefined, style?: 'date' | 'datetime'): string;
  describeError(error: unknown): string;
  reportError(error: unknown, operation: string): void;
  /** Where to send the proof, or null while there is no order. */
  proofTarget(): { http: ScalevHttp; slug: string } | null;
  /** The upload finished: announce `message` and show the order it returned (or re-read it when null). */
  proofSent(order: StorefrontPublicOrder | null, message: string): void;
}

export class TransferProof implements ReactiveController {
  private file: File | null = null;
  /** The file field the file came from, emptied once the proof is sent. */
  private input: HTMLInputElement | null = null;
  private preview = '';
  private error = '';
  private progress: number | null = null;
  private busy = false;
  private account = '';

  constructor(private readonly host: ProofHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.setPreview(null);
  }

  private setPreview(file: File | null): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = file ? URL.createObjectURL(file) : '';
  }

  private async picked(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    this.input = input;
    const file = input.files?.[0] ?? null;
    this.setPreview(null);
    this.file = null;
    this.error = '';
    this.host.requestUpdate();
    if (!file) return;
    let problem: string | null;
    try {
      problem = (await loadUploadCode()).checkTransferProofFile(file);
    } catch (error) {
      problem = null;
      this.error = this.host.t('order-status.proofFailed', { reason: this.host.describeError(error) });
    }
    // Another file picked meanwhile: that one is checked instead.
    if (input.files?.[0] !== file) return;
    if (problem) this.error = this.host.t(`order-status.proof${problem[0]!.toUpperCase()}${problem.slice(1)}`);
    if (this.error) input.value = '';
    else {
      this.file = file;
      this.setPreview(file);
    }
    this.host.requestUpdate();
  }

  private async submit(): Promise<void> {
    const target = this.host.proofTarget();
    const file = this.file;
    if (!target || !file || this.busy) return;
    this.busy = true;
    this.error = '';
    this.progress = 0;
    this.host.requestUpdate();
    const entity = Number(this.account);
    try {
      const { submitTransferProof } = await loadUploadCode();
      const order = await submitTransferProof(target.http, target.slug, file, {
        transfer_time: new Date().toISOString(),
        ...(Number.isInteger(entity) && entity > 0 ? { financial_entity_id: entity } : {}),
        onProgress: (p) => {
          this.progress = p.fraction;
          this.host.requestUpdate();
        },
      });
      this.setPreview(null);
      this.file = null;
      // Sent: the field no longer names the file (beside a disabled button it read as not sent),
      // and the same photo can be picked again to resend it (an unchanged field fires no change).
      if (this.input) this.input.value = '';
      this.host.proofSent(order && typeof order === 'object' && order.secret_slug ? order : null, this.host.t('order-status.proofDone'));
    } catch (error) {
      this.error = this.host.t('order-status.proofFailed', { reason: this.host.describeError(error) });
      this.host.reportError(error, 'order-status.transfer-proof');
    } finally {
      this.busy = false;
      this.progress = null;
      this.host.requestUpdate();
    }
  }

  render(order: StorefrontPublicOrder): TemplateResult {
    const t = (key: string, params?: Record<string, unknown>) => this.host.t(key, params);
    const sent = safeHttpUrl(order.transferproof_url);
    const accounts = (order.store?.payment_accounts ?? []).filter(
      (a) => (!a.method || a.method === 'bank_transfer') && a.financial_entity?.id,
    );
    const time = order.transfer_time ? ` (${this.host.date(order.transfer_time, 'datetime')})` : '';
    const percent = this.progress === null ? null : Math.round(this.progress * 100);
    return html`<section class="proof" part="proof" aria-labelledby="proof-title">
      <h4 id="proof-title" class="section-title">${t('order-status.proofTitle')}</h4>
      ${sent
        ? html`<p class="proof__sent" role="status">
            ${t('order-status.proofSent', { time })}
            <a href=${sent} target="_blank" rel="noopener noreferrer">${t('order-status.proofView')}</a>
          </p>`
        : nothing}
      ${accounts.length > 1
        ? html`<label class="proof__label" for="proof-account">${t('order-status.proofAccount')}</label>
            <select id="proof-account" class="proof__select" .value=${this.account} @change=${(e: Event) => (this.account = (e.target as HTMLSelectElement).value)}>
              <option value="">—</option>
              ${accounts.map(
                (a) => html`<option value=${String(a.financial_entity!.id)}>${a.financial_entity?.name ?? ''} · ${a.account_number ?? ''}</option>`,
              )}
            </select>`
        : nothing}
      <label class="proof__label" for="proof-file">${t('order-status.proofChoose')}</label>
      <input
        id="proof-file"
        class="proof__file"
        type="file"
        name="transferproof"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="proof-hint${this.error ? ' proof-error' : ''}"
        aria-invalid=${this.error ? 'true' : 'false'}
        ?disabled=${this.busy}
        @focus=${() => void loadUploadCode().catch(() => undefined)}
        @change=${(e: Event) => void this.picked(e)}
      />
      <p id="proof-hint" class="hint">${t('order-status.proofHint')}</p>
      ${this.error ? html`<p id="proof-error" class="proof__error" role="alert">${this.error}</p>` : nothing}
      ${this.preview ? html`<img class="proof__preview" src=${this.preview} alt=${t('order-status.proofPreview')} />` : nothing}
      ${percent !== null
        ? html`<progress class="proof__progress" max="100" value=${percent} aria-label=${t('order-status.proofUploading', { percent })}></progress>
            <p class="hint" role="status">${t('order-status.proofUploading', { percent })}</p>`
        : nothing}
      <button type="button" class="button" part="proof-submit" ?disabled=${!this.file || this.busy} @click=${() => void this.submit()}>
        ${sent ? t('order-status.proofResubmit') : t('order-status.proofSubmit')}
      </button>
    </section>`;
  }
}

export const transferProofStyles = css`
  .proof {
    display: grid;
    gap: var(--_scalev-space-s);
    padding: var(--_scalev-space-m);
    border: 1px dashed var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
  }
  .proof__label {
    font-weight: var(--_scalev-font-weight-bold);
    font-size: var(--_scalev-font-size-small);
  }
  .proof__select,
  .proof__file {
    min-height: var(--_scalev-control-height);
    max-width: 100%;
  }
  .proof__sent {
    margin: 0;
    color: var(--_scalev-color-success);
  }
  .proof__error {
    margin: 0;
    color: var(--_scalev-color-danger);
  }
  .proof__preview {
    max-width: min(16rem, 100%);
    max-height: 16rem;
    object-fit: contain;
    border-radius: var(--_scalev-radius-small);
  }
  .proof__progress {
    width: 100%;
  }
`;
