// A centred page with a title, a sentence and links: 404, 403, errors, empty screens.
import type { ReactNode } from "react";

export function MessagePage({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{body}</p>
      {children ? <div className="flex flex-wrap justify-center gap-3">{children}</div> : null}
    </main>
  );
}
