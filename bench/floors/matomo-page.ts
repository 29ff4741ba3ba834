// What the activity-log floors share: the library's element base and Matomo client, fetching the
// first page of the Activity Log as the widget does (no viewer, no count: fewer bytes than it).
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { MatomoClient } from '../../src/api/matomo.js';
import { MatomoActivitySource, type ActivityEntry } from '../../src/api/activity-source.js';
import type { Connection } from '../../src/core/widget-element.js';

export function firstPageTask(host: ReactiveControllerHost, connection: () => Connection): Task<[string, string], ActivityEntry[]> {
  return new Task(host, {
    args: () => {
      const { apiBase, token } = connection();
      return [apiBase, token];
    },
    task: async ([apiBase, token], { signal }) =>
      new MatomoActivitySource(new MatomoClient({ apiBase, token })).getEntries({ offset: 0, limit: 25 }, { signal }),
  });
}
