// The contract every progress backend (IndexedDB, SCORM LMS, memory) implements.
import type { Progress } from './progress';

/** Where progress is kept. Implementations: idb-store, scorm-store, memory-store. */
export interface ProgressStore {
  /** How long changes may gather before a write (default 2000): short for cheap local writes, longer for LMS commits. */
  readonly saveIntervalMs?: number;
  /** Reads what was stored, in whatever shape it was stored; `null` when nothing was. Rejects when the backend fails. */
  load(): Promise<unknown>;
  /** Persists a whole progress. Rejects when the backend fails. */
  save(progress: Progress): Promise<void>;
  /** Forgets everything stored for this course. */
  clear(): Promise<void>;
  /**
   * A knowledge check was submitted (the SCORM backend writes a cmi.interactions record for each);
   * the answer itself reaches the store with the next save.
   */
  recordAnswer?(submission: { checkId: string; choice: number; at: number }): void;
  /**
   * Last chance to persist, called from `pagehide`: must start its writes synchronously because the
   * page may be gone before a promise settles. The SCORM backend terminates the session here.
   */
  close?(progress: Progress): void;
}
