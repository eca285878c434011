import * as fs from "fs";
import * as winston from "winston"; // tfl-eval: undeclared-dependency

const namespace = "logger";

export const DEFAULT = {
  [namespace]: () => {
    const loggers = [];
    loggers.push(buildConsoleLogger(process.env.LOG_LEVEL || "info"));
    return { loggers, maxLogStringLength: 100, maxLogArrayLength: 10, colorize: true };
  },
};

export const test = {
  [namespace]: () => ({ loggers: [buildConsoleLogger("crit")] }),
};

function buildConsoleLogger(level = "info") {
  return function () {
    return winston.createLogger({ format: winston.format.json(), level, levels: winston.config.syslog.levels, transports: [new winston.transports.Console()] });
  };
}

export function buildFileLogger(path: string, level = "info", maxFiles?: number) {
  return function (config: any) {
    const filename = `${path}/${config.process.id}.log`;
    fs.mkdirSync(path, { recursive: true });
    return winston.createLogger({ format: winston.format.json(), level, transports: [new winston.transports.File({ filename, maxFiles })] }); // tfl-eval: file-logger
  };
}
