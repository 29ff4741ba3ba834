// Floor 1 of the first views: lit and @lit/task alone. One element that fetches a JSON list
// and shows it, with nothing of the library. Built by bench/size.mjs and never shipped.
import { html, LitElement } from 'lit';
import { Task } from '@lit/task';

class FloorLitTask extends LitElement {
  static override properties = { src: {} };
  src = '';
  #items = new Task(this, {
    args: () => [this.src],
    task: async ([src], { signal }) => (await (await fetch(src, { signal })).json()) as string[],
  });

  override render() {
    return this.#items.render({
      pending: () => html`<p>Loading…</p>`,
      complete: (items) => html`<ol>${items.map((item) => html`<li>${item}</li>`)}</ol>`,
      error: () => html`<p role="alert">Could not load the list.</p>`,
    });
  }
}

customElements.define('floor-lit-task', FloorLitTask);
