import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentDisposition, safeFileName, sniffContentType } from "./content-type";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? Array.from(part, (c) => c.charCodeAt(0)) : part)));

// Real headers, as the first bytes of files written by common tools.
const PDF = bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n");
const PDF2 = bytes("%PDF-2.0\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const JPEG_JFIF = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0]);
const JPEG_EXIF = bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], "Exif", [0, 0]);
const WEBP_LOSSY = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ", [0x18, 0, 0, 0]);
const WEBP_LOSSLESS = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8L", [0x18, 0, 0, 0]);
const WEBP_EXTENDED = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8X", [0x0a, 0, 0, 0]);
const HEIC = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic");
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const MZ = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode.");
const MACH_O = bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]);
const SHEBANG = bytes("#!/bin/sh\nrm -rf /\n");
const ZIP = bytes("PK", [3, 4, 20, 0]);

describe("sniffContentType", () => {
  it.each([
    ["PDF 1.7", PDF, "application/pdf"],
    ["PDF 2.0", PDF2, "application/pdf"],
    ["PNG", PNG, "image/png"],
    ["JPEG (JFIF)", JPEG_JFIF, "image/jpeg"],
    ["JPEG (Exif)", JPEG_EXIF, "image/jpeg"],
    ["WebP lossy", WEBP_LOSSY, "image/webp"],
    ["WebP lossless", WEBP_LOSSLESS, "image/webp"],
    ["WebP extended", WEBP_EXTENDED, "image/webp"],
  ])("accepts %s", (_name, content, mimeType) => {
    expect(sniffContentType(content)).toEqual({ kind: "accepted", mimeType });
  });

  it.each([
    ["ELF", ELF],
    ["MZ", MZ],
    ["Mach-O", MACH_O],
    ["a shell script", SHEBANG],
  ])("refuses %s as a program", (_name, content) => {
    expect(sniffContentType(content).kind).toBe("executable");
  });

  it("knows HEIC photos and says they are not accepted", () => {
    expect(sniffContentType(HEIC)).toEqual({ kind: "unsupported", detected: "image/heic" });
  });

  it.each([
    ["ZIP (and so .docx)", ZIP],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0])],
    ["BMP", bytes("BM", [0x3a, 0, 0, 0])],
  ])("refuses %s as unsupported", (_name, content) => {
    expect(sniffContentType(content).kind).toBe("unsupported");
  });

  it("does not trust a signature that is only half there", () => {
    expect(sniffContentType(bytes("%PDF"))).toEqual({ kind: "unknown" });
    expect(sniffContentType(bytes("%PDF-x"))).toEqual({ kind: "unknown" });
    expect(sniffContentType(PNG.subarray(0, 8))).toEqual({ kind: "unknown" });
    expect(sniffContentType(bytes([0xff, 0xd8, 0xff]))).toEqual({ kind: "unknown" });
    expect(sniffContentType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toEqual({ kind: "unknown" });
    expect(sniffContentType(bytes("RIFF", [0, 0, 0, 0], "WEBPJUNK"))).toEqual({ kind: "unknown" });
  });

  it("refuses a PDF header that is not at the very start", () => {
    expect(sniffContentType(bytes(" %PDF-1.4\n")).kind).toBe("unknown");
    expect(sniffContentType(bytes("<html>%PDF-1.4")).kind).toBe("unknown");
  });

  it("refuses text, HTML and SVG whatever they are called", () => {
    expect(sniffContentType(bytes("Hello")).kind).toBe("unknown");
    expect(sniffContentType(bytes("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")).kind).toBe("unknown");
  });

  it("reports an empty file", () => {
    expect(sniffContentType(new Uint8Array())).toEqual({ kind: "empty" });
  });

  it("never accepts a file that starts with a program header, whatever follows", () => {
    fc.assert(
      fc.property(fc.constantFrom(ELF, MZ, MACH_O, SHEBANG), fc.uint8Array({ maxLength: 64 }), (header, rest) => {
        const content = new Uint8Array([...header, ...rest]);
        expect(sniffContentType(content).kind).toBe("executable");
      }),
    );
  });

  it("accepts only what starts with an accepted signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (content) => {
        const result = sniffContentType(content);
        if (result.kind !== "accepted") return;
        const head = String.fromCharCode(...content.subarray(0, 4));
        expect(head === "%PDF" || head === "\x89PNG" || head.startsWith("\xff\xd8\xff") || head === "RIFF").toBe(true);
      }),
    );
  });
});

describe("safeFileName", () => {
  it("keeps a fitting name", () => {
    expect(safeFileName("Pass kopia.pdf", "application/pdf")).toBe("Pass kopia.pdf");
    expect(safeFileName("foto.JPEG", "image/jpeg")).toBe("foto.JPEG".replace("JPEG", "jpeg"));
  });

  it("gives a name the extension of its content", () => {
    expect(safeFileName("scan.exe", "application/pdf")).toBe("scan.pdf");
    expect(safeFileName("bild", "image/png")).toBe("bild.png");
  });

  it("drops folders, control and direction-override characters", () => {
    expect(safeFileName("C:\\Users\\x\\..\\secret.pdf", "application/pdf")).toBe("secret.pdf");
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("faktura\u202Efdp.exe", "application/pdf")).toBe("fakturafdp.pdf");
    expect(safeFileName('a"b\r\n.pdf', "application/pdf")).toBe("ab.pdf");
  });

  it("names a nameless file", () => {
    expect(safeFileName("", "image/webp")).toBe("dokument.webp");
    expect(safeFileName("...", "application/pdf")).toBe("dokument.pdf");
  });

  it("keeps names short", () => {
    expect(safeFileName(`${"a".repeat(500)}.pdf`, "application/pdf").length).toBeLessThanOrEqual(200);
  });
});

describe("contentDisposition", () => {
  it("always says attachment, with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Beslut från Migrationsverket.pdf")).toBe(
      `attachment; filename="Beslut fran Migrationsverket.pdf"; filename*=UTF-8''Beslut%20fr%C3%A5n%20Migrationsverket.pdf`,
    );
  });

  it("cannot be broken out of", () => {
    const header = contentDisposition('x"; filename="evil.html');
    expect(header.startsWith('attachment; filename="x_; filename=_evil.html"; ')).toBe(true);
  });
});
