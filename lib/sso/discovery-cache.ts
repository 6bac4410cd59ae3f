// Discovery once per organisation configuration, not per sign-in: the provider's metadata is kept
// ten minutes in this process, keyed by the settings' version (a save starts afresh). A failed
// discovery is not kept, so the next sign-in tries again.
import type { Configuration } from "openid-client";
import { discover, type SsoClient } from "./oidc";

const TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 500;

type Entry = { key: string; at: number; config: Promise<Configuration> };
const holder = globalThis as unknown as { symetrieSsoDiscovery?: Map<string, Entry> };
const cache = (holder.symetrieSsoDiscovery ??= new Map());

export function cachedDiscovery(organisationId: string, version: string, sso: SsoClient, now = Date.now()): Promise<Configuration> {
  const key = `${version}|${sso.issuer}|${sso.clientId}`;
  const hit = cache.get(organisationId);
  if (hit && hit.key === key && now - hit.at < TTL_MS) return hit.config;
  const config = discover(sso);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(organisationId, { key, at: now, config });
  config.catch(() => {
    if (cache.get(organisationId)?.config === config) cache.delete(organisationId);
  });
  return config;
}
