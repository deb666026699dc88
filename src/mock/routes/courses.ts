import type { CustomerCourseAccessResponse, CustomerCourseContent, CustomerCourseProgress, CustomerCourseSection } from '../../api/types.js';
import { ApiError, badRequest, json, notFound } from '../core/http.js';
import { iso } from '../core/ids.js';
import type { RouteContext, Router } from '../core/router.js';
import { validate } from '../core/validate.js';
import type { CourseContentRecord, CourseRecord, CourseSectionRecord } from '../model.js';
import { requireObject } from './shared.js';

/**
 * Course access is entitlement-dependent (CONTRACT §15): a course the customer never bought is a 404;
 * one whose access has expired is a 403.
 */
function entitledCourse(ctx: RouteContext, course: CourseRecord | undefined): CourseRecord {
  const access = course && ctx.db.courseAccess.find((a) => a.customerId === ctx.customer!.id && a.variantUuid === course.variantUuid);
  if (!course || !access) throw notFound('Course', 'course_not_found');
  if (access.status !== 'active') throw new ApiError(403, { error: 'Your access to this course has expired', error_code: 'course_access_expired' });
  return course;
}

function progressOf(ctx: RouteContext, content: CourseContentRecord): CustomerCourseProgress {
  const p = ctx.db.courseProgress.get(`${ctx.customer!.id}:${content.uuid}`);
  return { updated_at: p ? iso(p.updatedAt) : null, progress: p?.progress ?? 0, is_completed: (p?.progress ?? 0) >= 100 };
}

function renderContent(ctx: RouteContext, course: CourseRecord, section: CourseSectionRecord, c: CourseContentRecord): CustomerCourseContent {
  return {
    uuid: c.uuid,
    title: c.title,
    text: c.text,
    type: c.type,
    duration: c.duration,
    video_url: c.videoUrl,
    sequence_order: c.sequenceOrder,
    is_shown: c.isShown,
    is_discussion_active: c.isDiscussionActive,
    is_email_notification_active: c.isEmailNotificationActive,
    section_uuid: section.uuid,
    variant_id: course.variantId,
    boosts: [],
    progress: progressOf(ctx, c),
    is_notification_enabled: c.isNotificationEnabled,
    inserted_at: iso(c.insertedAt),
    updated_at: iso(c.updatedAt),
  };
}

function renderSection(ctx: RouteContext, course: CourseRecord, s: CourseSectionRecord): CustomerCourseSection {
  const contents = s.contents.map((c) => renderContent(ctx, course, s, c));
  const shown = contents.filter((c) => c.is_shown !== false);
  const average = shown.length ? shown.reduce((sum, c) => sum + (c.progress?.progress ?? 0), 0) / shown.length : 0;
  const updates = shown.map((c) => c.progress?.updated_at).filter((u): u is string => Boolean(u)).sort();
  return {
    uuid: s.uuid,
    title: s.title,
    type: 'section',
    sequence_order: s.sequenceOrder,
    is_shown: s.isShown,
    variant_id: course.variantId,
    course_contents: contents,
    progress: { updated_at: updates.at(-1) ?? null, progress: Math.round(average * 100) / 100, is_completed: shown.length > 0 && average >= 100 },
    inserted_at: iso(s.insertedAt),
    updated_at: iso(s.updatedAt),
  };
}

function findSection(ctx: RouteContext, uuid: string): { course: CourseRecord | undefined; section: CourseSectionRecord | undefined } {
  for (const course of ctx.db.courses) {
    const section = course.sections.find((s) => s.uuid === uuid);
    if (section) return { course, section };
  }
  return { course: undefined, section: undefined };
}

function findContent(ctx: RouteContext, uuid: string) {
  for (const course of ctx.db.courses) {
    for (const section of course.sections) {
      const content = section.contents.find((c) => c.uuid === uuid);
      if (content) return { course, section, content };
    }
  }
  return { course: undefined, section: undefined, content: undefined };
}

/** CONTRACT §15. */
export function registerCourses(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/customers/me/variants/:uuid/course',
    family: 'customer',
    handler(ctx) {
      const course = entitledCourse(ctx, ctx.db.courses.find((c) => c.variantUuid === ctx.params['uuid']));
      const variant = ctx.db.variants.get(course.variantId);
      const response: CustomerCourseAccessResponse = {
        id: course.variantId,
        item_type: 'course',
        pricing_type: 'one_time',
        interval: null,
        interval_count: null,
        validity_period_unit: null,
        validity_period: null,
        product_id: course.productId,
        description: variant?.product.detail.description ?? null,
        product_name: variant?.product.detail.name ?? null,
        fullname: variant?.json.fullname ?? null,
        course_settings: { ...course.settings },
        course_sections: course.sections.map((s) => renderSection(ctx, course, s)),
      };
      return json(200, response);
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/course-sections/:uuid',
    family: 'customer',
    handler(ctx) {
      const { course, section } = findSection(ctx, ctx.params['uuid']!);
      const owned = entitledCourse(ctx, course);
      return json(200, renderSection(ctx, owned, section!));
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/course-contents/:uuid',
    family: 'customer',
    handler(ctx) {
      const { course, section, content } = findContent(ctx, ctx.params['uuid']!);
      const owned = entitledCourse(ctx, course);
      return json(200, renderContent(ctx, owned, section!, content!));
    },
  });

  router.add({
    method: 'PATCH',
    pattern: '/customers/me/course-contents/:uuid',
    family: 'customer',
    handler(ctx) {
      const { course, section, content } = findContent(ctx, ctx.params['uuid']!);
      const owned = entitledCourse(ctx, course);
      const body = requireObject(ctx);
      const errors = validate(body, { fields: { progress: { kind: 'number', min: 0, max: 100 } } });
      if (Object.keys(errors).length > 0) throw badRequest('Invalid progress', errors, 'invalid_progress');
      if (typeof body['progress'] === 'number') {
        ctx.db.courseProgress.set(`${ctx.customer!.id}:${content!.uuid}`, { progress: body['progress'], updatedAt: ctx.now });
      }
      return json(200, renderContent(ctx, owned, section!, content!));
    },
  });
}
