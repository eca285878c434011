// A password that is the login beside it (login-beside.ts, config-ini.ts usersBySection): a local-development
// default, information in code as in config files and URLs; a generated password beside a login stays an error.
// Values are generated.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const NOTE = 'It is the user name beside it';

const loginBeside = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [NOTE] });

export const LOGIN_BESIDE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [],
    invalid: [
      loginBeside(
        "pydantic settings: the database user's name as its password (Mealie's POSTGRES_USER and POSTGRES_PASSWORD)",
        'app/core/config.py',
        'from pydantic_settings import BaseSettings\n\nclass AppSettings(BaseSettings):\n    POSTGRES_USER: str = "kitchen"\n    POSTGRES_PASSWORD: str = ⟦"kitchen"⟧\n    POSTGRES_SERVER: str = "postgres"\n',
      ),
      {
        name: "a service's token as both user name and password (Postmark's SMTP relay) is no local default",
        path: 'app/mail.py',
        code: 'SMTP = {\n    "user": "8280c8a6-8ba3-427a-a8c4-ac0e48eeb61d",\n    "password": ⟦"8280c8a6-8ba3-427a-a8c4-ac0e48eeb61d"⟧,\n}\n',
        severity: 'error',
      },
      {
        name: 'a generated password beside a login is no local default',
        path: 'app/core/config.py',
        code: 'class Settings:\n    DB_USER = "kitchen"\n    DB_PASSWORD = ⟦"Vq8Lx2Rt5Zm9Kp3W"⟧\n',
        severity: 'error',
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      loginBeside(
        "a connection array whose password is its username",
        'config/database.php',
        "<?php\n\nreturn [\n    'mysql' => [\n        'host' => env('DB_HOST', '127.0.0.1'),\n        'username' => 'shop',\n        'password' => ⟦'shop'⟧,\n    ],\n];\n",
      ),
    ],
  },
  go: {
    valid: [],
    invalid: [
      loginBeside(
        'a struct literal whose Password is its User',
        'internal/db/config.go',
        'package db\n\nvar Local = Config{\n\tHost:     "localhost",\n\tUser:     "ledger",\n\tPassword: ⟦"ledger"⟧,\n}\n',
      ),
    ],
  },
  ini: {
    valid: [],
    invalid: [
      loginBeside(
        "Grafana's defaults.ini: admin_password is admin_user's value",
        'conf/defaults.ini',
        '[security]\nadmin_user = admin\n# default admin password, can be changed before first start\nadmin_password = ⟦admin⟧\n',
      ),
      {
        name: 'a generated admin password beside its login stays an error',
        path: 'conf/custom.ini',
        code: '[security]\nadmin_user = admin\nadmin_password = ⟦Hq7Lm2Zx9Pw4Rt6Y⟧\n',
        severity: 'error',
      },
    ],
  },
};
