import type { Examples } from '../../rule';

export const goExamples: Examples = {
  valid: [
    {
      name: 'the DSN from the environment',
      path: 'main.go',
      code: `package main

import (
	"database/sql"
	"os"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	_ = db
}
`,
    },
    {
      name: 'a password in the URL belongs to hardcoded-credential',
      path: 'main.go',
      code: `package main

var dsn = "postgres://shop:2cucZ7acv9020A7x@db.internal:5432/shop"
`,
    },
    {
      name: 'a test database',
      path: 'store/store_test.go',
      code: `package store

const testDSN = "postgres://localhost:5432/shop_test"
`,
    },
    {
      name: 'an Addr that is not a Redis option',
      path: 'main.go',
      code: `package main

var srv = &http.Server{Addr: "cache.internal:6379"}
`,
    },
  ],
  invalid: [
    {
      name: 'sql.Open with a libpq DSN',
      path: 'main.go',
      code: `package main

import "database/sql"

func main() {
	db, _ := sql.Open("postgres", ⟦"host=db.internal user=shop dbname=shop sslmode=disable"⟧)
	_ = db
}
`,
      messageIncludes: ['PostgreSQL host', 'os.Getenv("DB_HOST")'],
    },
    {
      name: 'a MySQL DSN',
      path: 'db.go',
      code: `package main

var dsn = ⟦"shop@tcp(mysql.internal:3306)/shop?parseTime=true"⟧
`,
    },
    {
      name: 'go-redis Addr',
      path: 'cache.go',
      code: `package main

import "github.com/redis/go-redis/v9"

var rdb = redis.NewClient(&redis.Options{Addr: ⟦"10.0.3.7:6379"⟧})
`,
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7:6379' },
    },
    {
      name: 'mongo ApplyURI',
      path: 'main.go',
      code: `package main

func connect() {
	client, _ := mongo.Connect(ctx, options.Client().ApplyURI(⟦"mongodb://mongo.internal:27017"⟧))
	_ = client
}
`,
      fix: { envName: 'MONGODB_URL' },
    },
    {
      name: 'a localhost fallback when the variable is empty is information',
      path: 'main.go',
      code: `package main

import "os"

func dsn() string {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = ⟦"postgres://localhost:5432/shop"⟧
	}
	return url
}
`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: 'a URL built with + is one value: a localhost fallback stays information',
      path: 'internal/config/config.go',
      code: `package config

func Load() string {
	return envOr("DATABASE_URL", ⟦"postgres://payments:"⟧+defaultDBPass+"@localhost:5432/payments")
}
`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: 'a production URL built with +: reported once, with no fix (the literal alone is not the URL)',
      path: 'internal/config/config.go',
      code: `package config

var dsn = ⟦"postgres://payments:"⟧ + password + "@db.prod.acme.io:5432/payments"
`,
    },
  ],
};
