// What held-out probe 27c found, as patterns in every language they occur in: a password equal to the user name set beside
// it key by key (CodeIgniter 2's `$db['default']['username']`, TOML's tables) is the local default the array form is; a
// constant that says it holds a key's name (`KeyJwtSecret = "jwt_secret"`, `FIELD_API_TOKEN`) names a key; `pawd` and
// `pswd` are passwords; a typed phrase in config only development loads is the chosen word a single word is; python-jose's
// `jwt.encode` and a JS constant's fill-me-in word reach the signer as PyJWT's and Go's do. Values are generated.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const USER_BESIDE = ['the user name beside it'];
const LOCAL = ['only local development loads'];
const STUB = ['reads like a placeholder'];
const userBeside = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: USER_BESIDE });
const local = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: LOCAL });
const error = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'error' });
const warning = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'warning', messageIncludes: STUB });

export const PROBE27C_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  php: {
    valid: [
      {
        name: "a class constant that says it holds a Vault field's name, read as the data's index",
        path: 'src/VaultKeys.php',
        code: "<?php\nfinal class VaultKeys\n{\n    public const KEY_JWT_SECRET = 'jwt_secret';\n    public const FIELD_API_TOKEN = 'api_token';\n\n    public static function jwt(array $data): string { return $data[self::KEY_JWT_SECRET]; }\n}\n",
      },
    ],
    invalid: [
      userBeside(
        "CodeIgniter 2's database.php, keys set one by one: the password is the user name beside it",
        'application/config/database.php',
        "<?php\n$db['default']['hostname'] = 'localhost';\n$db['default']['username'] = 'kiosk';\n$db['default']['password'] = ⟦'kiosk'⟧;\n$db['default']['database'] = 'kiosk';\n",
      ),
      userBeside(
        "a nested $config key's pass beside its user",
        'application/config/shop.php',
        "<?php\n$config['shop']['db']['user'] = 'storefront';\n$config['shop']['db']['pass'] = ⟦'storefront'⟧;\n",
      ),
      error(
        "CodeIgniter 2's other group: a password that is not its user's name",
        'application/config/database.php',
        "<?php\n$db['reports']['hostname'] = 'localhost';\n$db['reports']['username'] = 'reporter';\n$db['reports']['password'] = ⟦'86q3wJhEhHNTJ_aU'⟧;\n",
      ),
    ],
  },
  toml: {
    valid: [],
    invalid: [
      userBeside('a table whose password is its user name', 'config/app.toml', '[database]\nhost = "localhost"\nuser = "kiosk"\npassword = "⟦kiosk⟧"\n'),
      error("a table whose password is not the user's name", 'config/app.toml', '[database]\nuser = "kiosk"\npassword = "⟦4uNga7Bz7ZtaXsxR⟧"\n'),
    ],
  },
  go: {
    valid: [
      {
        name: "Vault KV field names under Key… and Field… constants, read as the secret data's index",
        path: 'internal/vault/keys.go',
        code: 'package vault\n\nconst (\n\tKeyPostgresPass = "postgres_password"\n\tKeyJwtSecret    = "jwt_secret"\n\tKeyStripeSecret = "stripe_secret_key"\n\tFieldApiToken   = "api_token"\n)\n\nfunc JWT(data map[string]string) string { return data[KeyJwtSecret] }\n',
      },
      {
        name: "a config key's name under a …KeyKey constant, read with viper",
        path: 'internal/config/keys.go',
        code: 'package config\n\nimport "github.com/spf13/viper"\n\nconst signingKeyKey = "signing_key"\n\nfunc SigningKey() string { return viper.GetString(signingKeyKey) }\n',
      },
    ],
    invalid: [error('a DBPawd set to a literal', 'conf/db.go', 'package conf\n\nvar DBPawd = ⟦"LIU8Rch38lL8ZZKF"⟧\n')],
  },
  kotlin: {
    valid: [
      {
        name: 'a const val that says it holds a key name',
        path: 'src/main/kotlin/com/ledger/SecretKeys.kt',
        code: 'package com.ledger\n\nobject SecretKeys {\n    const val KeyJwtSecret = "jwt_secret"\n    const val FIELD_CLIENT_SECRET = "client_secret"\n}\n\nfun jwt(data: Map<String, String>): String? = data[SecretKeys.KeyJwtSecret]\n',
      },
    ],
    invalid: [],
  },
  java: {
    valid: [
      {
        name: 'static final key names under KEY_ and FIELD_',
        path: 'src/main/java/com/ledger/VaultFields.java',
        code: 'package com.ledger;\n\nimport java.util.Map;\n\npublic final class VaultFields {\n    public static final String KEY_JWT_SECRET = "jwt_secret";\n    public static final String FIELD_SIGNING_KEY = "signing_key";\n\n    public static String jwt(Map<String, String> data) { return data.get(KEY_JWT_SECRET); }\n}\n',
      },
    ],
    invalid: [],
  },
  typescript: {
    valid: [
      {
        name: 'exported key names under Key…, FIELD_ and ENV_',
        path: 'src/vaultKeys.ts',
        code: "export const KeyJwtSecret = 'jwt_secret';\nexport const FIELD_SESSION_SECRET = 'session_secret';\nexport const ENV_STRIPE_SECRET = 'stripe_secret';\n\nexport const jwtSecret = (data: Record<string, string>) => data[KeyJwtSecret];\n",
      },
    ],
    invalid: [],
  },
  javascript: {
    valid: [],
    invalid: [
      warning(
        "a fill-me-in word under SECRET_KEY that the app's signer takes as is, as in Python and Go",
        'src/auth.js',
        "const jwt = require('jsonwebtoken');\n\nconst SECRET_KEY = ⟦'SUPER_SECRET_KEY_CHANGE_ME'⟧;\n\nexports.issue = (claims) => jwt.sign(claims, SECRET_KEY);\n",
      ),
    ],
  },
  python: {
    valid: [
      {
        name: 'module constants that say they hold a key name, read as the data index and the env name',
        path: 'app/vault_keys.py',
        code: 'import os\n\nKEY_JWT_SECRET = "jwt_secret"\nENV_SESSION_SECRET = "session_secret"\n\n\ndef load(data):\n    return data[KEY_JWT_SECRET], os.getenv(ENV_SESSION_SECRET)\n',
      },
      {
        name: "a template of another server's password in a FastAPI config.py: the server refuses it at first use",
        path: 'app/config.py',
        code: 'MAIL_PASSWORD = "your_mail_password"\nALGORITHM = "HS256"\n',
      },
    ],
    invalid: [
      local(
        "a typed sentence as SECRET_KEY's default in Django's settings/local.py, as a one-word value there",
        'kennel/settings/local.py',
        'import environ\n\nenv = environ.Env()\nSECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default=⟦"Three dogs walked into the kennel at noon"⟧,\n)\n',
      ),
      local('a capitalised phrase in settings/dev.py', 'kennel/settings/dev.py', 'SECRET_KEY = ⟦"Only my laptop knows this Kennel Key"⟧\n'),
      error('the same kind of phrase in settings/production.py', 'kennel/settings/production.py', 'SECRET_KEY = ⟦"Nobody Walks The Kennel Dogs At Midnight"⟧\n'),
      warning(
        "python-jose's jwt.encode signing with a module constant's template, as PyJWT's does",
        'app/main.py',
        'from jose import jwt\n\nSECRET_KEY = ⟦"your_secret_key"⟧\n\n\ndef token(claims: dict) -> str:\n    return jwt.encode(claims, SECRET_KEY, algorithm="HS256")\n',
      ),
      error('a MYSQL_PAWD set to a generated value', 'worker/settings.py', 'MYSQL_USER = "worker"\nMYSQL_PAWD = ⟦"oFvegVP4iXxLK41s"⟧\n'),
    ],
  },
  ini: {
    valid: [],
    invalid: [
      error("beego's app.conf [db] pawd", 'conf/app.conf', 'appname = sms\nrunmode = dev\n\n[db]\nuser = "root"\npawd = ⟦"vq7#Kd92!mx41@zr"⟧\n'),
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      local(
        'a capitalised phrase as secret_key_base in config/environments/development.rb',
        'config/environments/development.rb',
        'Rails.application.configure do\n  config.secret_key_base = ⟦"Walking the Dog Around The Block Twice"⟧\nend\n',
      ),
    ],
  },
  properties: {
    valid: [
      {
        name: "a phrase in Spring's application-dev.properties: config files leave text with spaces alone in every profile",
        path: 'src/main/resources/application-dev.properties',
        code: 'app.jwt.secret=Sleepy Cats Guard The Clinic Every Night\n',
      },
    ],
    invalid: [],
  },
};
