import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type TaskConfig } from '@lit/task';

/** The reason a removal aborts a task with (an `AbortError`, which widgets do not show as an error). */
export const removedReason = (): DOMException => new DOMException('The widget was removed.', 'AbortError');

/**
 * A `@lit/task` Task that stops with its element and picks up again when it is back: removing the
 * host aborts a run in progress (its `AbortSignal` fires, so a fetch stops), and connecting it
 * again runs that task again, with the arguments it had (a task aborted with unchanged arguments
 * would otherwise stay aborted). A task that was not running is left as it was.
 *
 * Set `resumeOnConnect` to run it again on the next connection whatever its state (a form that
 * was away long enough to read the server again).
 */
export class ResumableTask<const A extends readonly unknown[] = readonly unknown[], R = unknown> extends Task<A, R> {
  /** Run again on the next connection (set on removal when a run was in progress). */
  resumeOnConnect = false;
  /** The arguments of the last run, when they were given to `run()` rather than read from `args`. */
  #given: A | undefined;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    super(host, config);
  }

  override run(args?: A): Promise<void> {
    this.#given = args;
    return super.run(args);
  }

  hostConnected(): void {
    if (!this.resumeOnConnect) return;
    this.resumeOnConnect = false;
    void this.run(this.#given);
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.resumeOnConnect = true;
    this.abort(removedReason());
  }
}
