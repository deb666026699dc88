import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { getCourseContent, getVariantCourse, updateContentProgress } from '../../../api/courses.js';
import type { CustomerCourseAccessResponse, CustomerCourseContent, CustomerCourseSection } from '../../../api/types.js';
import { sanitizeHtml } from '../../../ui/sanitize.js';
import { renderError } from '../../../ui/status-message.js';
import { adoptListStyles } from './list.styles.js';
import type { AccountHost, AccountView, RouteParams } from '../view-host.js';
import { purchasedCourses, type PurchasedCourse } from './course-lookup.js';
import { Remote, isHttpStatus } from './remote.js';
import { renderEmpty, renderFailure, page, renderHeading, renderSkeleton, text } from './shared.js';
import './courses.strings.js';

type Course = CustomerCourseAccessResponse;
type Section = CustomerCourseSection;
type Content = CustomerCourseContent;

function bySequence<T extends { sequence_order?: number | null }>(a: T, b: T): number {
  return (a.sequence_order ?? Number.MAX_SAFE_INTEGER) - (b.sequence_order ?? Number.MAX_SAFE_INTEGER);
}

/** Sections and contents the merchant shows, in their order. */
function visibleSections(course: Course | null): Section[] {
  const sections = Array.isArray(course?.course_sections) ? course.course_sections : [];
  return sections
    .filter((section) => section && section.is_shown !== false)
    .sort(bySequence)
    .map((section) => ({
      ...section,
      course_contents: (Array.isArray(section.course_contents) ? section.course_contents : [])
        .filter((content) => content && content.is_shown !== false && typeof content.uuid === 'string')
        .sort(bySequence),
    }));
}

function isDone(content: Content): boolean {
  const progress = content.progress;
  return progress?.is_completed === true || (typeof progress?.progress === 'number' && progress.progress >= 100);
}

/** http(s) only: a course payload cannot make a link run script. */
function safeLink(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** 403 or 404 on a course route means "not bought" or "access over" (CONTRACT §15), not a broken page. */
function isNoAccess(error: unknown): boolean {
  return isHttpStatus(error, 403, 404);
}

/**
 * Courses: the courses found in the customer's orders; a course (`courses/<variant-uuid>`) with its
 * sections, lessons and progress; a lesson (`courses/<variant-uuid>/<content-uuid>`) with its
 * sanitised text, its video as a link, and "mark as complete" saved with PATCH.
 */
class CoursesView implements AccountView {
  private readonly list: Remote<PurchasedCourse[]>;
  private readonly course: Remote<Course>;
  private readonly lesson: Remote<Content>;
  private page = 'courses';
  private courseUuid = '';
  private contentUuid = '';
  private saving = false;
  private saveError = '';
  private notice = '';

  constructor(private readonly host: AccountHost) {
    adoptListStyles(host);
    this.list = new Remote(host);
    this.course = new Remote(host);
    this.lesson = new Remote(host);
  }

  status(): 'loading' | 'empty' | 'error' | null {
    const remote = this.page === 'courses' ? this.list : this.course;
    if (remote.status === 'error') return isNoAccess(remote.error) ? 'empty' : 'error';
    if (remote.status === 'idle' || (remote.status === 'loading' && !remote.value)) return 'loading';
    return this.page === 'courses' && !this.list.value?.length ? 'empty' : null;
  }

  dispose(): void {
    this.list.abort();
    this.course.abort();
    this.lesson.abort();
  }

  enter(params: RouteParams): void {
    this.page = params['page'] ?? 'courses';
    this.saveError = '';
    this.notice = '';
    if (this.page === 'courses') {
      if (this.list.status === 'idle' || this.list.status === 'error') void this.loadList();
      return;
    }
    const uuid = params['uuid'] ?? '';
    if (uuid !== this.courseUuid || this.course.status === 'error') {
      this.courseUuid = uuid;
      this.course.abort();
      this.course.value = null;
      this.course.status = 'idle';
      void this.loadCourse();
    }
    this.contentUuid = this.page === 'course-content' ? (params['content'] ?? '') : '';
    this.lesson.abort();
    this.lesson.value = null;
    this.lesson.status = 'idle';
    if (this.contentUuid && this.course.status === 'ready') this.loadLessonIfMissing();
  }

  private loadList(): Promise<void> {
    return this.list.load((signal) => purchasedCourses(this.host.storefront, signal), 'account.courses.list');
  }

  private async loadCourse(): Promise<void> {
    const uuid = this.courseUuid;
    // `reportError` stays quiet for "no access": it is an answer, not a failure.
    await this.course.load((signal) => getVariantCourse(this.host.storefront.http, uuid, signal), 'account.courses.get', isNoAccess);
    if (this.contentUuid) this.loadLessonIfMissing();
  }

  /** A lesson that the course answer did not include (or included without text) is asked for alone. */
  private loadLessonIfMissing(): void {
    const found = this.findContent(this.contentUuid);
    if (found && (found.content.text !== undefined || found.content.video_url !== undefined)) return;
    const uuid = this.contentUuid;
    void this.lesson.load((signal) => getCourseContent(this.host.storefront.http, uuid, signal), 'account.courses.content');
  }

  private findContent(uuid: string): { section: Section; content: Content; index: number; all: Content[] } | null {
    const sections = visibleSections(this.course.value);
    const all = sections.flatMap((section) => section.course_contents ?? []);
    const index = all.findIndex((content) => content.uuid === uuid);
    if (index < 0) return null;
    const section = sections.find((s) => (s.course_contents ?? []).some((content) => content.uuid === uuid))!;
    return { section, content: all[index]!, index, all };
  }

  render(params: RouteParams): TemplateResult {
    const page = params['page'] ?? this.page;
    if (page === 'courses') return this.renderList();
    if (page === 'course-content') return this.renderLesson();
    return this.renderCourse();
  }

  // ---- list ----

  private renderList(): TemplateResult {
    const { host } = this;
    const heading = renderHeading(host.t('account.courses.title'));
    if (this.list.status === 'error') return page(heading, html`${renderFailure(host, this.list.error, () => void this.loadList())}`);
    const courses = this.list.value;
    if (!courses) return page(heading, html`${renderSkeleton(host, 2)}`);
    if (!courses.length) return page(heading, html`${renderEmpty(host.t('account.courses.empty'))}`);
    return page(heading, html`
      <ul class="list">
        ${courses.map((course) => {
          const name = course.name || host.t('account.courses.untitledCourse');
          return html`<li class="card" part="card">
            <p class="card__title">${name}</p>
            ${course.purchasedAt ? html`<p class="muted">${host.t('account.courses.boughtOn', { date: host.date(course.purchasedAt) })}</p>` : nothing}
            ${course.uuid
              ? html`<div class="actions">
                  <a
                    class="button button--small"
                    part="button"
                    href=${host.href(`courses/${course.uuid}`)}
                    data-route
                    aria-label=${host.t('account.courses.openLabel', { name })}
                    >${host.t('account.courses.open')}</a
                  >
                </div>`
              : html`<p class="muted">${host.t('account.courses.noLink')}</p>`}
          </li>`;
        })}
      </ul>`);
  }

  // ---- course ----

  private courseHeading(back: { href: string; label: string }): TemplateResult {
    const course = this.course.value;
    const title = text(course?.product_name) ?? text(course?.fullname) ?? this.host.t('account.courses.untitledCourse');
    return renderHeading(title, back);
  }

  /** No access, another failure, or still loading; null when the course is there. */
  private renderCourseState(back: { href: string; label: string }): TemplateResult | null {
    const { host } = this;
    if (this.course.status === 'error') {
      const heading = renderHeading(host.t('account.courses.title'), back);
      if (isNoAccess(this.course.error)) {
        return page(heading, html`${renderEmpty(
          host.t('account.courses.noAccess'),
          html`<a href=${host.href('courses')} data-route>${host.t('account.courses.back')}</a>`,
        )}`);
      }
      return page(heading, html`${renderFailure(host, this.course.error, () => void this.loadCourse())}`);
    }
    if (!this.course.value) return page(renderHeading(host.t('account.courses.title'), back), html`${renderSkeleton(host, 3)}`);
    return null;
  }

  private renderCourse(): TemplateResult {
    const { host } = this;
    const back = { href: host.href('courses'), label: host.t('account.courses.back') };
    const state = this.renderCourseState(back);
    if (state) return state;
    const course = this.course.value!;
    const sections = visibleSections(course);
    const all = sections.flatMap((section) => section.course_contents ?? []);
    const done = all.filter(isDone).length;
    const description = sanitizeHtml(course.description ?? '');
    return page(this.courseHeading(back), html`
      ${description ? html`<div class="course-text" part="course-content">${unsafeHTML(description)}</div>` : nothing}
      ${all.length
        ? html`<div>
            <p>${host.t('account.courses.progress', { done, total: all.length })}</p>
            ${this.progressBar(all.length ? (done / all.length) * 100 : 0, host.t('account.courses.progressLabel'))}
          </div>`
        : renderEmpty(host.t('account.courses.noSections'))}
      ${sections.map((section) => this.renderSection(section))}`);
  }

  private progressBar(percent: number, label: string): TemplateResult {
    const value = Math.round(Math.min(100, Math.max(0, percent)));
    // A native progress bar: no inline style, so it works under a strict CSP.
    return html`<progress class="progress" max="100" .value=${value} aria-label=${label}>${value}%</progress>`;
  }

  private renderSection(section: Section): TemplateResult {
    const { host } = this;
    const contents = section.course_contents ?? [];
    const title = text(section.title) ?? '';
    const done = contents.filter(isDone).length;
    return html`<section class="card" part="card" aria-label=${title || host.t('account.courses.untitled')}>
      <h3 class="section-title">${title}</h3>
      ${contents.length
        ? html`${this.progressBar((done / contents.length) * 100, host.t('account.courses.sectionProgress', { title }))}
            <ol class="contents">
              ${contents.map((content) => {
                const name = text(content.title) ?? host.t('account.courses.untitled');
                return html`<li>
                  <a class="content-link" href=${host.href(`courses/${this.courseUuid}/${content.uuid}`)} data-route>
                    <span>${name}</span>
                    <span class="content-meta">
                      ${this.duration(content.duration)} ${isDone(content) ? html`✓ ${host.t('account.courses.completed')}` : nothing}
                    </span>
                  </a>
                </li>`;
              })}
            </ol>`
        : nothing}
    </section>`;
  }

  /** `duration` is read as seconds (the contract gives no unit) and shown in whole minutes. */
  private duration(seconds: number | null | undefined): string {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return '';
    return this.host.t('account.courses.minutes', { count: Math.max(1, Math.round(seconds / 60)) });
  }

  // ---- lesson ----

  private renderLesson(): TemplateResult {
    const { host } = this;
    const back = { href: host.href(`courses/${this.courseUuid}`), label: host.t('account.courses.backToCourse') };
    const state = this.renderCourseState(back);
    if (state) return state;
    const found = this.findContent(this.contentUuid);
    const loaded = this.lesson.value;
    const content = loaded ?? found?.content ?? null;
    if (!content) {
      if (this.lesson.status === 'loading' || this.lesson.status === 'idle') {
        return page(renderHeading(host.t('account.courses.untitled'), back), html`${renderSkeleton(host, 2)}`);
      }
      if (this.lesson.status === 'error' && !isNoAccess(this.lesson.error)) {
        return page(renderHeading(host.t('account.courses.untitled'), back), html`${renderFailure(host, this.lesson.error, () =>
          this.loadLessonIfMissing(),
        )}`);
      }
      return page(renderHeading(host.t('account.courses.untitled'), back), html`${renderEmpty(host.t('account.courses.contentMissing'))}`);
    }
    const body = sanitizeHtml(content.text ?? '');
    const video = safeLink(content.video_url);
    const completed = isDone(content);
    const previous = found && found.index > 0 ? found.all[found.index - 1] : undefined;
    const next = found && found.index < found.all.length - 1 ? found.all[found.index + 1] : undefined;
    return page(renderHeading(text(content.title) ?? host.t('account.courses.untitled'), back), html`
      ${found ? html`<p class="muted">${text(found.section.title) ?? ''} ${this.duration(content.duration) ? html`· ${this.duration(content.duration)}` : nothing}</p>` : nothing}
      ${video
        ? html`<p><a class="button button--secondary" part="button-secondary" href=${video} target="_blank" rel="noopener noreferrer"
              >${host.t('account.courses.watch')}</a
            ></p>`
        : nothing}
      ${body ? html`<div class="course-text" part="course-content">${unsafeHTML(body)}</div>` : nothing}
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      ${renderError({ message: this.saveError })}
      <div class="actions">
        <button
          type="button"
          class=${completed ? 'button button--secondary' : 'button'}
          part=${completed ? 'button-secondary' : 'button'}
          aria-pressed=${completed ? 'true' : 'false'}
          ?disabled=${this.saving}
          @click=${() => void this.markProgress(content, completed ? 0 : 100)}
        >
          ${this.saving ? host.t('account.courses.saving') : completed ? host.t('account.courses.markIncomplete') : host.t('account.courses.markComplete')}
        </button>
      </div>
      <div class="actions">
        ${previous
          ? html`<a href=${host.href(`courses/${this.courseUuid}/${previous.uuid}`)} data-route>← ${host.t('account.courses.previous')}</a>`
          : nothing}
        ${next ? html`<a href=${host.href(`courses/${this.courseUuid}/${next.uuid}`)} data-route>${host.t('account.courses.next')} →</a>` : nothing}
      </div>`);
  }

  /** Saves progress (0–100; "mark as complete" is 100) and keeps the answer in the course. */
  private async markProgress(content: Content, progress: number): Promise<void> {
    const { host } = this;
    const uuid = content.uuid;
    if (!uuid || this.saving) return;
    this.saving = true;
    this.saveError = '';
    this.notice = '';
    host.requestUpdate();
    try {
      const updated = await updateContentProgress(host.storefront.http, uuid, progress);
      const next =
        updated && typeof updated === 'object' && updated.progress
          ? updated.progress
          : { progress, is_completed: progress >= 100, updated_at: new Date().toISOString() };
      this.applyProgress(uuid, next);
      this.notice = host.t(progress >= 100 ? 'account.courses.markedComplete' : 'account.courses.markedIncomplete');
      host.announce(this.notice);
    } catch (error) {
      this.saveError = host.describeError(error) || host.t('error.generic');
      if (isNoAccess(error)) this.saveError = host.t('account.courses.noAccess');
      host.reportError(error, 'account.courses.progress');
    } finally {
      this.saving = false;
      host.requestUpdate();
    }
  }

  private applyProgress(uuid: string, progress: NonNullable<Content['progress']>): void {
    const course = this.course.value;
    if (course && Array.isArray(course.course_sections)) {
      this.course.set({
        ...course,
        course_sections: course.course_sections.map((section) => ({
          ...section,
          course_contents: (section.course_contents ?? []).map((content) => (content.uuid === uuid ? { ...content, progress } : content)),
        })),
      });
    }
    if (this.lesson.value?.uuid === uuid) this.lesson.set({ ...this.lesson.value, progress });
  }
}

export function createView(host: AccountHost): AccountView {
  return new CoursesView(host);
}
