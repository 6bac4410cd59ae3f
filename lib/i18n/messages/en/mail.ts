// English messages of the "mail" namespace: same keys as fr/mail.ts.
import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {
  surveyLink: {
    subject: "{organisation}: your feedback in 20 seconds",
    greeting: "Hello,",
    intro: "You were recently in touch with {organisation}. How did it go?",
    why: "Your answer helps the team that looked after you to improve; it takes about twenty seconds and needs no account.",
    cta: "Give my feedback",
    linkLine: "To answer: {url}",
    linkFallback: "If the button does not work, copy this link into your browser:",
    expires: "This link is personal to you and valid until {date}.",
    footer:
      "You are receiving this message after your exchange with {organisation}. If you would rather not answer, simply ignore it: you will not be reminded.",
  },
};
