// Shown at once while a signed-in page's data is read (a dashboard over thousands of teams
// takes a moment); the label is the layout's locale, through PageLoading's context.
import { PageLoading } from "@/components/ui/page-loading";

export default function Loading() {
  return <PageLoading />;
}
