// Pure: an email address as the contacts list shows it — the first character of the mailbox and
// the whole domain ("j***@example.com"): enough to recognise a customer, not to write to them.
// The full address leaves only through the CSV export (ADMIN and CX).
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0) return "***";
  const first = Array.from(email.slice(0, at))[0] ?? "";
  return `${first}***${email.slice(at)}`;
}
