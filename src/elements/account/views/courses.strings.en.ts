import type { MessageTable } from '../../../i18n/localize.js';

const messages: MessageTable = {
  'account.courses.title': 'My courses',
  'account.courses.empty': 'You have not bought any online course yet.',
  'account.courses.open': 'Open course',
  'account.courses.openLabel': 'Open the course {name}',
  'account.courses.noLink': "This course can't be opened from here yet. Use the course link from the store.",
  'account.courses.boughtOn': 'Bought on {date}',
  'account.courses.back': 'Back to my courses',
  'account.courses.backToCourse': 'Back to the lessons',
  'account.courses.noAccess': 'This course is not included in your purchases, or your access has ended.',
  'account.courses.noSections': 'This course has no lessons yet.',
  'account.courses.progress': '{done} of {total} lessons done',
  'account.courses.progressLabel': 'Course progress',
  'account.courses.sectionProgress': 'Progress of {title}',
  'account.courses.completed': 'Done',
  'account.courses.minutes': '{count} min',
  'account.courses.watch': 'Watch the video',
  'account.courses.markComplete': 'Mark as complete',
  'account.courses.markIncomplete': 'Mark as not complete',
  'account.courses.saving': 'Saving…',
  'account.courses.markedComplete': 'Lesson marked as complete.',
  'account.courses.markedIncomplete': 'Lesson marked as not complete.',
  'account.courses.contentMissing': 'This lesson was not found in this course.',
  'account.courses.previous': 'Previous lesson',
  'account.courses.next': 'Next lesson',
  'account.courses.untitled': 'Lesson',
  'account.courses.untitledCourse': 'Course',
};

export default messages;
