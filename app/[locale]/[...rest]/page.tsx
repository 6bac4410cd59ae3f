// Any unknown path under a locale: the localised 404 page.
import { notFound } from "next/navigation";

export default function UnknownPage() {
  notFound();
}
