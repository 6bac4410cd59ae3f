// One page of the people directory: name (link to the person), email, role, team, HR id, account
// state and whether the membership is active. On a phone each person is a card (DataTable "stack").
import Link from "next/link";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import type { PersonRow } from "@/lib/db/people/list-people";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export function PeopleTable({ rows, locale, t }: { rows: PersonRow[]; locale: Locale; t: Messages }) {
  const o = t.organisation;
  const headers = [o.columnName, o.columnEmail, o.columnRole, o.personTeam, o.columnExternalId, o.columnAccount, o.columnActive];
  const [, email, role, team, externalId, account, active] = headers.map(cellLabel);
  return (
    <DataTable caption={o.peopleTitle} headers={headers} layout="stack" testId="people">
      {rows.map((person) => (
        <tr
          key={person.membershipId}
          className={`border-b border-slate-100 ${person.active ? "" : "text-slate-500"}`}
          data-testid="person-row"
        >
          <th scope="row" className="px-4 py-2 font-normal">
            <Link className="text-blue-700 underline" href={`/${locale}/organisation/people/${person.membershipId}`}>
              {person.name}
            </Link>
          </th>
          <td className="px-4 py-2 wrap-anywhere" {...email}>
            {person.email}
          </td>
          <td className="px-4 py-2" {...role}>
            {t.roles[person.role]}
          </td>
          <td className="px-4 py-2" {...team}>
            {person.teamName ?? "—"}
          </td>
          <td className="px-4 py-2 font-mono text-sm wrap-anywhere" {...externalId}>
            {person.externalId ?? "—"}
          </td>
          <td className="px-4 py-2" {...account}>
            {o[`account${person.account}`]}
          </td>
          <td className="px-4 py-2" {...active}>
            {person.active ? o.active : o.inactive}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
