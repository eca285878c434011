// stage-switch.ts's examples: a development switch makes a file the local setup's only where the app picks that file by its
// stage. A layered loader's base config (node-config's `config/default.json`, Spring's `application.yml`, a
// `configs/default.yaml` or `config/default.toml`) is read in production too, so `env: development` in it changes nothing;
// the stage's own file (`config/development.json`, `application-dev.yml`, `configs/dev.yaml`) keeps the switch's word.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const STAGE_SWITCH_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  json: {
    valid: [],
    invalid: [
      {
        name: "node-config's config/default.json, read in every environment: its development switch leaves a digit-run password an error",
        path: 'config/default.json',
        code: '{\n  "app": { "name": "orders", "env": "development" },\n  "db": { "user": "orders", "password": ⟦"739214"⟧ }\n}\n',
        severity: 'error',
      },
      {
        name: "the stage's own file (config/development.json) with the same switch: the chosen password is information",
        path: 'config/development.json',
        code: '{\n  "env": "development",\n  "db": { "user": "orders_dev", "password": ⟦"482913"⟧ }\n}\n',
        severity: 'info',
      },
    ],
  },
  yaml: {
    valid: [],
    invalid: [
      {
        name: "a viper app's configs/default.yaml, merged under every stage's file: server.env dev does not make it development",
        path: 'configs/default.yaml',
        code: 'server:\n  env: dev\nredis:\n  password: ⟦"561928"⟧\n',
        severity: 'error',
      },
      {
        name: 'a file named for production keeps its findings whatever its switch says',
        path: 'config/config.prod.yaml',
        code: 'app:\n  environment: development\ndatabase:\n  password: ⟦"561928"⟧\n',
        severity: 'error',
      },
      {
        name: "the stage's own file (configs/dev.yaml): the switch makes a digit-run password information",
        path: 'configs/dev.yaml',
        code: 'server:\n  env: dev\nredis:\n  password: ⟦"561928"⟧\n',
        severity: 'info',
      },
    ],
  },
  toml: {
    valid: [],
    invalid: [
      {
        name: 'config/default.toml, the base every stage reads: [app] env = "development" leaves a chosen password an error',
        path: 'config/default.toml',
        code: '[app]\nenv = "development"\n\n[database]\npassword = "⟦copper-falcon⟧"\n',
        severity: 'error',
      },
      {
        name: 'config/development.toml with the same switch: information',
        path: 'config/development.toml',
        code: '[app]\nenv = "development"\n\n[database]\npassword = "⟦copper-falcon⟧"\n',
        severity: 'info',
      },
    ],
  },
};
