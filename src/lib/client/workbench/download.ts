/** Saves bytes or text as a file the reader downloads (a blob: link, clicked). */
export function download(data: BlobPart, name: string, type: string): void {
  const href = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
