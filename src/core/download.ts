/**
 * Saves content as a file through a temporary object URL (no data: URL, no inline script), which
 * works under a strict Content-Security-Policy. Returns the file's size in bytes.
 */
export function downloadFile(fileName: string, content: BlobPart | Blob, type: string): number {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return blob.size;
}

/** A file name without path separators or characters that file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 180) || 'export';
}
