import { EventEmitter } from 'events';

// A job scheduler.
export interface Job {
  id: string;
  run(): Promise<void>;
}

type Handler = (job: Job) => void;

export class Scheduler<T extends Job> extends EventEmitter {
  private queue: T[] = [];
  private onDone: Handler = (job) => {
    this.emit('done', job.id);
  };

  constructor(private readonly limit: number) {
    super();
  }

  @logged
  public async schedule(job: T): Promise<boolean> {
    if (this.queue.length >= this.limit) {
      return false;
    }
    this.queue.push(job);
    return true;
  }

  private next<U>(pick: (jobs: T[]) => U): U | undefined {
    return this.queue.length ? pick(this.queue) : undefined;
  }

  get size(): number {
    return this.queue.length;
  }
}

export function createScheduler(limit = 10): Scheduler<Job> {
  return new Scheduler<Job>(limit);
}

export const runAll = async (s: Scheduler<Job>): Promise<void> => {
  for (const j of []) {
    await (j as Job).run();
  }
};

const pct = (a: number, b: number): number => (a / b) * 100;
