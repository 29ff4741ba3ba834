import type { ReactiveControllerHost } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { chunks } from './chunks.js';
import type { Avatars } from './gravatar.js';
import type { AvatarPicture } from './list-rows.js';
import type { ActivityRow } from './rows.js';

/** What avatars read from their widget. */
export interface AvatarOptions {
  /** Whether avatars are on (`gravatar`). */
  on(): boolean;
  /** Known e-mail addresses by login. */
  emails(): Readonly<Record<string, string>>;
  /** Changes when `emails()` may have (who is looking was read again). */
  emailsVersion(): number;
  /** The avatar service's base URL. */
  base(): string;
  /** The server's address, against which its own pictures' paths resolve. */
  apiBase(): string;
}

/**
 * The avatar pictures of `<activity-log>`'s rows (with `gravatar`): the avatars' code (gravatar.ts:
 * e-mail hashing, the service's and the server's pictures) loads when the rows are first shown,
 * and again on the next render but one after a failed load; the rows show initials until then, or
 * if it cannot load.
 */
export class AvatarController {
  #avatars: Avatars | undefined;
  /** Counts the pictures' changes (a hash computed, a picture loaded or failed). */
  #changes = 0;
  /** Whether the next `need()` may ask again for the code, after it failed to arrive. */
  #retry = false;
  readonly #part: LazyPart<Awaited<ReturnType<typeof chunks.gravatar>>>;

  /** Needs none of the host's lifecycle, so it is not registered with `addController`. */
  constructor(
    readonly host: ReactiveControllerHost,
    readonly options: AvatarOptions,
  ) {
    this.#part = new LazyPart(host, () => chunks.gravatar(), {
      onReady: (code) =>
        (this.#avatars = new code.Avatars(() => {
          this.#changes++;
          host.requestUpdate();
        })),
    });
  }

  /** Asks for the avatars' code when avatars are on (called as the rows render). */
  need(): void {
    const part = this.#part;
    if (!this.options.on() || part.status === 'loading' || part.status === 'ready') return;
    // After a failure, the next render asks again: not the one the failure itself asked for.
    if (part.status === 'failed' && !this.#retry) {
      this.#retry = true;
      return;
    }
    this.#retry = false;
    void part.need();
  }

  /** The picture of a row, when avatars are on and their code is here. */
  picture = (row: ActivityRow): AvatarPicture | undefined => {
    const { options } = this;
    return options.on() ? this.#avatars?.picture(row.entry, options.emails(), options.base(), options.apiBase()) : undefined;
  };

  /** Changes whenever `picture` may give something else. */
  get version(): string {
    const { options } = this;
    return options.on() ? `${this.#changes}|${!!this.#avatars}|${options.emailsVersion()}|${options.base()}|${options.apiBase()}` : '';
  }
}
