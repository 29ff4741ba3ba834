// Server data inside a translated sentence ("Changed 6 minutes after priya.nair's change"): the
// sentence is translated with a stand-in for the data, then split around it, so that the data can
// be shown as text of its own, marked `translate="no"`, wherever the language puts it.

/** The stand-in given to the placeholder that holds server data (a control character no message holds). */
export const DATA = '\u0001';

/** The words of `message` (translated with `DATA` for one placeholder) before and after the data. */
export function around(message: string): [before: string, after: string] {
  const at = message.indexOf(DATA);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + DATA.length)];
}

/** `message` with the data as a `<span translate="no">` holding `data`, as nodes. */
export function withData(message: string, data: string): Node[] {
  const [before, after] = around(message);
  const span = document.createElement('span');
  span.translate = false;
  span.textContent = data;
  return [before, span, after].map((part) => (typeof part === 'string' ? document.createTextNode(part) : part));
}
