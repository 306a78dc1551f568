// Runs Debian's nginx in front of app instances, with the site file from
// deploy/nginx-site.conf and a self-signed certificate made here with openssl:
// the end-to-end tests go through the same proxy configuration a city runs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const NGINX_BIN = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const SITE_FILE = path.resolve(import.meta.dirname, "../../deploy/nginx-site.conf");

export type Nginx = { url: string; port: number; stop: () => Promise<void> };

export type NginxOptions = {
  /** The TLS port nginx listens on (127.0.0.1). */
  port: number;
  /** Ports of the app instances on 127.0.0.1. */
  upstreamPorts: number[];
  /**
   * The loopback address nginx connects to the apps from. The tests use one of
   * its own (127.0.0.2) so that the apps can trust it as TRUSTED_PROXIES while a
   * test client on 127.0.0.1 stays an untrusted direct client.
   */
  bindAddress?: string;
};

function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  const result = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a test certificate: ${result.stderr}`);
  return { cert, key };
}

/** The site file with only its marked lines (`# CHANGE`) changed for this machine. */
export function siteConfig(options: NginxOptions, tls: { cert: string; key: string }): string {
  const lines = fs.readFileSync(SITE_FILE, "utf8").split("\n");
  const out: string[] = [];
  let upstreamWritten = false;
  let insideRedirectServer = false;
  for (const line of lines) {
    if (/^\s*server 127\.0\.0\.1:\d+/.test(line)) {
      if (!upstreamWritten) {
        for (const port of options.upstreamPorts) out.push(`    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`);
        upstreamWritten = true;
      }
      continue;
    }
    if (/^\s*listen 80;/.test(line)) {
      // The plain-HTTP redirect server is left out: the tests need no port 80.
      insideRedirectServer = true;
      out.pop(); // its "server {" line
      continue;
    }
    if (insideRedirectServer) {
      if (/^}/.test(line)) insideRedirectServer = false;
      continue;
    }
    if (/^\s*listen 443 ssl/.test(line)) out.push(line.replace(/listen 443/, `listen 127.0.0.1:${options.port}`));
    else if (/^\s*ssl_certificate /.test(line)) out.push(`    ssl_certificate     ${tls.cert};`);
    else if (/^\s*ssl_certificate_key /.test(line)) out.push(`    ssl_certificate_key ${tls.key};`);
    else if (/^\s*proxy_pass /.test(line)) {
      out.push(line);
      if (options.bindAddress) out.push(`        proxy_bind ${options.bindAddress};`);
    } else out.push(line);
  }
  return out.join("\n");
}

function mainConfig(dir: string): string {
  // Runs as whoever starts it; as root its workers stay root too, so that they
  // can use the temporary folders made here.
  const user = process.getuid?.() === 0 ? "user root root;" : "";
  return `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`;
}

export function assertNginxInstalled(): void {
  if (!fs.existsSync(NGINX_BIN)) {
    console.error(`nginx not found at ${NGINX_BIN}: install it with \`sudo apt-get install -y nginx\` (Debian/Ubuntu) or set NGINX_PATH.`);
    process.exit(1);
  }
}

/** Starts nginx (it daemonises itself) and returns once it answers. */
export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-nginx-"));
  const tls = makeCertificate(dir);
  fs.writeFileSync(path.join(dir, "site.conf"), siteConfig(options, tls));
  fs.writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir));
  const conf = path.join(dir, "nginx.conf");
  const test = spawnSync(NGINX_BIN, ["-t", "-q", "-p", dir, "-c", conf], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the configuration: ${test.stderr}`);
  const start = spawnSync(NGINX_BIN, ["-p", dir, "-c", conf], { encoding: "utf8" });
  if (start.status !== 0) throw new Error(`nginx did not start: ${start.stderr}`);
  return {
    url: `https://127.0.0.1:${options.port}`,
    port: options.port,
    stop: async () => {
      spawnSync(NGINX_BIN, ["-p", dir, "-c", conf, "-s", "stop"], { encoding: "utf8" });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
