// Expected errors: their message is safe to show (Formbricks' split). Anything else is
// unexpected, logged, and answered with a generic message.
/** One invalid input field, `field` a dotted path ("items.0.value"), "" for the whole input. */
export interface FieldError {
  field: string;
  message: string;
}

export class ExpectedError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID_INPUT" | "CONFLICT" | "GONE" | "RATE_LIMITED",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The resource does not exist *for this actor*: other tenants' ids land here too. */
export class NotFoundError extends ExpectedError {
  constructor(what = "resource") {
    super("NOT_FOUND", `${what} not found`);
  }
}

export class ForbiddenError extends ExpectedError {
  constructor(message = "forbidden") {
    super("FORBIDDEN", message);
  }
}
