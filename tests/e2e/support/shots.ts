import fs from "node:fs";
import path from "node:path";

/** Where a screenshot goes: SHOTS_DIR when set (to look at them together), else the test's own output folder. */
export function shot(testInfo: { outputPath: (name: string) => string }, name: string): string {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return testInfo.outputPath(name);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
