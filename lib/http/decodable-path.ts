// Whether a request path's %-escapes decode: Next decodes route parameters with
// decodeURIComponent and answers 500 when that throws (%ZZ, %C0%80, an escaped lone surrogate).
// scripts/server.ts answers such a request 400 before any route sees it (issue 16 §1, the fuzz).

/** Whether every %-escape of the URL's path (the query is not looked at) decodes to UTF-8. */
export function decodablePath(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? "";
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
