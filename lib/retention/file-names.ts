// A document's name inside a ZIP: numbered (two documents may share a name)
// and with no path separators or control characters, so no entry can point
// outside its folder when unpacked.
export function numberedFileName(index: number, fileName: string): string {
  const safe = fileName.replace(/[\u0000-\u001f\u007f/\\]/g, "_").replace(/^\.+/, "_").slice(0, 150) || "document";
  return `${String(index + 1).padStart(3, "0")}-${safe}`;
}
