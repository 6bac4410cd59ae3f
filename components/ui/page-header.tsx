// Page title with an optional lead paragraph.
export function PageHeader({ title, lead }: { title: string; lead?: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {lead ? <p className="mt-1 max-w-3xl text-slate-600">{lead}</p> : null}
    </div>
  );
}
