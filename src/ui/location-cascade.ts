/**
 * The cascade pattern of `<scalev-location-picker>` (province → city → subdistrict selects,
 * CONTRACT §3), loaded the first time the picker shows it: most buyers search instead.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { listCities, listProvinces, listSubdistricts } from '../api/locations.js';
import type { StorefrontCity, StorefrontLocation, StorefrontProvince } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import type { SelectOptions } from './location-picker.js';

/** What the cascade needs from the picker. */
export interface CascadeHost extends ReactiveControllerHost {
  readonly storefront?: Storefront;
  readonly value: StorefrontLocation | null;
  readonly uid: string;
  readonly locationName: string;
  choose(location: StorefrontLocation | null): void;
  remember<T>(key: string, load: () => Promise<T>): Promise<T>;
  renderSelect(options: SelectOptions): TemplateResult;
  locationError(): string;
  t(key: string, params?: Record<string, unknown>): string;
  describeError(error: unknown): string;
  reportError(error: unknown, operation: string): void;
}

const validLocations = (list: StorefrontLocation[]) => list.filter((loc) => loc && typeof loc.id === 'number');

export class LocationCascade {
  provinces: StorefrontProvince[] = [];
  private cities: StorefrontCity[] = [];
  private subdistricts: StorefrontLocation[] = [];
  private provinceId = '';
  private cityId = '';
  private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error = '';
  private seq = 0;

  constructor(private readonly host: CascadeHost) {}

  /**
   * One step of the cascade: the list asked (once per page view and key), stale answers ignored,
   * a failure shown with a retry. Resolves with the list, or null when it is stale or failed.
   */
  private async step<T>(key: string, load: (sf: Storefront) => Promise<T>, operation: string): Promise<T | null> {
    const sf = this.host.storefront;
    if (!sf || sf.problem) return null;
    const seq = ++this.seq;
    this.set({ status: 'loading', error: '' });
    try {
      const list = await this.host.remember(key, () => load(sf));
      if (seq !== this.seq) return null;
      this.status = 'ready';
      return list;
    } catch (error) {
      if (seq === this.seq) {
        this.set({ status: 'error', error: this.host.describeError(error) });
        this.host.reportError(error, operation);
      }
      return null;
    }
  }

  private set(patch: Record<string, unknown>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  async loadProvinces(): Promise<void> {
    const provinces = await this.step('provinces', (sf) => listProvinces(sf.http), 'location.provinces');
    if (!provinces) return;
    this.set({ provinces });
    // A restored choice: open the cascade on it, matched by name.
    const value = this.host.value;
    const province = value && !this.provinceId && provinces.find((p) => p.province_name === value.province_name);
    if (province) await this.selectProvince(String(province.province_id), true);
  }

  private async selectProvince(id: string, restoring = false): Promise<void> {
    this.set({ provinceId: id, cityId: '', cities: [], subdistricts: [] });
    if (!restoring && this.host.value) this.host.choose(null);
    if (!id) return;
    const cities = await this.step(`cities|${id}`, (sf) => listCities(sf.http, { province_id: id }), 'location.cities');
    if (!cities) return;
    this.set({ cities });
    const value = this.host.value;
    const city = restoring && value && cities.find((c) => c.city_name === value.city_name);
    if (city) await this.selectCity(String(city.city_id), true);
  }

  private async selectCity(id: string, restoring = false): Promise<void> {
    this.set({ cityId: id, subdistricts: [] });
    if (!restoring && this.host.value) this.host.choose(null);
    if (!id) return;
    const list = await this.step(`subdistricts|${id}`, (sf) => listSubdistricts(sf.http, { city_id: id }), 'location.subdistricts');
    if (list) this.set({ subdistricts: validLocations(list) });
  }

  private retry(): void {
    if (!this.provinces.length) void this.loadProvinces();
    else if (this.provinceId && !this.cities.length) void this.selectProvince(this.provinceId, true);
    else if (this.cityId) void this.selectCity(this.cityId, true);
  }

  render(): TemplateResult {
    const host = this.host;
    const { uid } = host;
    return html`<div class="cascade">
      ${host.renderSelect({
        id: `${uid}-province`,
        label: host.t('location.province'),
        name: 'shipping_province',
        autocomplete: 'address-level1',
        value: this.provinceId,
        items: this.provinces.map((p) => ({ value: String(p.province_id), label: p.province_name })),
        disabled: !this.provinces.length,
        onChange: (v) => void this.selectProvince(v),
      })}
      ${host.renderSelect({
        id: `${uid}-city`,
        label: host.t('location.city'),
        name: 'shipping_city',
        autocomplete: 'address-level2',
        value: this.cityId,
        items: this.cities.map((c) => ({ value: String(c.city_id), label: c.city_name })),
        disabled: !this.cities.length,
        onChange: (v) => void this.selectCity(v),
      })}
      ${host.renderSelect({
        id: `${uid}-subdistrict`,
        label: host.t('location.subdistrict'),
        name: host.locationName,
        autocomplete: 'address-level3',
        value: host.value ? String(host.value.id) : '',
        items: this.subdistricts.map((s) => ({ value: String(s.id), label: s.subdistrict_name })),
        disabled: !this.subdistricts.length,
        error: host.locationError(),
        onChange: (v) => host.choose(this.subdistricts.find((loc) => String(loc.id) === v) ?? null),
      })}
      ${this.status === 'loading' ? html`<p class="field__hint" role="status">${host.t('common.loading')}</p>` : nothing}
      ${this.status === 'error'
        ? html`<p class="field__error" role="alert">
            ${this.error}
            <button type="button" class="link" @click=${() => this.retry()}>${host.t('common.retry')}</button>
          </p>`
        : nothing}
    </div>`;
  }
}
