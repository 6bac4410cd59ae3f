// A respondent page's one-message screen (thank-you, already answered, not found, refused,
// error…): a heading, a sentence, and where to go next when there is somewhere to go.
import type { ReactNode } from "react";

export function RespondentMessage({ state, title, body, children }: { state: string; title: string; body: string; children?: ReactNode }) {
  return (
    <div className="message" data-state={state}>
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </div>
  );
}
