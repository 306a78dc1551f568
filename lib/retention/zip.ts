// ZIP files for extracts and archive packages (fflate: small, no native code).
// Entries are stored with their paths as given and a fixed time, so the same
// content gives the same bytes. Documents are often already compressed
// (PDF, JPEG): level 6 costs little on them and helps the JSON and XML.
import { unzipSync, zipSync, type Zippable } from "fflate";

export type ZipEntry = { path: string; content: Uint8Array };

const FIXED_TIME = new Date("2000-01-01T00:00:00Z");

export function zipFiles(entries: readonly ZipEntry[]): Uint8Array {
  const tree: Zippable = {};
  for (const entry of entries) {
    if (entry.path in tree) throw new Error(`Two entries share the path ${entry.path}`);
    tree[entry.path] = [entry.content, { level: 6, mtime: FIXED_TIME }];
  }
  return zipSync(tree);
}

/** Every file in a ZIP by its path (tests, and anyone checking a package). */
export function unzipFiles(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}
