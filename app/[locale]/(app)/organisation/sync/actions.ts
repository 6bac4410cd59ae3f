"use server";
// The HR-system sync upload's one server action (same-origin, directory:sync, error contract):
// the work is sync-form.ts, kept apart so tests run it through the same wrapper.
import { serverAction } from "@/lib/http/server-action";
import { directorySyncSpec, handleDirectorySync } from "./sync-form";

export const directorySyncAction = serverAction(directorySyncSpec, handleDirectorySync);
