import fs from "node:fs/promises";
import path from "node:path";
import type { AppLocale } from "./locales";

type Messages = Record<string, unknown>;
const cache = new Map<AppLocale, Messages>();

/**
 * Messages live in one file per feature (messages/<locale>/<feature>.json),
 * each holding its own top-level namespaces, so features do not edit one
 * shared file. They are merged once per locale and process.
 */
export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const merged: Messages = {};
  for (const file of files) {
    const content = JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as Messages;
    for (const [namespace, value] of Object.entries(content)) {
      if (namespace in merged) throw new Error(`Message namespace "${namespace}" is defined twice (${locale}/${file})`);
      merged[namespace] = value;
    }
  }
  cache.set(locale, merged);
  return merged;
}
