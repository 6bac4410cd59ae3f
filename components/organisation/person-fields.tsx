// The fields of a person in the directory (name, role, team, HR id), shared by the add form and
// the person's page. The role list holds only the roles the viewer may give.
import { describedBy, FieldError, TreeOptions } from "@/components/ui/notice";
import type { Role } from "@/lib/auth/actor-types";
import type { TeamTreeNode } from "@/lib/db/teams/list-team-tree";
import type { Messages } from "@/lib/i18n/messages";

const field = "rounded border border-slate-400 px-3 py-2";

export function PersonFields({
  t,
  roles,
  teams,
  errors,
  values,
}: {
  t: Messages;
  roles: readonly Role[];
  teams: TeamTreeNode[];
  errors: ReadonlySet<string>;
  values?: { name: string; role: Role; teamId: string | null; externalId: string | null };
}) {
  const o = t.organisation;
  const described = (name: string) => describedBy(errors.has(name), `${name}-error`);
  return (
    <>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{o.personName}</span>
        <input
          name="name"
          required
          maxLength={120}
          autoComplete="off"
          defaultValue={values?.name}
          className={field}
          {...described("name")}
        />
        <FieldError show={errors.has("name")} id="name-error" text={o.errorPersonName} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{o.peopleRole}</span>
        <select name="role" defaultValue={values?.role ?? "EMPLOYEE"} className={field} {...described("role")}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
        <FieldError show={errors.has("role")} id="role-error" text={o.errorRole} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{o.personTeam}</span>
        <select name="teamId" defaultValue={values?.teamId ?? ""} className={field} {...described("teamId")}>
          <option value="">{o.noTeam}</option>
          <TreeOptions nodes={teams.filter((team) => !team.archived || team.id === values?.teamId)} />
        </select>
        <FieldError show={errors.has("teamId")} id="teamId-error" text={o.errorPersonTeam} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{o.personExternalId}</span>
        <input name="externalId" maxLength={100} defaultValue={values?.externalId ?? ""} className={field} {...described("externalId")} />
        <FieldError show={errors.has("externalId")} id="externalId-error" text={o.errorPersonExternalId} />
      </label>
    </>
  );
}
