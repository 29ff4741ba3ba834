/**
 * The community context protocol (the one `@lit/context` implements), reduced to what the
 * library needs: a widget asks its ancestors for the page's defaults with a bubbling, composed
 * `context-request` event and follows them; `<dashboard-config>` answers and notifies on change,
 * and announces itself with `context-provider` when it connects, so widgets that asked before it
 * was registered ask again. A provider or consumer written with `@lit/context` interoperates: the
 * context key is the same `Symbol.for`, and the events have the protocol's fields.
 */

/** A context key that carries its value type (the shape `@lit/context`'s `createContext` returns). */
export type Context<K, V> = K & { __context__: V };

/** Called with the value, and, for subscribers, with the function that unsubscribes. */
export type ContextCallback<V> = (value: V, unsubscribe?: () => void) => void;

export class ContextRequestEvent<V> extends Event {
  constructor(
    readonly context: Context<unknown, V>,
    readonly contextTarget: Element,
    readonly callback: ContextCallback<V>,
    readonly subscribe?: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

export class ContextProviderEvent extends Event {
  constructor(
    readonly context: Context<unknown, unknown>,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/**
 * The consumers still waiting for a provider: one list and one listener per page, shared by every
 * copy of the library loaded on it. A provider's announcement makes them ask again.
 */
const WAITING = Symbol.for('dashboard-widgets.context-waiting');
type Waiting = Set<{ context: unknown; request(): void }>;

function waitingList(): Waiting {
  const holder = document as unknown as Record<symbol, Waiting | undefined>;
  let list = holder[WAITING];
  if (!list) {
    const created: Waiting = (list = holder[WAITING] = new Set());
    document.addEventListener('context-provider', (e) => {
      const { context } = e as ContextProviderEvent;
      for (const consumer of [...created]) if (consumer.context === context) consumer.request();
    });
  }
  return list;
}

/** Follows one context for one element while it is connected. */
export class ContextConsumer<V> {
  #unsubscribe: (() => void) | undefined;

  constructor(
    readonly host: Element,
    readonly context: Context<unknown, V>,
    readonly onValue: (value: V) => void,
  ) {}

  /** Asks the ancestors; stays on the page's waiting list until a provider answers. */
  request(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const waiting = waitingList();
    waiting.add(this);
    this.host.dispatchEvent(
      new ContextRequestEvent(
        this.context,
        this.host,
        (value, unsubscribe) => {
          waiting.delete(this);
          if (unsubscribe !== this.#unsubscribe) {
            this.#unsubscribe?.();
            this.#unsubscribe = unsubscribe;
          }
          this.onValue(value);
        },
        true,
      ),
    );
  }

  /** Stops following (on disconnection). */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    waitingList().delete(this);
  }
}

/** Answers requests for one context from below an element, and tells subscribers of each new value. */
export class ContextProvider<V> {
  #subscribers = new Map<ContextCallback<V>, () => void>();

  constructor(
    readonly host: Element,
    readonly context: Context<unknown, V>,
    public value: V,
  ) {
    host.addEventListener('context-request', this.#onRequest);
  }

  #onRequest = (event: Event) => {
    const e = event as ContextRequestEvent<unknown>;
    if (e.context !== this.context || e.contextTarget === this.host) return;
    e.stopPropagation();
    const callback = e.callback as ContextCallback<V>;
    if (!e.subscribe) return callback(this.value);
    let unsubscribe = this.#subscribers.get(callback);
    if (!unsubscribe) {
      unsubscribe = () => this.#subscribers.delete(callback);
      this.#subscribers.set(callback, unsubscribe);
    }
    callback(this.value, unsubscribe);
  };

  /** Sets the value and tells every subscriber. */
  setValue(value: V): void {
    this.value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  /** Announces the provider (call on connection): consumers that asked too early ask again. */
  announce(): void {
    this.host.dispatchEvent(new ContextProviderEvent(this.context as Context<unknown, unknown>, this.host));
  }
}
