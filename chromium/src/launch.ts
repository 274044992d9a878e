import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`), or `KGX_CHROMIUM`; Playwright's own downloads are not used. */
export const chromiumPath = process.env.KGX_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Headless, without a sandbox (it runs as root in containers and CI), and kept from reaching out to the network
 * for updates, sync or QUIC: the machines that run these have no network to offer, and a background request
 * would only add noise to a timing.
 */
export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The window every page is opened in: a laptop screen, the size the explorer is designed and measured for. */
export const viewport = { width: 1440, height: 900 } as const;

/** Launches headless Chromium with kgx's flags, or says how to install it if it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium (or set KGX_CHROMIUM).`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}
