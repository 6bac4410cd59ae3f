// For server actions that only some roles may call: a cross-site post, a signed-out caller or
// a role without the action all get Next's 403 (forbidden()), as an HTTP status — not a
// message inside a 200 — so the refusal is the same with or without JavaScript.
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { Actor } from "./actor-types";
import { getActor } from "./get-actor";
import { can, type Action } from "./policy";

export async function requireActionActor(action: Action): Promise<Actor> {
  // Server actions accept requests without Origin: check the origin ourselves (SECURITY.md).
  if (!isSameOrigin(new Request("http://action.invalid/", { headers: await headers() }))) forbidden();
  const actor = await getActor();
  if (!actor || !can(actor, action)) forbidden();
  return actor;
}
