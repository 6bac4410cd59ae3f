// Sign-out confirmation page (linked from next-auth's flows and bookmarks).
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MessagePage } from "@/components/ui/message-page";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.auth.signOutTitle);

export default async function SignOutPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  return (
    <MessagePage title={t.auth.signOutTitle} body={t.auth.signOutConfirm}>
      <SignOutButton label={t.auth.signOut} locale={locale} className="rounded bg-brand px-4 py-2 text-white" />
    </MessagePage>
  );
}
