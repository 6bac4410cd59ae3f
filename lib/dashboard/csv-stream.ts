// A CSV file as a stream: the header at once, then one chunk per batch as the database gives it
// (the contacts and audit exports: every row, memory flat, no cap), and their timestamps.

// "2026-11-23 15:05:12": sortable, read as a date by spreadsheets, in the zone the pages show.
const parisTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export const csvParisTime = (value: Date) => parisTime.format(value);
export function csvBatchStream<Row>(
  header: string,
  batches: AsyncGenerator<Row[]>,
  lines: (rows: Row[]) => string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(header));
        return;
      }
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(lines(next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
