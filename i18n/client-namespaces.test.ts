// Every namespace a component reads with useTranslations() must reach it: the
// layouts send only the namespaces listed in i18n/client-namespaces.ts, so a
// component reading another would show raw keys in the browser.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-namespaces";
import { loadMessages } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The top-level namespaces a file reads with useTranslations; "" for a call without a literal namespace. */
function namespacesRead(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/useTranslations\(\s*(?:"([^".]+)[^"]*")?\s*\)/g)].map((match) => match[1] ?? "");
}

/** A file and the @/components modules it imports, transitively. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  for (const match of source.matchAll(/from "@\/(components\/[^"]+)"/g)) {
    const base = match[1]!;
    const found = [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
    if (found) withImports(found, seen);
  }
  return seen;
}

describe("client message namespaces", () => {
  const files = ["app", "components", "lib"].flatMap(sourceFiles);

  it("every useTranslations() names a namespace, and the signed-in app sends it", async () => {
    const messages = await loadMessages("sv");
    const read = new Map<string, string[]>();
    const signedIn = files.filter((file) => !file.startsWith(path.join("app", "(auth)")));
    for (const file of signedIn) for (const namespace of namespacesRead(file)) read.set(namespace, [...(read.get(namespace) ?? []), file]);
    expect(read.get(""), "useTranslations() without a namespace").toBeUndefined();
    const app: readonly string[] = CLIENT_NAMESPACES.app;
    const missing = [...read.keys()].filter((namespace) => namespace && !app.includes(namespace));
    expect(missing, "namespaces read but not sent to the signed-in app's client components").toEqual([]);
    for (const namespace of app) expect(messages, namespace).toHaveProperty([namespace]);
  });

  it("the sign-in pages send what their components read", () => {
    const auth: readonly string[] = CLIENT_NAMESPACES.auth;
    const reached = new Set(files.filter((file) => file.startsWith(path.join("app", "(auth)"))).flatMap((file) => [...withImports(file)]));
    const missing = [...reached].flatMap((file) => namespacesRead(file).filter((namespace) => !auth.includes(namespace)).map((namespace) => `${file}: ${namespace}`));
    expect(missing).toEqual([]);
  });

  it("pages outside both layouts (errors, not found, accessibility, print) read only the root's namespaces", () => {
    const root: readonly string[] = CLIENT_NAMESPACES.root;
    const outside = files.filter((file) => file.startsWith("app") && !file.startsWith(path.join("app", "(auth)")) && !file.startsWith(path.join("app", "(app)")) && !file.startsWith(path.join("app", "api")));
    const reached = new Set(outside.flatMap((file) => [...withImports(file)]));
    const missing = [...reached].flatMap((file) => namespacesRead(file).filter((namespace) => !root.includes(namespace)).map((namespace) => `${file}: ${namespace}`));
    expect(missing).toEqual([]);
  });
});
