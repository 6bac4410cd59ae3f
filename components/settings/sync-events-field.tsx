// The "HR sync creates moments of truth" checkbox of the settings form: the box before its
// label, the explanation below it (aria-describedby) and, after a refused post, its error.
import type { Messages } from "@/lib/i18n/messages";
import { FieldNotes, fieldInputProps } from "./form-field";

type Props = { labels: Messages["settings"]; checked: boolean; error: string | null };

const id = "settings-sync-creates-events";

export function SyncEventsField({ labels, checked, error }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input {...fieldInputProps(id, error)} name="syncCreatesEvents" type="checkbox" defaultChecked={checked} className="mt-1 size-4" />
        <label htmlFor={id} className="font-medium">
          {labels.syncCreatesEvents}
        </label>
      </div>
      <FieldNotes id={id} hint={labels.syncCreatesEventsHint} error={error} />
    </div>
  );
}
