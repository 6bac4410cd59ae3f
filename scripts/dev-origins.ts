// The hosts this machine answers on in development: loopback names and every interface
// address. Next dev serves its own resources (/_next, HMR) only to origins it allows, and
// `npm run dev` prints a URL for each of these, so each one must hydrate.
import os from "node:os";

/** Host names as a browser's Origin carries them: IPv6 addresses in brackets. */
export function devHosts(): string[] {
  const hosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const { address, family } of addresses ?? []) hosts.add(family === "IPv6" ? `[${address}]` : address);
  }
  return [...hosts];
}

/** The URLs worth printing: loopback, then each non-internal IPv4 address (what Next calls Network). */
export function devUrls(port: number): string[] {
  const network = Object.values(os.networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter(({ family, internal }) => family === "IPv4" && !internal)
    .map(({ address }) => address);
  return ["localhost", "127.0.0.1", ...network].map((host) => `http://${host}:${port}`);
}
