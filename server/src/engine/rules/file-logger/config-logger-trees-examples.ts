// Examples of loggers a framework builds from the app's config file (config-logger-trees.ts).
import type { Examples } from '../../rule';

export const goFrameConfigExamples: Examples = {
  valid: [
    {
      name: "GoFrame's logger block without a path prints to stdout",
      path: 'manifest/config/config.yaml',
      code: 'server:\n  address: ":8000"\nlogger:\n  level: "all"\n  stdout: true\n',
    },
    {
      name: 'a logger path in a file GoFrame does not read as its config',
      path: 'deploy/values.yaml',
      code: 'logger:\n  path: /var/log/app\n',
    },
  ],
  invalid: [
    {
      name: "GoFrame's config.yaml: logger.path is the folder glog writes its files to",
      path: 'manifest/config/config.yaml',
      code: 'server:\n  address: ":8000"\nlogger:\n  path: ⟦"/var/log/gf-admin/"⟧\n  file: "{Y-m-d}.log"\n  stdout: false\n',
      messageIncludes: ["GoFrame's logger"],
    },
  ],
};

export const nconfLoggingExamples: Examples = {
  valid: [
    {
      name: 'Ghost: production logs to stdout',
      path: 'core/shared/config/env/config.production.json',
      code: '{\n  "logging": { "level": "info", "transports": ["stdout"] }\n}\n',
    },
    {
      name: "Ghost: development's file transport never runs deployed",
      path: 'core/shared/config/env/config.development.json',
      code: '{\n  "logging": { "transports": ["file", "stdout"] }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'Ghost: config.production.json sends the log to rotated files',
      path: 'core/shared/config/env/config.production.json',
      code: '{\n  "logging": {\n    "level": "info",\n    "rotation": { "enabled": true },\n    "transports": [⟦"file"⟧]\n  }\n}\n',
      messageIncludes: ['"file" logging transport'],
    },
  ],
};
