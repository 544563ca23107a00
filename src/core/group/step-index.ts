// Which step of a page to show: apart from the splitting, so the player's own bundle carries only this.

/** The step index a request means: "last" (Infinity) or any number, clamped to the steps there are. */
export function clampStep(requested: number, count: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, Number.isFinite(requested) ? Math.trunc(requested) : count - 1));
}
