/** Facts onto the clipboard, for a spreadsheet or a note. */
export async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
