/** Where a widget sends its requests, and how long it waits (what a default source is made for). */
export interface ServerConnection {
  apiBase: string;
  token: string;
  /** Rocket.Chat only: the user id sent as `X-User-Id` ('' otherwise). */
  userId: string;
  /** Request timeout in milliseconds. */
  timeout: number;
}

/**
 * The data source a widget makes itself when it is given none: one object per connection (server,
 * token, user, timeout), made on first use and kept while the connection stays the same, so what
 * it learned (the sites of `all`, a missing bulk endpoint, the saving code) lasts as long as the
 * connection does.
 *
 * ```ts
 * #defaultSource = new DefaultSource((c) => new MatomoVisitsSource(new MatomoClient(c)));
 * #source = () => this.source ?? this.#defaultSource.for(this.serverConnection('matomo'));
 * ```
 */
export class DefaultSource<S> {
  #key: string | undefined;
  #source: S | undefined;

  constructor(readonly create: (connection: ServerConnection) => S) {}

  /** The source of this connection: the same object as last time when nothing changed. */
  for(connection: ServerConnection): S {
    const key = [connection.apiBase, connection.token, connection.userId, connection.timeout].join('\n');
    if (this.#key !== key || this.#source === undefined) {
      this.#source = this.create(connection);
      this.#key = key;
    }
    return this.#source;
  }
}
