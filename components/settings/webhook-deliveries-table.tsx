// The 20 most recent webhook deliveries: event, creation, status, attempts, last error — never
// the payload.
import { EmptyState } from "@/components/ui/empty-state";
import type { WebhookDeliveryDto } from "@/lib/db/webhook-deliveries/list-webhook-deliveries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Props = { deliveries: WebhookDeliveryDto[]; locale: Locale; labels: Messages["webhooks"] };

const statusKeys = { PENDING: "statusPending", DELIVERED: "statusDelivered", FAILED: "statusFailed" } as const;
const columns = [
  ["columnEvent", ""],
  ["columnCreated", ""],
  ["columnStatus", ""],
  ["columnAttempts", "text-right"],
  ["columnLastError", ""],
] as const;
const statusStyles = { PENDING: "text-slate-700", DELIVERED: "text-emerald-800", FAILED: "text-red-800" } as const;

export function WebhookDeliveriesTable({ deliveries, locale, labels }: Props) {
  // A fixed zone keeps server rendering deterministic (the product's users are in France).
  return (
    <div>
      <h3 id="webhook-deliveries" className="mb-2 font-semibold">
        {labels.deliveriesTitle}
      </h3>
      {deliveries.length === 0 ? (
        <EmptyState title={labels.deliveriesEmpty} hint={labels.deliveriesEmptyHint} />
      ) : (
        <div className="overflow-x-auto">
          <table aria-labelledby="webhook-deliveries" className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {columns.map(([key, align]) => (
                  <th key={key} scope="col" className={`py-2 pr-4 ${align}`}>
                    {labels[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-testid="webhook-delivery-row" className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <code>{delivery.event}</code>
                  </th>
                  <td className="py-2 pr-4 tabular-nums">{formatDate(locale, delivery.createdAt, "dateTimeSeconds")}</td>
                  <td className={`py-2 pr-4 font-medium ${statusStyles[delivery.status]}`}>{labels[statusKeys[delivery.status]]}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{delivery.attempts}</td>
                  <td className="py-2 break-all">{delivery.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
