// Opens the facilitator view in a second window, to drag to the laptop's own screen.

/** The same document at its own route: works from any folder and inside an LMS package. */
export function openFacilitatorView(courseId: string, win: Window = window): void {
  win.open(`${win.location.href.split('#')[0]}#/handledare`, `handledarvy-${courseId}`, 'popup,width=1100,height=800');
}
