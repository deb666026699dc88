import { path, type ScalevHttp } from './http.js';
import type {
  CustomerCourseAccessResponse,
  CustomerCourseContent,
  CustomerCourseProgressUpdateResponse,
  CustomerCourseSection,
} from './types.js';

/*
 * Courses (CONTRACT §15): bearer only. A 403 or 404 usually means the customer does not own the
 * course (`error.status` tells): show "no access", not a broken page. Section and content `text`
 * is merchant HTML and must be sanitised before rendering.
 */

/** `GET /customers/me/variants/{uuid}/course`: the course of a purchased variant, with sections and contents. */
export function getVariantCourse(http: ScalevHttp, variantUuid: string, signal?: AbortSignal): Promise<CustomerCourseAccessResponse> {
  return http.request({ family: 'customer', path: path`/customers/me/variants/${variantUuid}/course`, signal });
}

/** `GET /customers/me/course-sections/{uuid}`. */
export function getCourseSection(http: ScalevHttp, sectionUuid: string, signal?: AbortSignal): Promise<CustomerCourseSection> {
  return http.request({ family: 'customer', path: path`/customers/me/course-sections/${sectionUuid}`, signal });
}

/** `GET /customers/me/course-contents/{uuid}`. */
export function getCourseContent(http: ScalevHttp, contentUuid: string, signal?: AbortSignal): Promise<CustomerCourseContent> {
  return http.request({ family: 'customer', path: path`/customers/me/course-contents/${contentUuid}`, signal });
}

/**
 * `PATCH /customers/me/course-contents/{uuid}` with `{ progress }`. Progress is a percentage; a
 * value computed from playback time may overshoot, so it is clamped to 0–100.
 */
export async function updateContentProgress(
  http: ScalevHttp,
  contentUuid: string,
  progress: number,
  signal?: AbortSignal,
): Promise<CustomerCourseProgressUpdateResponse> {
  if (!Number.isFinite(progress)) throw new TypeError(`progress must be a number, got ${String(progress)}`);
  return http.request({
    method: 'PATCH',
    family: 'customer',
    path: path`/customers/me/course-contents/${contentUuid}`,
    body: { progress: Math.min(100, Math.max(0, progress)) },
    signal,
  });
}
