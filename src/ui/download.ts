/**
 * Saves text as a file the reader downloads, through an object URL: no extension
 * permission needed. A byte-order mark makes spreadsheets read a CSV file as UTF-8.
 */
export function download(name: string, mime: string, text: string, { byteOrderMark = false } = {}): void {
  const url = URL.createObjectURL(new Blob([byteOrderMark ? `\uFEFF${text}` : text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
