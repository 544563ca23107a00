// A value that tells its listeners when it changes: the app's whole state management.

/** A changeable value, read and written through `.value`. */
export interface Cell<T> {
  value: T;
}

export interface CellGroup {
  /** A new cell whose changes notify this group's listeners. */
  cell<T>(initial: T): Cell<T>;
  /** Calls `listener` after every change of any cell in the group; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Counts changes, so a late subscriber can tell it missed one. */
  readonly version: number;
}

/** Cells that share one set of listeners, so one subscription re-renders on any state change. */
export function createCellGroup(): CellGroup {
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    get version() {
      return version;
    },
    cell<T>(initial: T): Cell<T> {
      let current = initial;
      return {
        get value() {
          return current;
        },
        set value(next: T) {
          if (Object.is(next, current)) return;
          current = next;
          version += 1;
          for (const listener of [...listeners]) listener();
        },
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
