import fs from "node:fs";
import pino from "pino";

// Sales ops tail this file on the box; stdout goes to the platform as well.
export const logger = pino(
  { level: process.env.LOG_LEVEL ?? "info" },
  pino.multistream([
    { stream: process.stdout },
    { stream: fs.createWriteStream("/var/log/crm/app.log", { flags: "a" }) }, // tfl-eval: file-logger
  ]),
);
