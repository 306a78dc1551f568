// Where a page request's CPU time goes, from the .cpuprofile files Node writes
// with --cpu-prof: each sample's self time is given to the first frame, walking
// from the sampled function towards the root, whose script falls in one of the
// categories below (issue 17's breakdown). Samples whose whole stack matches
// none, and the idle loop, count as "other" and "idle".
import fs from "node:fs";
import path from "node:path";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** First match wins, checked from the sampled frame outwards: the innermost category is the one doing the work. */
const CATEGORIES: { name: string; test: (url: string, fn: string) => boolean }[] = [
  { name: "audit write", test: (url) => /\/lib\/audit/.test(url) },
  { name: "data layer (Prisma, pg)", test: (url) => /\/lib\/data\/|@prisma|\/node_modules\/pg|generated\/prisma|\/lib\/db/.test(url) },
  { name: "session + auth", test: (url) => /next-auth|@auth\/core|jose|\/lib\/gate|\/lib\/auth|\/lib\/session|argon2/.test(url) },
  { name: "message catalogues", test: (url) => /next-intl|use-intl|icu-minify|intl-messageformat|\/messages\//.test(url) },
  { name: "serialisation (RSC payload, HTML stream)", test: (url, fn) => /react-server-dom|flight|\/server\/stream-utils/.test(url) || /^(stringify|serialize|encode)/i.test(fn) },
  { name: "React render", test: (url) => /react-dom|\/react\/|react-server/.test(url) },
  { name: "Next request handling", test: (url) => /\/next\/dist\//.test(url) },
  { name: "app code", test: (url) => /\/(app|components|lib|i18n)\//.test(url) && !url.includes("node_modules") },
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
        const found = CATEGORIES.find((entry) => entry.test(url, functionName));
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
