// Every language: tables from setting names to a few categories (Ghost's settings by group, a
// permission table) are no secrets, whatever their keys say; a config whose one value several
// credentials share, or a short config, still is. Generated values.
import type { LanguageId } from '../../types';
import type { Examples } from '../../rule';

export const CATEGORY_MAP_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "a table of settings by group: 'core' under a private key's name is the key's group",
        path: 'core/server/settings/groups.js',
        code: `const keyGroupMapping = {
    members_public_key: 'core',
    members_private_key: 'core',
    admin_session_secret: 'core',
    next_update_check: 'core',
    title: 'site',
    description: 'site',
    stripe_secret_key: 'members',
    stripe_publishable_key: 'members',
};
module.exports = keyGroupMapping;
`,
      },
      {
        name: "store keys composed around a user id, listed under `keys` (NodeBB's account deletion)",
        path: 'src/user/delete.js',
        code: `module.exports = function deleteKeys(db, uid, next) {
    const keys = ['uid:' + uid + ':notifications', 'uid:' + uid + ':sessions', 'uid:' + uid + ':sessionUUID:sessionId'];
    db.deleteAll(keys, next);
};
`,
      },
      {
        name: 'secrets the app once shipped, kept to refuse them, and what an API shows in place of a stored one',
        path: 'src/enterprise/utils/authSecrets.js',
        code: `const WEAK_DEFAULTS = {
    JWT_AUTH_TOKEN_SECRET: 'AABBCCDDAABBCCDDAABBCCDDAABBCCDDAABBCCDD',
    EXPRESS_SESSION_SECRET: 'acme',
    TOKEN_HASH_SECRET: 'popcorn',
};
exports.REDACTED_CREDENTIAL_VALUE = '_ACME_BLANK_0b7c2d4e-5f61-4a8b-9c0d-1e2f3a4b5c6d';
exports.isWeak = (name, value) => WEAK_DEFAULTS[name] === value;
`,
      },
    ],
    invalid: [
      {
        name: 'a config of plain settings whose values repeat, and two secrets that no plain setting shares',
        path: 'config/services.js',
        code: `module.exports = {
    host: 'db.internal',
    replicaHost: 'db.internal',
    user: 'billing',
    database: 'billing',
    password: ⟦'Vq7nR2kWx9Lp'⟧,
    replicaPassword: ⟦'Hm3tQ8zLw5Ny'⟧,
};
`,
      },
      {
        name: "the app's cookie keys appended to its name (Egg's scaffold) stay judged",
        path: 'config/config.default.js',
        code: `module.exports = (appInfo) => {
  const config = {};
  config.keys = appInfo.name + ⟦'_1698123456789_4821'⟧;
  return config;
};
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a dict from setting names to their group',
        path: 'app/settings_groups.py',
        code: `SETTING_GROUPS = {
    "members_public_key": "core",
    "members_private_key": "core",
    "admin_session_secret": "core",
    "title": "site",
    "locale": "site",
    "smtp_password": "mail",
    "smtp_host": "mail",
}
`,
      },
      {
        name: 'passwords the sign-up form refuses',
        path: 'accounts/validators.py',
        code: `BANNED_PASSWORDS = {"admin": "Summer2024!", "root": "Welcome#123"}
`,
      },
    ],
    invalid: [
      {
        name: 'a dev secret in use keeps its finding, whatever its name says of it',
        path: 'app/config.py',
        code: `INSECURE_DEV_SECRET = ⟦"Rq4zL8wNx2Kp"⟧
`,
      },
      {
        name: 'a short dict of one login stays a finding, however plain the other values',
        path: 'app/db.py',
        code: `DATABASE = {"host": "db", "user": "shop", "password": ⟦"Hx7kq2plWm4z"⟧}
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a hash from setting names to their group',
        path: 'app/models/setting_group.rb',
        code: `GROUPS = {
  members_public_key: "core",
  members_private_key: "core",
  admin_session_secret: "core",
  title: "site",
  locale: "site",
}.freeze
`,
      },
    ],
    invalid: [
      {
        name: 'a hash whose repeated value only credentials share',
        path: 'config/initializers/vault.rb',
        code: `VAULT = {
  address: "https://vault.internal:8200",
  namespace: "payments",
  role_id: "payments-api",
  password: ⟦"Zr5tW8qLx2Nc"⟧,
  unwrap_token: ⟦"Zr5tW8qLx2Nc"⟧,
}.freeze
`,
      },
    ],
  },
  php: {
    valid: [
      {
        name: 'an array from setting names to their group',
        path: 'config/setting_groups.php',
        code: `<?php
return [
    'members_public_key' => 'core',
    'members_private_key' => 'core',
    'admin_session_secret' => 'core',
    'title' => 'site',
    'locale' => 'site',
];
`,
      },
    ],
    invalid: [
      {
        name: 'a database array of four settings with distinct values keeps its password',
        path: 'config/database.php',
        code: `<?php
return [
    'host' => 'mysql.internal',
    'username' => 'crm',
    'database' => 'crm_prod',
    'password' => ⟦'Pn3wX8rTq5Ls'⟧,
];
`,
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'a map from setting names to their group',
        path: 'internal/settings/groups.go',
        code: `package settings

var Groups = map[string]string{
\t"members_public_key":   "core",
\t"members_private_key":  "core",
\t"admin_session_secret": "core",
\t"title":                "site",
\t"locale":               "site",
}
`,
      },
    ],
    invalid: [
      {
        name: 'a map of service settings where only the two secrets share a value',
        path: 'internal/config/defaults.go',
        code: `package config

var Defaults = map[string]string{
\t"broker":         "nats://nats.internal:4222",
\t"queue":          "orders",
\t"client_id":      "orders-api",
\t"client_secret":  ⟦"Tc6mW2zQr8Kv"⟧,
\t"signing_secret": ⟦"Tc6mW2zQr8Kv"⟧,
}
`,
      },
    ],
  },
};
