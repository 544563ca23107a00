// The course compiled at build time by scripts/vite-plugin-course.ts.
declare module 'virtual:course' {
  import type { Course } from '../core/course/types';
  const course: Course;
  export default course;
}

declare module 'virtual:messages' {
  import type { Messages } from '../core/messages/sv';
  /** The UI words of the course's language, picked at build time by scripts/vite-plugin-course.ts. */
  const messages: Messages;
  export default messages;
}
