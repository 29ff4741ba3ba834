// The servers of the demo, the tests and their checks listen on the loopback interface only.
//
// @web/dev-server (under `npm start` and the test runner) listens on every interface when its
// hostname is 'localhost' or '127.0.0.1'. '127.1' is the same address written another way: with
// it, the server listens on 127.0.0.1 alone, and browsers read http://127.1/ as http://127.0.0.1/.

export const LOOPBACK_HOST = '127.1';

/** A dev-server plugin that stops the server when it listens anywhere but on 127.0.0.1. */
export function loopbackOnly() {
  return {
    name: 'loopback-only',
    serverStart({ server }) {
      const address = server?.address();
      if (!address || typeof address === 'string' || address.address !== '127.0.0.1') {
        throw new Error(`The server must listen on 127.0.0.1 only; it listens on ${JSON.stringify(address)}.`);
      }
    },
  };
}
