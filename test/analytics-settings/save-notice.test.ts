import { expect, fixture, html } from '@open-wc/testing';
import { failedList, noticeOf, refusedTools } from '../../src/analytics-settings/save-notice.js';

describe('what a save says when it ends', () => {
  it('saved: the count and the labels, and which settings followed the server; announced', () => {
    const { notice, announce } = noticeOf({ kind: 'saved', saved: ['GoogleAnalytics_ID', 'Analytics_features_rooms'], followed: ['PiwikAnalytics_url'] });
    expect(notice).to.deep.equal({ kind: 'success', title: 'Saved 2 settings.', text: 'Tracking ID and Rooms. Changed on the server meanwhile, and updated here: URL.' });
    expect(announce).to.equal('Saved 2 settings.');
  });

  it('nothing left to save', () => {
    expect(noticeOf({ kind: 'nothing', followed: [] }).notice.text).to.equal('The values shown are the server’s.');
    expect(noticeOf({ kind: 'nothing', followed: ['Analytics_features_rooms'] }).notice.text).to.contain('updated here: Rooms.');
  });

  it('failed: every edit kept, Retry offered, what failed listed; a network failure may hide a save, which Retry finds out', () => {
    const failed = [{ id: 'Analytics_features_rooms', message: 'The server did not answer.', kind: 'network' }];
    const write = noticeOf({ kind: 'failed', failed, error: new Error('x'), saved: 1, checking: false, network: true });
    expect(write.notice).to.deep.include({ kind: 'error', title: '1 setting was not saved (1 saved).', retry: true, failed });
    expect(write.notice.text).to.contain('nothing you typed is lost');
    expect(write.notice.text).to.contain('Retry finds that out first');
    expect(write.announce, 'the notice is an alert').to.equal('');
    const check = noticeOf({ kind: 'failed', failed, error: new Error('x'), saved: 0, checking: true, network: true });
    expect(check.notice.title).to.contain('the server could not be checked');
    expect(check.notice.text).not.to.contain('Retry finds');
  });

  it('a closed dialog, and a form removed while saving', () => {
    expect(noticeOf({ kind: 'cancelled', by: 'two-factor' }).notice).to.deep.include({ kind: 'error', title: 'Not saved: the server asks for two-factor confirmation.', retry: true });
    expect(noticeOf({ kind: 'cancelled', by: 'conflicts' }).notice).to.deep.include({ kind: 'info', title: 'Not saved.' });
    expect(noticeOf({ kind: 'stopped' }).notice).to.deep.include({ kind: 'info', title: 'Saving stopped: the form was removed from the page.', retry: true });
  });

  it('lists the settings not saved by reason, each a button to its field', async () => {
    const focused: string[] = [];
    const el = await fixture(
      html`<div>
        ${failedList(
          [
            { id: 'GoogleAnalytics_ID', message: 'Refused.' },
            { id: 'Analytics_features_rooms', message: 'Refused.' },
            { id: 'PiwikAnalytics_url', message: 'Timed out.' },
          ],
          (id) => focused.push(id),
        )}
      </div>`,
    );
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['Tracking ID, Rooms: Refused.', 'URL: Timed out.']);
    el.querySelectorAll('button')[1]!.click();
    expect(focused).to.deep.equal(['Analytics_features_rooms']);
  });

  it('after a refused save: try again, or discard the edits', async () => {
    const done: string[] = [];
    const el = await fixture(html`<div>${refusedTools(() => done.push('again'), () => done.push('discard'))}</div>`);
    const [again, discard] = el.querySelectorAll('button');
    expect(again!.textContent).to.equal('Try saving again');
    again!.click();
    discard!.click();
    expect(done).to.deep.equal(['again', 'discard']);
  });
});
