import { createLogger, format, transports } from "winston";

export const logger = createLogger({
  level: process.env.LOG_LEVEL || "info",
  format: format.combine(format.timestamp(), format.json()),
  transports: [
    new transports.Console(), // tfl-eval-not: file-logger
    new transports.File({ filename: "logs/clinic-error.log", level: "error" }) // tfl-eval: file-logger
  ]
});
