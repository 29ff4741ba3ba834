import { createDemoBackend, type DemoBackend, type DemoBackendOptions } from './handler.js';

/** Options of `installDemoBackend`. */
export interface InstallDemoBackendOptions extends Omit<DemoBackendOptions, 'settings'> {
  /** The origin the demo servers live on (default: the page's own origin). */
  origin?: string;
}

/** An installed demo backend. */
export interface InstalledDemoBackend {
  backend: DemoBackend;
  /** Copies of every request the demo backend answered, in order, to assert what went over the wire. */
  requests: Request[];
  /** Puts the original `window.fetch` back. */
  uninstall(): void;
}

/** Paths served by the demo backend: Matomo under `/matomo/`, Rocket.Chat under `/chat/`. */
const DEMO_PATH = /^\/(?:matomo|chat)\//;

/**
 * Serves `/matomo/` and `/chat/` on the page's origin from a fresh in-browser demo backend, by
 * wrapping `window.fetch`; every other request goes to the original fetch. For Storybook's static
 * build and for browser tests: no server needed.
 */
export function installDemoBackend(options: InstallDemoBackendOptions = {}): InstalledDemoBackend {
  const { origin = location.origin, ...backendOptions } = options;
  const backend = createDemoBackend(backendOptions);
  const requests: Request[] = [];
  const original = window.fetch;

  const demoFetch: typeof fetch = (input, init) => {
    let url: URL;
    let request: Request;
    try {
      url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.origin !== origin || !DEMO_PATH.test(url.pathname)) return original.call(window, input, init);
      request = new Request(input instanceof Request ? input : url, init);
    } catch (error) {
      return Promise.reject(error);
    }
    requests.push(request.clone());
    return backend.handle(request);
  };
  window.fetch = demoFetch;

  return {
    backend,
    requests,
    uninstall() {
      if (window.fetch === demoFetch) window.fetch = original;
    },
  };
}
