// Imported by instrumentation.ts in the Node.js server: runs the background jobs (pg-boss,
// worker.ts) inside the web process unless JOBS_IN_PROCESS=false (then `npm run worker` runs
// them). Next never calls instrumentation while building. Started once per process.
import { env } from "@/lib/env";
import { startJobWorkerOnce } from "./worker-process";

if (env().JOBS_IN_PROCESS) void startJobWorkerOnce();
