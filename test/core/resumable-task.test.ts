/**
 * ResumableTask on a tiny host, the way lit's own Task tests go: a run in progress stops when the
 * host is removed (its signal aborts) and runs again when it is back; a task that was not running
 * stays as it was; `resumeOnConnect` asks for a run on the next connection.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TaskStatus } from '@lit/task';
import { ResumableTask } from '../../src/core/resumable-task.js';
import { isAbort } from '../../src/core/errors.js';

interface Run {
  args: readonly unknown[];
  signal: AbortSignal;
  resolve(value: string): void;
}

class TaskHost extends LitElement {
  static override properties = { id: {} };
  override id = 'a';
  runs: Run[] = [];
  task = new ResumableTask(this, {
    args: () => [this.id] as const,
    task: (args, { signal }) =>
      new Promise<string>((resolve, reject) => {
        this.runs.push({ args, signal, resolve });
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
  });
  manual = new ResumableTask(this, {
    autoRun: false,
    args: (): readonly [string] => ['from args'],
    task: ([what], { signal }) =>
      new Promise<string>((resolve, reject) => {
        this.runs.push({ args: [what], signal, resolve });
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
  });
}
customElements.define('task-host', TaskHost);

const tick = () => new Promise((r) => setTimeout(r));

describe('ResumableTask', () => {
  it('aborts a run in progress on removal, and runs it again with the same arguments on reconnection', async () => {
    const host = await fixture<TaskHost>(html`<task-host></task-host>`);
    expect(host.runs).to.have.length(1);
    const first = host.runs[0]!;
    const parent = host.parentElement!;
    host.remove();
    expect(first.signal.aborted, 'the removal aborts the request').to.equal(true);
    expect(isAbort(first.signal.reason), 'with an AbortError, not an error to show').to.equal(true);
    await tick();
    expect(host.task.status).to.equal(TaskStatus.ERROR);

    parent.append(host);
    expect(host.runs, 'back in the page: it runs again').to.have.length(2);
    expect(host.runs[1]!.args).to.deep.equal(['a']);
    host.runs[1]!.resolve('done');
    await host.task.taskComplete;
    expect(host.task.status).to.equal(TaskStatus.COMPLETE);
    expect(host.task.value).to.equal('done');
  });

  it('leaves a finished task alone: no request on removal or reconnection', async () => {
    const host = await fixture<TaskHost>(html`<task-host></task-host>`);
    host.runs[0]!.resolve('done');
    await host.task.taskComplete;
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await host.updateComplete;
    expect(host.runs).to.have.length(1);
    expect(host.task.value).to.equal('done');
  });

  it('resumes a task run by hand with the arguments it was given, not those of its args function', async () => {
    const host = await fixture<TaskHost>(html`<task-host></task-host>`);
    host.runs[0]!.resolve('done');
    await host.task.taskComplete;
    void host.manual.run(['given']);
    const parent = host.parentElement!;
    host.remove();
    expect(host.runs[1]!.signal.aborted).to.equal(true);
    parent.append(host);
    expect(host.runs).to.have.length(3);
    expect(host.runs[2]!.args).to.deep.equal(['given']);
  });

  it('runs again on the next connection when asked to (resumeOnConnect), once', async () => {
    const host = await fixture<TaskHost>(html`<task-host></task-host>`);
    host.runs[0]!.resolve('first');
    await host.task.taskComplete;
    const parent = host.parentElement!;
    host.remove();
    host.task.resumeOnConnect = true;
    parent.append(host);
    expect(host.runs).to.have.length(2);
    host.runs[1]!.resolve('second');
    await host.task.taskComplete;
    host.remove();
    parent.append(host);
    await host.updateComplete;
    expect(host.runs, 'only once').to.have.length(2);
  });

  it('still runs when its arguments change, like any Task', async () => {
    const host = await fixture<TaskHost>(html`<task-host></task-host>`);
    host.id = 'b';
    await host.updateComplete;
    expect(host.runs.map((r) => r.args[0])).to.deep.equal(['a', 'b']);
    expect(host.runs[0]!.signal.aborted, 'the run it replaces is aborted').to.equal(true);
  });
});
