// One-line outcomes above a page's forms: a success (announced politely) or a refusal (an
// alert), and a field's own error under it. No domain words.
export function Notice({
  kind,
  text,
  testId,
  id,
}: {
  kind: "ok" | "error";
  text: string | null | undefined;
  testId?: string;
  id?: string;
}) {
  if (!text) return null;
  return kind === "ok" ? (
    <p id={id} role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900" data-testid={testId}>
      {text}
    </p>
  ) : (
    <p id={id} role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800" data-testid={testId}>
      {text}
    </p>
  );
}

export function FieldError({ show, id, text }: { show: boolean; id: string; text: string }) {
  return show ? (
    <span id={id} className="text-sm text-red-800">
      {text}
    </span>
  ) : null;
}

/** The attributes that tie an input to its error when there is one. */
export const describedBy = (invalid: boolean, id: string) => (invalid ? { "aria-invalid": true as const, "aria-describedby": id } : {});

/** Options of a tree (teams) in tree order, indented by depth. */
export function TreeOptions({ nodes }: { nodes: ReadonlyArray<{ id: string; name: string; depth: number }> }) {
  return nodes.map((node) => (
    <option key={node.id} value={node.id}>
      {"\u00a0\u00a0".repeat(node.depth)}
      {node.name}
    </option>
  ));
}
