/**
 * A React 18 application using dashboard-widgets/react's <ActivityLog>, bundled by esbuild (React
 * is CommonJS) and served by the test runner as /test/react/react18-app.bundle.js (see
 * web-test-runner.config.mjs).
 */
import { createElement, version } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ActivityLog } from '../../src/react/activity-log.js';
import type { ActivityLoadEvent } from '../../src/activity-log/events.js';
import type { ActivityFilters } from '../../src/activity-log/view.js';

export { version };

export interface AppProps {
  token: string;
  pageSize: number;
  filters: ActivityFilters;
  onLoad: (event: ActivityLoadEvent) => void;
}

/** Renders <ActivityLog> into `container` (synchronously) and returns a function to render it again with new props. */
export function mount(container: HTMLElement, props: AppProps): { update(next: AppProps): void; root: Root } {
  const root = createRoot(container);
  const render = (p: AppProps) =>
    flushSync(() =>
      root.render(
        createElement(ActivityLog, {
          apiBase: '/matomo/',
          token: p.token,
          pageSize: p.pageSize,
          filters: p.filters,
          onDwActivityLoad: p.onLoad,
        }),
      ),
    );
  render(props);
  return { update: render, root };
}
