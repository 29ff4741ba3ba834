import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingTabindex, RowRovingTabindex } from '../../src/core/roving-tabindex.js';

class ListHost extends LitElement {
  static override properties = { items: { attribute: false } };
  items: string[] = Array.from({ length: 15 }, (_, i) => `r${i + 1}`);
  roving = new RovingTabindex(
    this,
    () => this.items,
    (key) => this.renderRoot.querySelector<HTMLElement>(`li[data-key="${key}"]`) ?? undefined,
  );
  protected override willUpdate() {
    this.roving.keep(this.items);
  }
  override render() {
    return html`<button id="before">Before</button>
      <ol @focusin=${this.roving.onFocusIn} @keydown=${this.roving.onKeyDown}>
        ${this.items.map((key) => html`<li data-key=${key} tabindex=${this.roving.tabIndex(key)}><span>${key}</span></li>`)}
      </ol>
      <button id="after">After</button>`;
  }
}
customElements.define('list-host', ListHost);

/** The same list laid out as a row (a toolbar): Right and Left move. */
class RowHost extends ListHost {
  override roving = new RowRovingTabindex(
    this,
    () => this.items,
    (key) => this.renderRoot.querySelector<HTMLElement>(`li[data-key="${key}"]`) ?? undefined,
  );
}
customElements.define('row-host', RowHost);

const focused = (el: ListHost) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key ?? el.shadowRoot!.activeElement?.id;
const tabbable = (el: ListHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li')].filter((li) => li.tabIndex === 0).map((li) => li.dataset.key);

describe('RovingTabindex', () => {
  it('puts one item, the first, in the tab order', async () => {
    const el = await fixture<ListHost>(html`<list-host></list-host>`);
    expect(el.roving.active).to.equal('r1');
    expect(tabbable(el)).to.deep.equal(['r1']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('r1');
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab leaves the list').to.equal('after');
  });

  it('moves with the arrow keys, Home, End, PageUp and PageDown, and keeps the last one in the tab order', async () => {
    const el = await fixture<ListHost>(html`<list-host></list-host>`);
    el.roving.focus();
    const steps: Array<[string, string]> = [
      ['ArrowDown', 'r2'],
      ['ArrowDown', 'r3'],
      ['ArrowUp', 'r2'],
      ['End', 'r15'],
      ['ArrowDown', 'r15'],
      ['PageUp', 'r5'],
      ['PageUp', 'r1'],
      ['ArrowUp', 'r1'],
      ['PageDown', 'r11'],
      ['Home', 'r1'],
    ];
    for (const [key, expected] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(focused(el), key).to.equal(expected);
      expect(tabbable(el), key).to.deep.equal([expected]);
    }
  });

  it('makes an item focused otherwise (a click) the active one, and ignores other keys', async () => {
    const el = await fixture<ListHost>(html`<list-host></list-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('li[data-key="r7"] span')!.click();
    el.shadowRoot!.querySelector<HTMLElement>('li[data-key="r7"]')!.focus();
    await el.updateComplete;
    expect(el.roving.active).to.equal('r7');
    expect(tabbable(el)).to.deep.equal(['r7']);
    await sendKeys({ press: 'a' });
    expect(el.roving.active).to.equal('r7');
  });

  it('keeps the active item when the list changes and it is still there, else takes the first', async () => {
    const el = await fixture<ListHost>(html`<list-host></list-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('li[data-key="r4"]')!.focus();
    el.items = ['r0', ...el.items];
    await el.updateComplete;
    expect(el.roving.active).to.equal('r4');
    el.items = ['x1', 'x2'];
    await el.updateComplete;
    expect(el.roving.active).to.equal('x1');
    expect(tabbable(el)).to.deep.equal(['x1']);
    el.items = [];
    await el.updateComplete;
    expect(el.roving.active).to.equal('');
  });

  it('moves with Right and Left in a horizontal row, where Down and Up do nothing', async () => {
    const el = await fixture<ListHost>(html`<row-host></row-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('li[data-key="r1"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('r3');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('r2');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('r2');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('r15');
  });
});
