// Where a page request's CPU time goes, from the .cpuprofile files Node writes
// with --cpu-prof: each sample's self time is given to the first frame, walking
// from the sampled function towards the root, whose script falls in one of the
// categories below (issue 17's breakdown). Samples whose whole stack matches
// none, and the idle loop, count as "other" and "idle".
import fs from "node:fs";
import path from "node:path";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/**
 * First match wins, checked from the sampled frame outwards: the innermost
 * category is the one doing the work. In a production build Next bundles
 * React's renderer into its app-page runtime and the app's own code (pages,
 * Auth.js, next-intl, lib/*) into .next/server/chunks, so those are named by
 * file, not by package; Prisma, pg and Node's own modules keep their paths.
 */
const CATEGORIES: { name: string; test: (url: string) => boolean }[] = [
  // Auth.js decrypts the session token on every request: HKDF key derivation and AES in node:crypto.
  { name: "session + auth (token decryption, node:crypto)", test: (url) => /^node:internal\/crypto|next-auth|@auth\/core|jose/.test(url) },
  { name: "data layer (Prisma, pg)", test: (url) => /@prisma|\/node_modules\/pg|\/node_modules\/pg-|generated\/prisma/.test(url) },
  { name: "message catalogues (next-intl)", test: (url) => /next-intl|use-intl|icu-minify|intl-messageformat/.test(url) },
  { name: "React render + RSC serialisation (Next's app-page runtime)", test: (url) => /app-page(-turbo)?\.runtime|react-dom|react-server-dom/.test(url) },
  { name: "app code, bundled (.next/server/chunks)", test: (url) => /\.next\/server\//.test(url) },
  { name: "Next request handling", test: (url) => /\/next\/dist\//.test(url) },
  { name: "module loading, source maps (start-up)", test: (url) => /^node:internal\/(modules|source_map)/.test(url) },
  { name: "Node streams, buffers, HTTP", test: (url) => /^node:/.test(url) },
];

export type Breakdown = { category: string; ms: number; share: number }[];

export function summariseProfiles(dir: string): { breakdown: Breakdown; totalMs: number; files: number } {
  const totals = new Map<string, number>();
  let files = 0;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    files += 1;
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const categoryOf = new Map<number, string>();
    const classify = (id: number): string => {
      const known = categoryOf.get(id);
      if (known) return known;
      const node = byId.get(id)!;
      const { url, functionName } = node.callFrame;
      let category: string;
      if (functionName === "(idle)" || functionName === "(program)") category = functionName === "(idle)" ? "idle" : "other";
      else if (functionName === "(garbage collector)") category = "garbage collection";
      else {
        const found = CATEGORIES.find((entry) => entry.test(url));
        const up = parent.get(id);
        category = found ? found.name : up === undefined ? "other" : classify(up);
      }
      categoryOf.set(id, category);
      return category;
    };
    profile.samples.forEach((id, index) => {
      const category = classify(id);
      totals.set(category, (totals.get(category) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  const busy = [...totals].filter(([category]) => category !== "idle");
  const totalMs = busy.reduce((sum, [, ms]) => sum + ms, 0);
  const breakdown = busy.map(([category, ms]) => ({ category, ms, share: totalMs ? ms / totalMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { breakdown, totalMs, files };
}
