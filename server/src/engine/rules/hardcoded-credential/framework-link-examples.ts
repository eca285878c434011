// Held-out batch DW (ThinkPHP, GoFrame and EasySwoole configs): GoFrame's database `link` names the driver before the
// login (`mysql:user:pass@tcp(host)/db`), Redis' password goes by `auth` under a Redis connection, and EasySwoole's
// `dev.php` and GoFrame's `hack/config.yaml` are only a developer's. Batch DX: a basic-auth validator's second parameter
// is the password whatever it is named (echo's `BasicAuth(func(u, p string, …))`, fiber's `Authorizer`). Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const FRAMEWORK_LINK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: "a validator comparing its password with the environment's, a key validator, another function's `p`",
        path: 'internal/httpapi/auth.go',
        code: `package httpapi

func Crew() echo.MiddlewareFunc {
\twant := os.Getenv("CREW_PASSWORD")
\treturn middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {
\t\treturn u == "crew" && p == want, nil
\t})
}

func page(u, p string) bool { return p == "next-page" }
`,
      },
    ],
    invalid: [
      {
        name: "echo's and fiber's basic-auth validators comparing their short-named password with a literal",
        path: 'internal/httpapi/pilot.go',
        code: `package httpapi

import "crypto/subtle"

func Pilot() echo.MiddlewareFunc {
\treturn middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {
\t\treturn u == "pilot" && p == ⟦"Pk4wNq8xLm2Vz6"⟧, nil
\t})
}

var legacy = basicauth.Config{
\tAuthorizer: func(u, p string) bool {
\t\treturn subtle.ConstantTimeCompare([]byte(p), []byte(⟦"Lg6vNq2xKm8Rz3"⟧)) == 1
\t},
}
`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "the gf CLI's link read from the environment, an HTTP client's auth scheme",
        path: 'hack/config.yaml',
        code: `gfcli:\n  gen:\n    dao:\n      - link: "\${GF_DB_LINK}"\nhttp:\n  auth: basic\n`,
      },
    ],
    invalid: [
      {
        name: "the gf CLI's link to a developer's database: a run of digits in config only development loads is information",
        path: 'hack/config.yaml',
        code: `gfcli:\n  gen:\n    dao:\n      - link: "mysql:root:⟦12345678⟧@tcp(127.0.0.1:3306)/cms"\n`,
        severity: 'info',
      },
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
