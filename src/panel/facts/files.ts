/** Getting facts out of the panel and back in: a download with a file name, the clipboard, a file the reader picks. */

/** Saves text as a file through an object URL; CSV gets a BOM so spreadsheets read it as UTF-8. */
export function download(name: string, mime: string, text: string): void {
  const body = mime.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
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

export async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
