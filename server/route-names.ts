// The route pattern a request path belongs to (`/cases/[caseId]`, not
// `/cases/cm4…`): what request logs and metrics are labelled with, so that a
// label names a page, never a record, and the number of labels stays bounded.
// Read from the build's own routes manifest.
import fs from "node:fs";
import path from "node:path";

type ManifestRoute = { page: string; regex: string };

export type RouteNamer = (pathname: string) => string;

export function loadRouteNamer(distDir: string): RouteNamer {
  const file = path.join(distDir, "routes-manifest.json");
  let staticRoutes = new Set<string>();
  let dynamicRoutes: { page: string; pattern: RegExp }[] = [];
  if (fs.existsSync(file)) {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };
    staticRoutes = new Set((manifest.staticRoutes ?? []).map((route) => route.page));
    dynamicRoutes = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, pattern: new RegExp(route.regex) }));
  }
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return "/_next";
    const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
    if (staticRoutes.has(path)) return path;
    for (const route of dynamicRoutes) if (route.pattern.test(path)) return route.page;
    return "(unmatched)";
  };
}
