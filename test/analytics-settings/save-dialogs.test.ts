import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SaveDialogs } from '../../src/analytics-settings/save-dialogs.js';
import type { CodeRequest } from '../../src/analytics-settings/save-flow.js';

// The save dialogs on their own: the save flow's questions in, promises and events out.

SaveDialogs.define();

const REQUEST: CodeRequest = { method: 'totp', state: 'required', sent: false, to: '', message: '' };

async function dialogs(): Promise<{ el: SaveDialogs; said: string[]; closed: () => number }> {
  const said: string[] = [];
  let closed = 0;
  const host = await fixture<HTMLElement>(
    html`<div @dw-announce=${(e: Event & { text: string }) => said.push(e.text)} @dw-dialog-close=${() => closed++}><dw-save-dialogs></dw-save-dialogs></div>`,
  );
  return { el: host.querySelector<SaveDialogs>('dw-save-dialogs')!, said, closed: () => closed };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector)!;
const text = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();

async function submitCode(el: SaveDialogs, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#two-factor-code');
  input.value = value;
  $<HTMLButtonElement>(el, '#two-factor-submit').click();
  await el.updateComplete;
}

describe('<dw-save-dialogs>', () => {
  it('asks for a code in a modal dialog, focused on the field, and says what it asks', async () => {
    const { el, said } = await dialogs();
    void el.askCode(REQUEST);
    const dialog = $<HTMLDialogElement>(el, 'dialog#two-factor');
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(dialog.matches(':modal')).to.equal(true);
    await waitUntil(() => said.length > 0);
    expect(document.activeElement).to.equal($(el, '#two-factor-code'));
    expect(said).to.deep.equal(['Enter the code from your authenticator app.']);
    expect(text(el, '#two-factor-title')).to.equal('Two-factor authentication');
  });

  it('answers with the code typed, trimmed, and empties the field at once; an empty code is asked again', async () => {
    const { el } = await dialogs();
    let answer: string | null | undefined;
    void el.askCode(REQUEST).then((a) => (answer = a));
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#two-factor').open);
    await submitCode(el, '   ');
    expect(text(el, '#two-factor-note')).to.equal('Enter the code.');
    expect($(el, '#two-factor-note').getAttribute('role')).to.equal('alert');
    expect(answer).to.equal(undefined);
    await submitCode(el, ' 123456 ');
    await waitUntil(() => answer !== undefined);
    expect(answer).to.equal('123456');
    expect($<HTMLInputElement>(el, '#two-factor-code').value).to.equal('');
    // Working with the answer: the dialog stays, its button says so.
    expect(text(el, '#two-factor-submit')).to.equal('Saving…');
    expect($(el, '#two-factor-submit').getAttribute('aria-disabled')).to.equal('true');
  });

  it('asks for the password in a password field, and says when the last one was refused', async () => {
    const { el, said } = await dialogs();
    void el.askCode({ ...REQUEST, method: 'password', state: 'invalid' });
    await waitUntil(() => said.length > 0);
    const input = $<HTMLInputElement>(el, '#two-factor-code');
    expect([input.type, input.autocomplete]).to.deep.equal(['password', 'current-password']);
    expect(text(el, '#two-factor-title')).to.equal('Confirm with your password');
    expect(said).to.deep.equal(['That password was not accepted. Try again.']);
    expect(el.innerHTML).not.to.contain('secret');
  });

  it('after too many wrong e-mailed codes, its button asks for a new code: the answer is empty', async () => {
    const { el } = await dialogs();
    const answer = el.askCode({ ...REQUEST, method: 'email', state: 'max-attempts' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#two-factor').open);
    expect($<HTMLInputElement>(el, '#two-factor-code').disabled).to.equal(true);
    expect(text(el, '#two-factor-submit')).to.equal('Send a new code');
    $<HTMLButtonElement>(el, '#two-factor-submit').click();
    expect(await answer).to.equal('');
  });

  it('Escape answers "closed" and says a dialog closed; closeCode() closes without an answer', async () => {
    const { el, closed } = await dialogs();
    const answer = el.askCode(REQUEST);
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#two-factor').open);
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(null);
    await waitUntil(() => closed() === 1, 'no close event');
    void el.askCode(REQUEST);
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#two-factor').open);
    el.closeCode();
    expect($<HTMLDialogElement>(el, 'dialog#two-factor').open).to.equal(false);
  });

  it('shows each conflict with its three values, waits for a choice for each, and answers with the choices', async () => {
    const { el, said } = await dialogs();
    const answer = el.askConflicts([
      { id: 'GoogleAnalytics_ID', loaded: '', server: 'G-THEIRS', mine: 'G-MINE' },
      { id: 'Analytics_features_rooms', loaded: true, server: false, mine: true },
    ]);
    const dialog = $<HTMLDialogElement>(el, 'dialog#conflicts');
    await waitUntil(() => dialog.open);
    await waitUntil(() => said.length > 0);
    expect(said).to.deep.equal(['2 settings changed on the server since you loaded the form. Choose which value to keep.']);
    expect([...dialog.querySelectorAll('fieldset')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Tracking ID When you loaded (empty) On the server now G-THEIRS Your edit G-MINE Keep my edit Take the server’s value',
      'Rooms When you loaded On On the server now Off Your edit On Keep my edit Take the server’s value',
    ]);
    const submit = $<HTMLButtonElement>(el, '#conflicts-submit');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    $<HTMLInputElement>(el, 'input[name="choice-GoogleAnalytics_ID"][value="theirs"]').click();
    await el.updateComplete;
    submit.click();
    expect(text(el, '#conflicts-left')).to.equal('Choose for 1 more setting.');
    $<HTMLInputElement>(el, 'input[name="choice-Analytics_features_rooms"][value="mine"]').click();
    await el.updateComplete;
    submit.click();
    expect([...(await answer)!]).to.deep.equal([
      ['GoogleAnalytics_ID', 'theirs'],
      ['Analytics_features_rooms', 'mine'],
    ]);
    expect(dialog.open).to.equal(false);
  });

  it('the conflict dialog closed without choosing answers "closed"', async () => {
    const { el } = await dialogs();
    const answer = el.askConflicts([{ id: 'GoogleAnalytics_ID', loaded: '', server: 'G-1', mine: 'G-2' }]);
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#conflicts').open);
    [...el.querySelectorAll<HTMLButtonElement>('dialog#conflicts button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(await answer).to.equal(null);
  });
});
