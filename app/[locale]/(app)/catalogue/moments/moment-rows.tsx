// The rows of the moments-of-truth tables (issue 13 §1): labels (editable when the actor edits
// this side), order, status, and per side the pairing or the personal pulse trigger. Native forms
// only; a row's label inputs belong to the form in its actions cell (the `form` attribute).
import type { ReactNode } from "react";
import type { MomentDto } from "@/lib/db/moments/list-moments";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import {
  deleteMomentAction,
  moveMomentAction,
  setMomentActiveAction,
  setMomentPairingAction,
  setMomentTriggerAction,
  updateMomentLabelsAction,
} from "./actions";

type T = Messages["catalogueMoments"];
type RowProps = { moment: MomentDto; locale: string; t: T; editable: boolean; first: boolean; last: boolean };

const input = "w-full min-w-32 rounded border border-slate-400 px-2 py-1";
const button = "rounded border border-slate-400 px-2 py-1 text-sm";

function Hidden({ moment, locale }: { moment: MomentDto; locale: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="momentId" value={moment.id} />
      <input type="hidden" name="side" value={moment.side} />
    </>
  );
}

function LabelCells({ moment, t, editable }: Pick<RowProps, "moment" | "t" | "editable">) {
  return (
    <>
      {(["labelFr", "labelEn"] as const).map((field) => (
        <td key={field} className="p-2">
          {editable ? (
            <input
              form={`labels-${moment.id}`}
              name={field}
              defaultValue={moment[field]}
              required
              maxLength={120}
              aria-label={fmt(field === "labelFr" ? t.labelFrOf : t.labelEnOf, { key: moment.key })}
              className={input}
            />
          ) : (
            moment[field]
          )}
        </td>
      ))}
    </>
  );
}

function Actions({ moment, locale, t, editable, first, last }: RowProps) {
  if (!editable) return <td className="p-2">{moment.used ? <span className="text-xs text-slate-600">{t.usedHint}</span> : null}</td>;
  return (
    <td className="p-2">
      <div className="flex flex-wrap gap-1">
        <form id={`labels-${moment.id}`} action={updateMomentLabelsAction}>
          <Hidden moment={moment} locale={locale} />
          <button type="submit" className={button} aria-label={fmt(t.saveLabelsOf, { key: moment.key })}>
            {t.saveLabels}
          </button>
        </form>
        {(["up", "down"] as const).map((direction) =>
          (direction === "up" ? first : last) ? null : (
            <form key={direction} action={moveMomentAction}>
              <Hidden moment={moment} locale={locale} />
              <input type="hidden" name="direction" value={direction} />
              <button type="submit" className={button} aria-label={fmt(direction === "up" ? t.upOf : t.downOf, { key: moment.key })}>
                {direction === "up" ? "↑" : "↓"}
              </button>
            </form>
          ),
        )}
        <form action={setMomentActiveAction}>
          <Hidden moment={moment} locale={locale} />
          <input type="hidden" name="active" value={moment.active ? "false" : "true"} />
          <button type="submit" className={button}>
            {moment.active ? t.retire : t.restore}
          </button>
        </form>
        {moment.used ? null : (
          <form action={deleteMomentAction}>
            <Hidden moment={moment} locale={locale} />
            <button type="submit" className={`${button} text-red-800`} aria-label={fmt(t.deleteOf, { key: moment.key })}>
              {t.delete}
            </button>
          </form>
        )}
      </div>
    </td>
  );
}

function Status({ moment, t }: { moment: MomentDto; t: T }) {
  return <td className="p-2">{moment.active ? t.active : <span className="rounded bg-slate-200 px-1 text-xs">{t.retired}</span>}</td>;
}

/** Key, labels, the side's own cells, status and actions. */
function Row(props: RowProps & { children: ReactNode }) {
  const { moment, t, editable, children } = props;
  return (
    <tr id={`moment-${moment.id}`} className={`border-b ${moment.active ? "" : "text-slate-500"}`} data-testid="moment-row">
      <th scope="row" className="p-2 font-mono text-sm font-normal">
        {moment.key}
      </th>
      <LabelCells moment={moment} t={t} editable={editable} />
      {children}
      <Status moment={moment} t={t} />
      <Actions {...props} />
    </tr>
  );
}

export function CustomerMomentRow(props: RowProps & { employeeMoments: MomentDto[] }) {
  const { moment, locale, t, editable, employeeMoments } = props;
  const paired = employeeMoments.find((m) => m.id === moment.employeeMomentId);
  const label = (m: MomentDto) => (locale === "en" ? m.labelEn : m.labelFr);
  return (
    <Row {...props}>
      <td className="p-2">
        {editable ? (
          <form action={setMomentPairingAction} className="flex gap-1">
            <Hidden moment={moment} locale={locale} />
            <select
              name="employeeMomentId"
              defaultValue={moment.employeeMomentId ?? ""}
              aria-label={fmt(t.pairingOf, { key: moment.key })}
              className="rounded border border-slate-400 px-2 py-1"
            >
              <option value="">{t.noPairing}</option>
              {employeeMoments.map((m) => (
                <option key={m.id} value={m.id}>
                  {label(m)}
                  {m.active ? "" : ` (${t.retired})`}
                </option>
              ))}
            </select>
            <button type="submit" className={button}>
              {t.savePairing}
            </button>
          </form>
        ) : paired ? (
          label(paired)
        ) : (
          t.noPairing
        )}
      </td>
    </Row>
  );
}

export function EmployeeMomentRow(props: RowProps) {
  const { moment, locale, t, editable } = props;
  return (
    <Row {...props}>
      <td className="p-2">{moment.eventType ? t.eventTypes[moment.eventType] : t.noEvent}</td>
      <td className="p-2">
        {moment.eventType === null ? (
          <span className="text-sm text-slate-600">{t.triggerUnavailable}</span>
        ) : editable ? (
          <form action={setMomentTriggerAction} className="flex flex-wrap items-center gap-2">
            <Hidden moment={moment} locale={locale} />
            <label className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                name="triggersPulse"
                defaultChecked={moment.triggersPulse}
                aria-label={fmt(t.triggerOf, { key: moment.key })}
              />
              {t.triggers}
            </label>
            <label className="flex items-center gap-1 text-sm">
              {t.delayDays}
              <input
                type="number"
                name="pulseDelayDays"
                min={1}
                max={365}
                required
                defaultValue={moment.pulseDelayDays ?? 7}
                aria-label={fmt(t.delayOf, { key: moment.key })}
                className="w-20 rounded border border-slate-400 px-2 py-1"
              />
            </label>
            <button type="submit" className={button}>
              {t.saveTrigger}
            </button>
          </form>
        ) : moment.triggersPulse ? (
          `${t.triggers} ${fmt(t.triggerSummary, { days: String(moment.pulseDelayDays) })}`
        ) : (
          t.noTrigger
        )}
      </td>
    </Row>
  );
}
