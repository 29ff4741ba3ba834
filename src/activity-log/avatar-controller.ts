import type { ReactiveControllerHost } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { chunks } from './chunks.js';
import type { AvatarSettings, Avatars } from './gravatar.js';
import type { DrawPicture } from './list-rows.js';
import { adoptPartStyles } from './part-styles.js';

/** What avatars read from their widget. */
export interface AvatarOptions extends AvatarSettings {
  /** Whether avatars are on (`gravatar`). */
  on(): boolean;
}

/**
 * The avatar pictures of `<activity-log>`'s rows (with `gravatar`): their code (gravatar.ts: e-mail
 * hashing, the service's and the server's pictures) loads when the rows are first shown, and
 * again on the next render but one after a failed load; the rows show initials until then, or if
 * it cannot load. It needs none of the host's lifecycle, so it is not registered with `addController`.
 */
export class AvatarController {
  readonly #part: LazyPart<Awaited<ReturnType<typeof chunks.gravatar>>>;
  #avatars: Avatars | undefined;
  /** Whether the next `need()` may ask again for the code, after it failed to arrive. */
  #retry = false;

  constructor(
    readonly host: ReactiveControllerHost,
    readonly options: AvatarOptions,
  ) {
    this.#part = new LazyPart(host, () => chunks.gravatar(), {
      onReady: (code) => {
        adoptPartStyles(host, code.avatarStyles);
        this.#avatars = new code.Avatars(options, () => host.requestUpdate());
      },
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

  /** What draws the rows' pictures: with avatars on, once their code is here. */
  get picture(): DrawPicture | undefined {
    return this.options.on() ? this.#avatars?.draw : undefined;
  }

  /** Changes whenever `picture` may draw something else. */
  get version(): string {
    // With avatars on and their code not here yet, nothing is drawn: the version waits for it.
    return this.options.on() ? (this.#avatars?.version ?? 'loading') : '';
  }
}
