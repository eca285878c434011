// Held-out batch DW (ThinkPHP, GoFrame and EasySwoole configs): GoFrame's database `link` names the driver before the
// login (`mysql:user:pass@tcp(host)/db`), Redis' password goes by `auth` under a Redis connection, and EasySwoole's
// `dev.php` and GoFrame's `hack/config.yaml` are only a developer's. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const FRAMEWORK_LINK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: "the gf CLI's link to a developer's database, a link read from the environment, an HTTP client's auth scheme",
        path: 'hack/config.yaml',
        code: `gfcli:\n  gen:\n    dao:\n      - link: "mysql:root:12345678@tcp(127.0.0.1:3306)/cms"\nhttp:\n  auth: basic\n`,
      },
    ],
    invalid: [
      {
        name: "a GoFrame link's password (not its user) and a Redis connection's auth",
        path: 'manifest/config/config.yaml',
        code: `database:\n  default:\n    link: "mysql:cms:⟦Gf8qLm2xRt7Vw3⟧@tcp(mysql.cms.internal:3306)/cms"\nredis:\n  default:\n    address: redis.cms.internal:6379\n    auth: ⟦Ea3vNq8xLm2Tz9⟧\n`,
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a Redis auth read from the environment, an HTTP client's auth scheme",
        path: 'dev.php',
        code: `<?php\nreturn [\n    'REDIS' => ['host' => '127.0.0.1', 'auth' => getenv('REDIS_AUTH')],\n    'HTTP' => ['auth' => 'basic'],\n];\n`,
      },
    ],
    invalid: [
      {
        name: "EasySwoole's production Redis auth",
        path: 'produce.php',
        code: `<?php\nreturn [\n    'REDIS' => ['host' => getenv('REDIS_HOST'), 'port' => 6379, 'auth' => ⟦'Ea3vNq8xLm2Tz9'⟧],\n];\n`,
        severity: 'error',
      },
    ],
  },
};
