// Go examples: must report exactly the marked ranges. Fixture secrets are generated, never real keys.
import type { Examples, InvalidExample } from '../../rule';
import { goShapeExamples } from './go-examples-shapes';
import { goPositionalExamples } from './go-examples-positional';
import { goValidExamples } from './go-examples-valid';

/** Offsets of `text` in the example's code once the ⟦ ⟧ markers are stripped (for fix spans). */
function spanIn(marked: string, text: string): { start: number; end: number } {
  const code = marked.replace(/[⟦⟧]/g, '');
  const start = code.indexOf(text);
  return { start, end: start + text.length };
}

const GETTER = `package config

func Load() Config {
\treturn Config{JWTSecret: getEnv("JWT_SECRET", ⟦"s3cr3t-dev-Signing"⟧)}
}
`;

const invalid: InvalidExample[] = [
  {
    name: "a secret that starts like an algorithm's name",
    path: 'internal/signing/keys.go',
    code: `package signing\n\nvar apiSecret = ⟦"Hmac-Sha256-Xq7TmW2pLk9Z"⟧\n`,
  },
  {
    name: 'a credential-named const (interpreted string)',
    path: 'internal/db/db.go',
    code: `package db\n\nconst dbPassword = ⟦"hunter2!x"⟧\n`,
    messageIncludes: ['Factor III', 'hardcoded password', '"dbPassword"', 'os.Getenv("DB_PASSWORD")'],
    // Used nowhere in this file: it may be a constant elsewhere in the package, so it stays a const.
    noFixBecause: 'Go constant cannot hold a function call',
  },
  {
    name: 'a credential-named var (raw string), through []byte',
    path: 'auth/jwt.go',
    code: 'package auth\n\nvar jwtKey = []byte(⟦`Tr0ub4dor&3-signing`⟧)\n',
    messageIncludes: ['hardcoded jwt key', 'os.Getenv("JWT_KEY")'],
    fix: { envName: 'JWT_KEY', value: 'Tr0ub4dor&3-signing' },
  },
  {
    name: 'an escape sequence is decoded for the .env value',
    path: 'main.go',
    code: `package main\n\nfunc main() {\n\tapiSecret := ⟦"p\\u00e4ss\\tw0rd"⟧\n\t_ = apiSecret\n}\n`,
    fix: { envName: 'API_SECRET', value: 'päss\tw0rd' },
  },
  {
    name: 'struct literal fields',
    path: 'cache/redis.go',
    code: `package cache

import "github.com/redis/go-redis/v9"

var client = redis.NewClient(&redis.Options{
\tAddr:     "redis.internal:6379",
\tPassword: ⟦"r3dis-Pr0d-2024"⟧,
})
`,
    messageIncludes: ['"redis.Options.Password"', 'os.Getenv("REDIS_PASSWORD")'],
    fix: { envName: 'REDIS_PASSWORD' },
  },
  {
    name: 'a field assignment and a map entry',
    path: 'setup.go',
    code: `package setup

func init() {
\tcfg.DB.Password = ⟦"p@ssw0rd!9"⟧
\tsettings := map[string]string{"client_secret": ⟦"9c2f1e7b44d0-oauth"⟧}
\t_ = settings
}
`,
  },
  {
    name: 'a postgres URL in sql.Open: the password is reported, the URL moves',
    path: 'store/store.go',
    code: `package store

import "database/sql"

func Open() (*sql.DB, error) {
\treturn sql.Open("postgres", "postgres://app:⟦pg-s3cret-41⟧@db.internal:5432/app?sslmode=require")
}
`,
    messageIncludes: ['password in a postgres connection URL', 'os.Getenv("DATABASE_URL")'],
    fix: { kind: 'move-to-env', envName: 'DATABASE_URL', value: 'postgres://app:pg-s3cret-41@db.internal:5432/app?sslmode=require' },
  },
  {
    name: 'a MySQL DSN (go-sql-driver form)',
    path: 'store/mysql.go',
    code: `package store

func dsn() string {
\treturn "shop:⟦My5ql-Pr0d!⟧@tcp(mysql.prod.internal:3306)/shop?parseTime=true"
}
`,
    messageIncludes: ['password in a MySQL DSN', 'os.Getenv("DATABASE_DSN")'],
    fix: { kind: 'move-to-env', envName: 'DATABASE_DSN', value: 'shop:My5ql-Pr0d!@tcp(mysql.prod.internal:3306)/shop?parseTime=true' },
  },
  {
    name: 'a libpq keyword DSN handed to gorm',
    path: 'store/gorm.go',
    code: `package store

import (
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func Connect() (*gorm.DB, error) {
\tdsn := "host=pg.prod.internal user=app password=⟦Gx7-pq-s3cret⟧ dbname=app port=5432 sslmode=require"
\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})
}
`,
    messageIncludes: ['password in a connection string'],
    fix: { envName: 'DATABASE_DSN' },
  },
  {
    name: 'fallback: if v == "" { v = "..." }',
    path: 'config/config.go',
    code: `package config

import "os"

func jwtSecret() string {
\tsecret := os.Getenv("JWT_SECRET")
\tif secret == "" {
\t\tsecret = ⟦"superSecretValue"⟧
\t}
\treturn secret
}
`,
    messageIncludes: ['as the fallback of os.Getenv("JWT_SECRET")', 'remove the fallback and set JWT_SECRET in the environment'],
  },
  {
    name: 'fallback through os.LookupEnv',
    path: 'config/config.go',
    code: `package config

import "os"

func dbPassword() string {
\tpw, ok := os.LookupEnv("DB_PASSWORD")
\tif !ok {
\t\tpw = ⟦"Pg-Local-99x"⟧
\t}
\treturn pw
}
`,
    messageIncludes: ['fallback of os.Getenv("DB_PASSWORD")'],
  },
  {
    name: 'an env helper with a default: the fix reads the variable directly',
    path: 'config/config.go',
    code: GETTER,
    messageIncludes: ['fallback of getEnv("JWT_SECRET")'],
    fix: {
      kind: 'move-to-env',
      envName: 'JWT_SECRET',
      existingEnvName: 'JWT_SECRET',
      value: 's3cr3t-dev-Signing',
      span: spanIn(GETTER, 'getEnv("JWT_SECRET", "s3cr3t-dev-Signing")'),
    },
  },
  {
    name: 'cmp.Or with an env read',
    path: 'main.go',
    code: `package main

import (
\t"cmp"
\t"os"
)

var sessionKey = cmp.Or(os.Getenv("SESSION_SECRET"), ⟦"k3ep-it-s3cret"⟧)
`,
    messageIncludes: ['fallback of os.Getenv("SESSION_SECRET")'],
  },
  {
    name: "samber/lo's CoalesceOrEmpty with an env read, as cmp.Or",
    path: 'internal/config/config.go',
    code: `package config

import (
\t"os"

\t"github.com/samber/lo"
)

var webhookSecret = lo.CoalesceOrEmpty(os.Getenv("WEBHOOK_SECRET"), ⟦"Hq4vNz8RkW2tXm6pLc3bJs9E"⟧)
`,
    messageIncludes: ['fallback of os.Getenv("WEBHOOK_SECRET")'],
  },
  {
    name: 'static AWS credentials (v1 SDK): the key ID by format, the secret by position',
    path: 'aws/session.go',
    code: `package aws

import "github.com/aws/aws-sdk-go/aws/credentials"

var creds = credentials.NewStaticCredentials(⟦"AKIAXQDMRWXO4B5B3YHK"⟧, ⟦"MsTYpXtajIThfSW6xakCTmW42NZeXsqMTwd9h957"⟧, "")
`,
  },
  {
    name: 'static AWS credentials provider (v2 SDK)',
    path: 'aws/config.go',
    code: `package aws

import "github.com/aws/aws-sdk-go-v2/credentials"

var provider = credentials.NewStaticCredentialsProvider(key, ⟦"wJh9t2kQ+Zp0sLr8Xy4Vn6Bm1Cd3Fg5Hj7Kl9Qw2"⟧, "")
`,
    messageIncludes: ['AWS secret access key passed to credentials.NewStaticCredentialsProvider', 'os.Getenv("AWS_SECRET_ACCESS_KEY")'],
    fix: { envName: 'AWS_SECRET_ACCESS_KEY' },
  },
  {
    name: 'a JWT signing key passed to SignedString',
    path: 'auth/token.go',
    code: `package auth

func Sign(token *jwt.Token) (string, error) {
\treturn token.SignedString([]byte(⟦"my-signing-k3y"⟧))
}
`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'a token in a header value, and a whole token in a var',
    path: 'github/client.go',
    code: `package github

var ghToken = ⟦"ghp_5DgqrqHSXV4LB75TtzEEXPzBh9cGmFh0bNoc"⟧

func auth(req *http.Request) {
\treq.Header.Set("Authorization", "Bearer ⟦ghp_5DgqrqHSXV4LB75TtzEEXPzBh9cGmFh0bNoc⟧")
}
`,
  },
  {
    name: 'gin basic-auth accounts and a gorilla cookie store key',
    path: 'web/auth.go',
    code: `package web

import (
\t"github.com/gin-gonic/gin"
\t"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(⟦"kP9-session-signing-2f7"⟧))

func Admin(r *gin.Engine) {
\tr.Group("/admin", gin.BasicAuth(gin.Accounts{"admin": ⟦"Adm1n-Pr0d-pass"⟧}))
}
`,
    messageIncludes: ['Factor III'],
  },
  {
    name: 'a package-level key passed to sessions.NewCookieStore by name',
    path: 'web/store.go',
    code: `package web

import "github.com/gorilla/sessions"

var (
\tkey   = []byte(⟦"super-secret-key"⟧)
\tstore = sessions.NewCookieStore(key)
)
`,
    messageIncludes: ['hardcoded session secret passed to sessions.NewCookieStore', 'os.Getenv("SESSION_SECRET")'],
    fix: { envName: 'SESSION_SECRET' },
  },
  {
    name: 'os.Setenv with a secret',
    path: 'main.go',
    code: `package main\n\nimport "os"\n\nfunc main() {\n\tos.Setenv("STRIPE_KEY", ⟦"sk_live_ZZ9aWxFpsnpFfpf39LqVUGCQ"⟧)\n}\n`,
    messageIncludes: ['written to os.Setenv("STRIPE_KEY")'],
  },
];

export const goExamples: Examples = {
  valid: [...goValidExamples, ...goShapeExamples.valid, ...goPositionalExamples.valid],
  invalid: [...invalid, ...goShapeExamples.invalid, ...goPositionalExamples.invalid],
};
