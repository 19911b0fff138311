// A fixed pool of worker threads that each take one task at a time. A worker that dies (a crash in
// native code, running out of memory, an uncaught error) fails only the task it held: the caller
// turns that into a reject, and a fresh worker takes its place.
import { Worker } from "node:worker_threads";

export class WorkerCrash extends Error {}

/** A task that ran past the pool's hard time limit: its worker was stopped. */
export class WorkerTimeout extends WorkerCrash {}

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface Slot<Task, Result> {
  worker: Worker;
  job: { id: number; task: Task; pending: Pending<Result> } | null;
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
}

export class WorkerPool<Task, Result> {
  private readonly slots: Slot<Task, Result>[] = [];
  private readonly queue: { id: number; task: Task; pending: Pending<Result> }[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly script: URL | string,
    private readonly workerData: unknown = null,
    /**
     * A hard limit per task, for code that never reaches a cooperative checkpoint (a loop that does
     * not end): the worker is terminated and the task fails with WorkerTimeout.
     */
    private readonly taskTimeoutMs = Infinity,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs a task on the next free worker; rejects with WorkerCrash if that worker dies on it. */
  run(task: Task): Promise<Result> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot<Task, Result> {
    const slot: Slot<Task, Result> = { worker: new Worker(this.script, { workerData: this.workerData }), job: null, timer: null, timedOut: false };
    slot.worker.on("message", (message: { id: number; result: Result }) => {
      const job = slot.job;
      if (job === null || job.id !== message.id) return;
      slot.job = null;
      if (slot.timer !== null) clearTimeout(slot.timer);
      job.pending.resolve(message.result);
      this.dispatch();
    });
    const died = (error: Error) => {
      const job = slot.job;
      slot.job = null;
      if (slot.timer !== null) clearTimeout(slot.timer);
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      if (!this.closed) this.slots[index] = this.spawn();
      job?.pending.reject(slot.timedOut ? new WorkerTimeout(`it ran past ${this.taskTimeoutMs} ms and its worker was stopped`) : new WorkerCrash(error.message));
      this.dispatch();
    };
    slot.worker.on("error", died);
    slot.worker.on("exit", (code) => {
      if (!this.closed) died(new Error(`the worker thread exited with code ${code}`));
    });
    // An idle worker must not keep the process alive.
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task });
      if (Number.isFinite(this.taskTimeoutMs)) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, this.taskTimeoutMs);
      }
    }
    for (const slot of this.slots) if (slot.job === null) slot.worker.unref();
  }
}
