// npm run bench -- --http [--seconds 10] [--soak] [--profile]
//
// Whole pages over HTTP (issue 17), against DATABASE_URL seeded with
// `npm run db:seed -- --scale 100000`. It starts what production runs: the
// production build (built first if .next has none), one app instance per
// core behind nginx with the deploy site file (ADR 008, the same modules the
// end-to-end harness uses), signs in the demo adviser and manager through
// Auth.js' own endpoints (the demo logins have no second factor), and prints:
// - page weights: HTML gzip and first-load JavaScript gzip per page;
// - 10 connections, `--seconds` per page, with the bare endpoint
//   (/api/health) in the same run: req/s, its share of the bare endpoint's,
//   p50, p99, errors and timeouts;
// - 50 connections for 60 s over all signed-in pages: errors, timeouts, p99,
//   and the instances' resident memory before and after;
// - --soak: 20 connections for 10 minutes, resident memory after a minute's
//   warm-up and at the end;
// - --profile: the instances run with --cpu-prof; the breakdown of their CPU
//   time over the 10-connection runs (scripts/lib/cpu-profile.ts).
// Stops everything it started. Targets are printed, not asserted: the machine
// is shared, so compare ratios (share of the bare endpoint) rather than
// absolute figures.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startAppProcess, type AppProcess } from "./lib/app-process";
import { startNginx, type Nginx } from "./lib/nginx";
import { FIRST_LOAD_JS_LIMIT_GZIP, HTML_LIMIT_GZIP, kB, measurePage } from "./lib/page-weight";
import { summariseProfiles } from "./lib/cpu-profile";
import { signInOverHttp } from "./lib/http-sign-in";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type AutocannonRequest = { path: string; method?: string; headers?: Record<string, string> };
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
}) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const PROXY_ADDRESS = "127.0.0.2";
const ROOT = path.resolve(import.meta.dirname, "..");

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}
const has = (name: string) => process.argv.includes(`--${name}`);

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export async function runHttpBench(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("bench --http: set DATABASE_URL to a database seeded with `npm run db:seed -- --scale 100000`.");
    return 2;
  }
  const seconds = Number(arg("seconds") ?? 10);
  const password = process.env.DEMO_PASSWORD ?? (await import("../lib/seed/demo-logins")).DEMO_PASSWORD;
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
    LOG_LEVEL: "warn",
  };
  if (!fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log(`No production build in ${distDir}: building it first…`);
    const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env, cwd: ROOT });
    if (build.status !== 0) return build.status ?? 1;
  }

  const direct = new pg.Client({ connectionString: url, application_name: "hemvag-bench-http" });
  await direct.connect();
  const caseCount = Number((await direct.query<{ n: string }>('SELECT count(*)::text AS n FROM "Case"')).rows[0]?.n ?? 0);
  const caseRow = (
    await direct.query<{ id: string }>(
      `SELECT c.id FROM "Case" c JOIN "User" u ON u.id = c."adviserId" WHERE u.email = 'adviser@hemvag.test' AND c.status <> 'CLOSED' ORDER BY md5(c.id) LIMIT 1`,
    )
  ).rows[0];
  await direct.end();
  if (!caseRow) throw new Error("bench --http: the demo adviser has no open case; seed the demo data first.");

  const cores = os.availableParallelism();
  const profileDir = has("profile") ? fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-cpu-prof-")) : null;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-bench-http-"));
  const apps: AppProcess[] = [];
  let nginx: Nginx | null = null;
  // The proxy's certificate is self-signed and made for this run; this process talks only to it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  try {
    const appEnv = { ...env, TRUSTED_PROXIES: PROXY_ADDRESS };
    const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    for (let i = 0; i < cores; i++) apps.push(startAppProcess({ port: await freePort(), env: appEnv, nodeArgs, logFile: path.join(logDir, `app-${i + 1}.log`) }));
    await Promise.all(apps.map((app) => app.ready(180_000)));
    nginx = await startNginx({ port: await freePort(), upstreamPorts: apps.map((app) => app.port), bindAddress: PROXY_ADDRESS });
    const base = nginx.url;
    const rss = () => apps.map((app) => rssMb(app.child.pid));
    const fmtRss = (values: number[]) => `${values.map((v) => v.toFixed(0)).join(" + ")} MB`;

    const adviser = await signInOverHttp(base, "adviser@hemvag.test", password);
    const manager = await signInOverHttp(base, "manager@hemvag.test", password);
    const pages = [
      { name: "/login", path: "/login", cookie: undefined as string | undefined },
      { name: "/guidance", path: "/guidance", cookie: adviser },
      { name: "/cases (list)", path: "/cases", cookie: adviser },
      { name: "/cases/<id> (case page)", path: `/cases/${caseRow.id}`, cookie: adviser },
      { name: "/my-day", path: "/my-day", cookie: adviser },
      { name: "/dashboard (manager)", path: "/dashboard", cookie: manager },
    ];

    console.log(`Hemväg HTTP bench: ${caseCount.toLocaleString("en")} cases, ${cores} instances behind nginx, ${os.cpus().length} CPUs,`);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (a shared machine: read the ratios, not the absolute figures).\n`);

    // Page weights.
    const cache = new Map<string, number>();
    const weights = [];
    for (const page of pages) weights.push({ page, weight: await measurePage(base, page.path, page.cookie, cache) });
    console.log(
      table(
        ["page", "status", "HTML", "HTML gzip", "JS files", "first-load JS gzip", "within limits"],
        weights.map(({ page, weight }) => [
          page.name,
          String(weight.status),
          kB(weight.htmlBytes),
          kB(weight.htmlGzip),
          String(weight.scripts),
          kB(weight.jsGzip),
          weight.htmlGzip <= HTML_LIMIT_GZIP && weight.jsGzip <= FIRST_LOAD_JS_LIMIT_GZIP ? "yes" : "NO",
        ]),
      ),
    );
    console.log(`Limits: HTML ≤ ${kB(HTML_LIMIT_GZIP)} gzip, first-load JS ≤ ${kB(FIRST_LOAD_JS_LIMIT_GZIP)} gzip.\n`);

    // 10 connections, page by page, with the bare endpoint first.
    const rssBefore = rss();
    const bare = await autocannon({ url: `${base}/api/health`, connections: 10, duration: seconds });
    const rows: string[][] = [];
    const row = (name: string, result: AutocannonResult, share: string, met: string) => [
      name,
      result.requests.average.toFixed(1),
      share,
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.errors),
      String(result.timeouts),
      String(result.non2xx),
      met,
    ];
    rows.push(row("/api/health (bare endpoint)", bare, "100%", ""));
    for (const page of pages) {
      const result = await autocannon({ url: `${base}${page.path}`, connections: 10, duration: seconds, headers: page.cookie ? { cookie: page.cookie } : {} });
      const share = result.requests.average / bare.requests.average;
      const met = share >= 0.25 && result.latency.p99 < 300 && result.errors + result.timeouts + result.non2xx === 0;
      rows.push(row(page.name, result, `${(share * 100).toFixed(1)}%`, met ? "yes" : "NO"));
    }
    console.log(`10 connections, ${seconds} s per page (targets: ≥ 25% of the bare endpoint's req/s, p99 < 300 ms, no errors):`);
    console.log(table(["page", "req/s", "of bare", "p50 ms", "p99 ms", "errors", "timeouts", "non-2xx", "met"], rows));
    console.log(`Resident memory: ${fmtRss(rssBefore)} before, ${fmtRss(rss())} after.\n`);

    // 50 connections for 60 s over every signed-in page.
    const signedIn = pages.filter((page) => page.cookie === adviser);
    const mix = signedIn.map((page) => ({ path: page.path, method: "GET", headers: { cookie: adviser } }));
    const loadSeconds = Number(arg("load-seconds") ?? 60);
    const heavy = await autocannon({ url: base, connections: 50, duration: loadSeconds, timeout: 10, requests: mix });
    const rssAfterLoad = rss();
    const heavyMet = heavy.errors + heavy.timeouts === 0 && heavy.latency.p99 < 1000 && Math.max(...rssAfterLoad) < 600;
    console.log(`50 connections, ${loadSeconds} s, the signed-in pages in turn (targets: 0 errors, 0 timeouts, p99 < 1 s, RSS < 600 MB per instance):`);
    console.log(
      table(
        ["run", "req/s", "p50 ms", "p99 ms", "errors", "timeouts", "non-2xx", "RSS after", "met"],
        [["mix of " + signedIn.length + " pages", heavy.requests.average.toFixed(1), String(heavy.latency.p50), String(heavy.latency.p99), String(heavy.errors), String(heavy.timeouts), String(heavy.non2xx), fmtRss(rssAfterLoad), heavyMet ? "yes" : "NO"]],
      ),
    );
    console.log("");

    if (has("soak")) {
      const warm = await autocannon({ url: base, connections: 20, duration: 60, timeout: 10, requests: mix });
      const rssWarm = rss();
      const soak = await autocannon({ url: base, connections: 20, duration: 540, timeout: 10, requests: mix });
      const rssEnd = rss();
      const growth = Math.max(...rssEnd.map((end, i) => end / rssWarm[i]! - 1));
      console.log("Soak: 20 connections, 10 minutes (target: RSS grows < 10% after the first minute):");
      console.log(
        table(
          ["phase", "req/s", "p99 ms", "errors", "timeouts", "RSS"],
          [
            ["warm-up (1 min)", warm.requests.average.toFixed(1), String(warm.latency.p99), String(warm.errors), String(warm.timeouts), fmtRss(rssWarm)],
            ["soak (9 min)", soak.requests.average.toFixed(1), String(soak.latency.p99), String(soak.errors), String(soak.timeouts), fmtRss(rssEnd)],
          ],
        ),
      );
      console.log(`Largest growth after warm-up: ${(growth * 100).toFixed(1)}% (${growth < 0.1 ? "met" : "NOT met"}).\n`);
    }
  } finally {
    await nginx?.stop();
    await Promise.all(apps.map((app) => app.stop()));
  }

  if (profileDir) {
    // The instances write their profiles as they exit.
    const { breakdown, totalMs, files } = summariseProfiles(profileDir);
    console.log(`CPU profile of the instances over the whole run (${files} profiles, ${(totalMs / 1000).toFixed(1)} s busy):`);
    console.log(table(["where", "CPU s", "share"], breakdown.map((entry) => [entry.category, (entry.ms / 1000).toFixed(2), `${(entry.share * 100).toFixed(1)}%`])));
    console.log(`Profiles: ${profileDir} (open them in Chrome DevTools for the detail).`);
  }
  console.log(`App logs: ${logDir}`);
  return 0;
}
