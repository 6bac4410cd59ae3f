// Editing an action (issue 14 §1) with the one action form; only those who may edit it (the data
// layer's canEdit) get the form, others the 403 page; an unknown id is the 404 page.
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/actions/action-form";
import { emptyActionFormValues, type ActionFormValues } from "@/components/actions/action-form-state";
import { PageHeader } from "@/components/ui/page-header";
import { eurosField } from "@/lib/actions/action-display";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { getAction, type ActionDetailDto } from "@/lib/db/actions/get-action";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { saveActionFormAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageTitle((t) => t.actionPages.form.editTitle);

function savedValues(action: ActionDetailDto): ActionFormValues {
  return {
    ...emptyActionFormValues(),
    title: action.title,
    description: action.description ?? "",
    teamId: action.team.id,
    ownerId: action.owner?.membershipId ?? "",
    teamIds: action.teams.map((team) => team.id).join(","),
    irritantIds: action.irritants.map((irritant) => irritant.id).join(","),
    itemIds: action.items.map((item) => item.id).join(","),
    dueDate: action.dueDate ?? "",
    budgetEuros: eurosField(action.budgetCents),
    origin: action.origin,
  };
}

export default async function EditActionPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { id } = await params;
  const actor = await requireActor(locale, `/${locale}/actions/${id}/edit`);
  const action = await orPageError(getAction(actor, id));
  if (!action.canEdit) forbidden();
  const options = await orPageError(actionFormOptions(actor));
  // The saved owner and owning team stay choosable even when no longer offered (inactive, archived):
  // saving other fields must not change them.
  const owner = action.owner;
  const choices = {
    ...options,
    people: owner && !options.people.some((p) => p.membershipId === owner.membershipId) ? [...options.people, owner] : options.people,
    teams: options.teams.some((team) => team.id === action.team.id) ? options.teams : [{ ...action.team, depth: 0 }, ...options.teams],
  };
  return (
    <>
      <PageHeader title={t.actionPages.form.editTitle} lead={action.title} />
      <ActionForm
        mode="edit"
        locale={locale}
        labels={t.actionPages}
        choices={choices}
        initial={savedValues(action)}
        actionId={action.id}
        cancelHref={`/${locale}/actions/${action.id}`}
        action={saveActionFormAction}
      />
    </>
  );
}
