// The one error type of course compilation: it always names the file, the line and the reason.

/** A problem in a course source file that must stop the build. */
export class CourseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CourseError';
  }
}
