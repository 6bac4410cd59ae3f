// The public privacy notice for customer respondents, /{locale}/privacy/{organisation slug},
// linked from the survey form and its thank-you page (issue 19 §5). A Route Handler like the
// survey itself: server HTML without framework JavaScript, the respondent pages' headers.
import { renderPrivacyNotice } from "@/components/survey/privacy-notice";
import { renderSurveyMessage } from "@/components/survey/render-survey-page";
import { findPrivacyNotice } from "@/lib/db/organisations/find-privacy-notice";
import { guarded, routeLocale } from "@/lib/http/respondent-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const { locale: raw, slug } = await context.params;
  const locale = routeLocale(raw);
  return guarded(
    "privacy",
    async () => renderPrivacyNotice(locale, await findPrivacyNotice(slug)),
    () => renderSurveyMessage({ locale, kind: "error", status: 503, headers: { "Retry-After": "5" } }),
  );
}
