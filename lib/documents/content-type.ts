// What a file is, from its first bytes. A file's name and the browser's MIME
// type are chosen by whoever sends it; the content is what a reader's program
// will actually open. Only PDF and three image formats are accepted.

export const ACCEPTED_DOCUMENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export type AcceptedDocumentType = (typeof ACCEPTED_DOCUMENT_TYPES)[number];

/** Upload limit per file. Next's server-action body limit must leave room above it for the multipart envelope. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The extension a downloaded file gets for each accepted type. */
export const EXTENSION_FOR_TYPE: Record<AcceptedDocumentType, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

const EXTENSIONS_OF_TYPE: Record<AcceptedDocumentType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/webp": ["webp"],
};

export type SniffResult =
  | { kind: "accepted"; mimeType: AcceptedDocumentType }
  /** Recognised, but a format the office does not take (HEIC photos, archives, office files…). */
  | { kind: "unsupported"; detected: string }
  /** Runnable code: a program or a script, whatever its name says. */
  | { kind: "executable"; detected: string }
  | { kind: "unknown" }
  | { kind: "empty" };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

function uint32be(bytes: Uint8Array, offset: number): number {
  return (((bytes[offset] ?? 0) << 24) | ((bytes[offset + 1] ?? 0) << 16) | ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0)) >>> 0;
}

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis"]);

/**
 * Classifies a file by its magic bytes. Accepted formats are checked strictly
 * (PNG's IHDR chunk, WebP's RIFF container and VP8 chunk), so that a few
 * matching bytes at the start of something else are not enough.
 */
export function sniffContentType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { kind: "empty" };

  // PDF: "%PDF-" and a version digit, at the very start (no leading junk accepted).
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) && /^[12]$/.test(ascii(bytes, 5, 6))) {
    return { kind: "accepted", mimeType: "application/pdf" };
  }
  // PNG: the 8-byte signature, then the IHDR chunk of length 13.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return uint32be(bytes, 8) === 13 && ascii(bytes, 12, 16) === "IHDR" ? { kind: "accepted", mimeType: "image/png" } : { kind: "unknown" };
  }
  // JPEG: SOI and the first marker's 0xFF.
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && bytes.length >= 4 && bytes[3] !== 0xff) {
    return { kind: "accepted", mimeType: "image/jpeg" };
  }
  // WebP: RIFF container of type WEBP with a VP8, VP8L or VP8X chunk first.
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") {
    return ["VP8 ", "VP8L", "VP8X"].includes(ascii(bytes, 12, 16)) ? { kind: "accepted", mimeType: "image/webp" } : { kind: "unknown" };
  }
  // ISO base media (HEIC/HEIF/AVIF photos): "ftyp" box with an image brand.
  if (ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    return { kind: "unsupported", detected: HEIF_BRANDS.has(brand) ? "image/heic" : "video/mp4" };
  }

  // Programs and scripts, named whatever.
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { kind: "executable", detected: "ELF" };
  if (startsWith(bytes, [0x4d, 0x5a])) return { kind: "executable", detected: "MZ (Windows)" };
  const magic = uint32be(bytes, 0);
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe, 0xbebafeca].includes(magic)) {
    return { kind: "executable", detected: "Mach-O" };
  }
  if (startsWith(bytes, [0x23, 0x21])) return { kind: "executable", detected: "script (#!)" };
  if (startsWith(bytes, [0x00, 0x61, 0x73, 0x6d])) return { kind: "executable", detected: "WebAssembly" };

  // Common formats that are refused, named so the message can say what it was.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: "unsupported", detected: "ZIP" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "unsupported", detected: "OLE (Office)" };
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return { kind: "unsupported", detected: "image/gif" };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: "unsupported", detected: "image/tiff" };
  if (startsWith(bytes, [0x42, 0x4d])) return { kind: "unsupported", detected: "image/bmp" };
  return { kind: "unknown" };
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last
 * path segment, no control or bidirectional-override characters, at most 200
 * characters, and an extension that matches the content.
 */
export function safeFileName(name: string, mimeType: AcceptedDocumentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // Control characters and bidi overrides can disguise an extension ("cod\u202Efdp.exe").
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, "")
    .trim()
    .replace(/^\.+/, "");
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const stem = (dot > 0 ? base.slice(0, dot) : base).slice(0, 190) || "dokument";
  const fitting = EXTENSIONS_OF_TYPE[mimeType].includes(extension) ? extension : EXTENSION_FOR_TYPE[mimeType];
  return `${stem}.${fitting}`;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
