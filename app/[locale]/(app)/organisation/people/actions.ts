"use server";
// Server actions of the people directory (ADMIN, HR): plain forms (post/redirect/get, work
// without JavaScript) through the one action wrapper; the data layer checks the role ceiling,
// the ids and the teams, validates and audits. Invitations are mailed after they are stored.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createPerson, invitePerson, setPersonActive, updatePerson, type PersonWriteResult } from "@/lib/db/people/manage-people";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";
import { sendAccountEmail } from "@/lib/mail/account-emails";
import { inviteEveryoneNotYetInvited } from "@/lib/mail/bulk-invitations";
import { ZPeopleFilters } from "@/lib/organisations/person-schema";

const peoplePage = (locale: string) => `/${locale}/organisation/people`;
const text = z.string().max(1_000);
const ZMember = z.object({ membershipId: z.string().max(100) });

function settled(result: PersonWriteResult): string {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/organisation", "layout");
  return result.membershipId;
}

/** To the person's page with a notice, or back with the fields in error (named, never their values). */
const outcome =
  (notice: string, back: "list" | "person") =>
  (result: ActionResult<string>, page: string, form: FormData): string => {
    if (result.ok) return `${page}/${result.data}?notice=${notice}`;
    const target = back === "list" ? page : `${page}/${urlSegment(form.get("membershipId"))}`;
    return `${target}?error=${Object.keys(result.fieldErrors ?? { form: "" }).join(",")}`;
  };

const create = serverAction(
  { name: "people/create", input: z.object({ email: text, name: text, role: text, teamId: text, externalId: text, personLocale: text }) },
  async ({ actor, input: { personLocale, ...person } }) => settled(await createPerson(actor, { ...person, locale: personLocale })),
);
export const createPersonAction = redirectingAction(create, peoplePage, outcome("added", "list"));

const update = serverAction(
  { name: "people/update", input: ZMember.extend({ name: text, role: text, teamId: text, externalId: text }) },
  async ({ actor, input: { membershipId, ...fields } }) => settled(await updatePerson(actor, membershipId, fields)),
);
export const updatePersonAction = redirectingAction(update, peoplePage, outcome("saved", "person"));

const activate = serverAction(
  { name: "people/activate", input: ZMember.extend({ active: z.enum(["true", "false"]) }) },
  async ({ actor, input }) => settled(await setPersonActive(actor, input.membershipId, input.active === "true")),
);
export const setActiveAction = redirectingAction(activate, peoplePage, (result, page, form) =>
  outcome(form.get("active") === "true" ? "reactivated" : "deactivated", "person")(result, page, form),
);

const invite = serverAction({ name: "people/invite", input: ZMember }, async ({ actor, input }) => {
  const result = await invitePerson(actor, input.membershipId);
  if (!result.ok) throw new ActionRefusal(result.reason, result.reason);
  const sent = await sendAccountEmail(result.mail.email, result.mail.token, {
    purpose: "INVITATION",
    locale: result.mail.locale,
    organisationName: result.mail.organisationName,
    expiresAt: result.mail.expiresAt,
  });
  revalidatePath("/[locale]/organisation", "layout");
  return sent;
});
export const invitePersonAction = redirectingAction(invite, peoplePage, (result, page, form) => {
  const person = `${page}/${urlSegment(form.get("membershipId"))}`;
  if (!result.ok) return `${person}?error=${result.code === "inactive" ? "inviteInactive" : "form"}`;
  return `${person}?notice=${{ sent: "invited", disabled: "inviteNoMail", failed: "inviteFailed" }[result.data]}`;
});

const ZFilterFields = z.object({ q: text.optional(), teamId: text.optional(), role: text.optional(), status: text.optional() });
const filterQuery = (form: FormData) =>
  new URLSearchParams(
    (["q", "teamId", "role", "status"] as const).flatMap((name) => {
      const value = form.get(name);
      return typeof value === "string" && value ? [[name, value]] : [];
    }),
  );

/** Everyone of the filter not yet invited, at most BULK_INVITE_LIMIT a click (lib/mail/bulk-invitations.ts). */
const inviteAll = serverAction({ name: "people/invite-all", input: ZFilterFields }, async ({ actor, input }) => {
  const filters = ZPeopleFilters.parse({
    q: input.q || undefined,
    teamId: input.teamId || undefined,
    role: input.role || undefined,
    status: input.status,
  });
  const outcome = await inviteEveryoneNotYetInvited(actor, filters);
  if (outcome === "noMail") throw new ActionRefusal("noMail", "noMail");
  revalidatePath("/[locale]/organisation", "layout");
  return outcome;
});
export const invitePeopleAction = redirectingAction(inviteAll, peoplePage, (result, page, form) => {
  const query = filterQuery(form);
  if (!result.ok) query.set("bulkError", result.code === "noMail" ? "noMail" : "failed");
  else {
    query.set("notice", "bulkInvited");
    for (const [name, value] of Object.entries(result.data)) query.set(name, String(value));
  }
  return `${page}?${query}`;
});
