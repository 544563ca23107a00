// Saves generated text as a file through a temporary object URL; works offline and inside LMS frames.

/** Starts a download of `text` as `fileName`. */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/plain;charset=utf-8',
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
