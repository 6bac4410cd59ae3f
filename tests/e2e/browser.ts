// Which Chromium the e2e tier drives: Playwright cannot download browsers on these
// machines (docs/toolchain.md), so we use an installed one and say how to get it when none is.
import fs from "node:fs";
import { chromium } from "@playwright/test";

export const NO_CHROMIUM_MESSAGE = "No Chromium found: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH";

/** Without the networking flags Chromium floods the closed network with refused connections. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function playwrightManagedChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function isExecutable(file: string | undefined): file is string {
  if (!file) return false;
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROMIUM_PATH when set (a wrong one is not silently replaced by another browser),
 * else the first executable among Debian's paths and Playwright's own download.
 */
export function findChromium(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", playwrightManagedChromium()].find(isExecutable);
}

/** Like findChromium, but a missing browser is an error: the e2e tier must never skip silently. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}
