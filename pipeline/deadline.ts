// A per-document time limit that stages honour without reading a clock themselves: the pipeline sets
// the deadline for the document it runs, and long loops call checkpoint(). Documents run one at a
// time per thread, so one deadline per module instance is enough.

/** Thrown by a checkpoint when the document's time is up; caught by the pipeline. */
export class DeadlineExceeded extends Error {}

let deadline = Infinity;

export function setDeadline(at: number): void {
  deadline = at;
}

/** Called by stages inside long loops: throws when the current document has run out of time. */
export function checkpoint(): void {
  if (deadline !== Infinity && performance.now() > deadline) throw new DeadlineExceeded();
}
