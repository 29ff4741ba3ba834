// A test-runner plugin that serves the test server's demo backend (the same instance, so the same
// failed sign-ins) on a second loopback origin as well, so that tests see what a page on another
// origin gets: CORS answers or none, a 401 that fetch cannot read. It starts with the test server
// and stops with it. Server commands for the tests:
//   executeServerCommand('cross-origin-demo')  ->  { origin, pageOrigin }
//   executeServerCommand('demo-matomo', { reset, corsOrigins, activityLog, signInLimits })  ->  { failedSignIns }
//     reset: forget every failed sign-in (lifting a block); corsOrigins: the origins the demo
//     Matomo answers ('page': the test pages' origin, the default); activityLog: '5.0' or '5.1';
//     signInLimits: { limit, windowMs } of the block ('default': 20 in 30 minutes).
//     failedSignIns: the refused tokens counted so far (before a reset) for the browser's address (127.0.0.1).
import { createServer } from 'node:http';

export function crossOriginDemo(middleware) {
  let server;
  let origin = '';
  let pageOrigin = '';
  return {
    name: 'cross-origin-demo',
    async serverStart({ config }) {
      pageOrigin = `http://127.0.0.1:${config.port}`;
      middleware.backend.configure({ corsOrigins: [pageOrigin] });
      server = createServer(middleware.listener());
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      server.unref();
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server?.closeAllConnections?.();
    },
    async executeCommand({ command, payload = {} }) {
      if (command === 'cross-origin-demo') return { origin, pageOrigin };
      if (command !== 'demo-matomo') return undefined;
      const backend = middleware.backend;
      const failedSignIns = backend.state.failedSignIns('127.0.0.1');
      if (payload.reset) backend.resetSignIns();
      if (payload.corsOrigins !== undefined) backend.configure({ corsOrigins: payload.corsOrigins === 'page' ? [pageOrigin] : payload.corsOrigins });
      if (payload.activityLog !== undefined) backend.configure({ activityLog: payload.activityLog });
      if (payload.signInLimits !== undefined) backend.configure({ signInLimits: payload.signInLimits === 'default' ? { limit: 20, windowMs: 30 * 60_000 } : payload.signInLimits });
      return { failedSignIns };
    },
  };
}
