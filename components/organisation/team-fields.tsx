// The fields of a team (name, kind, HR-system id) and the parent picker, shared by the create
// form of the tree page and the team's edit page. Plain inputs: the forms work without JS.
import { FieldError, TreeOptions } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/messages";
import type { TeamTreeNode } from "@/lib/db/teams/list-team-tree";

const field = "rounded border border-slate-400 px-3 py-2";
const kinds = ["DIRECTION", "SERVICE", "TEAM"] as const;

type Errors = ReadonlySet<string>;

export function TeamFields({
  t,
  errors,
  values,
}: {
  t: Messages["organisation"];
  errors: Errors;
  values?: { name: string; kind: string; externalId: string | null };
}) {
  return (
    <>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.name}</span>
        <input
          name="name"
          required
          maxLength={100}
          defaultValue={values?.name}
          aria-invalid={errors.has("name") || undefined}
          aria-describedby={errors.has("name") ? "name-error" : undefined}
          className={field}
        />
        <FieldError show={errors.has("name")} id="name-error" text={t.errorName} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.kind}</span>
        <select name="kind" defaultValue={values?.kind ?? "TEAM"} className={field}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t[`kind${kind}`]}
            </option>
          ))}
        </select>
        <FieldError show={errors.has("kind")} id="kind-error" text={t.errorKind} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.externalId}</span>
        <input
          name="externalId"
          maxLength={100}
          defaultValue={values?.externalId ?? ""}
          aria-invalid={errors.has("externalId") || undefined}
          aria-describedby={errors.has("externalId") ? "externalId-error" : undefined}
          className={field}
        />
        <FieldError show={errors.has("externalId")} id="externalId-error" text={t.errorExternalId} />
      </label>
    </>
  );
}

/** A parent picker in tree order; `exclude` (a team's own subtree) and archived teams are left out. */
export function ParentSelect({
  t,
  teams,
  errors,
  value,
  excludePath,
}: {
  t: Messages["organisation"];
  teams: TeamTreeNode[];
  errors: Errors;
  value?: string | null;
  excludePath?: string;
}) {
  const choices = teams.filter((team) => !team.archived && !(excludePath && team.path.startsWith(excludePath)));
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{t.parent}</span>
      <select
        name="parentId"
        defaultValue={value ?? ""}
        aria-invalid={errors.has("parentId") || undefined}
        aria-describedby={errors.has("parentId") ? "parentId-error" : undefined}
        className={field}
      >
        <option value="">{t.noParent}</option>
        <TreeOptions nodes={choices} />
      </select>
      <FieldError show={errors.has("parentId")} id="parentId-error" text={t.errorParent} />
    </label>
  );
}
