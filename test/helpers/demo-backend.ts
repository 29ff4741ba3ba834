/**
 * The demo backend for the tests of a `describe` (or of a file, when called at its top level):
 * installed before each test, so that each starts from the seeded data, and uninstalled after it,
 * so that what runs next fetches from the page's own fetch again.
 */
import { installDemoBackend, type InstallDemoBackendOptions, type InstalledDemoBackend } from '../../src/demo/browser.js';

/** The demo backend of the running test: its state and the requests it answered. */
export type DemoBackendInTest = Pick<InstalledDemoBackend, 'backend' | 'requests'>;

/** Installs the demo backend around each test of the calling `describe`; what it returns reads the running test's. */
export function useDemoBackend(options?: InstallDemoBackendOptions): DemoBackendInTest {
  let installed: InstalledDemoBackend | undefined;
  beforeEach(() => {
    installed = installDemoBackend(options);
  });
  afterEach(() => {
    installed?.uninstall();
    installed = undefined;
  });
  const current = () => {
    if (!installed) throw new Error('The demo backend is installed during a test only.');
    return installed;
  };
  return {
    get backend() {
      return current().backend;
    },
    get requests() {
      return current().requests;
    },
  };
}
