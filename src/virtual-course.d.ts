// The course compiled at build time by scripts/vite-plugin-course.ts.
declare module 'virtual:course' {
  import type { Course } from './course/types';
  const course: Course;
  export default course;
}
