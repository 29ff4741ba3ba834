/**
 * What the first edit fetches (chunks.ts `save`), awaited by the first Save: the save flow, its
 * dialogs, and what its outcome says.
 */
export { SaveFlow, type CodeRequest, type SaveHost, type SaveOutcome, type SaveQuestions } from './save-flow.js';
export { DialogCloseEvent, SaveDialogs } from './save-dialogs.js';
export { failedList, noticeOf, refusedTools } from './save-notice.js';
