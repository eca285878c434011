// The unset branch of a test of an environment variable, round 30 (unset-test.ts earlyExitFacts, go-env-tests.ts,
// held-before.ts): the statements after `if <variable set> return …`, Go's tests on the shared walk, and a name holding
// the read followed to its nearest earlier write. Local there: information; the same address after a test that proves
// the variable set (`if (!url) return null;`) stays a warning.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const fallback = (name: string, path: string, code: string, variable: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [`fallback of ${variable}`] });
const address = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'warning' });

export const EARLY_EXIT_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [],
    invalid: [
      fallback(
        'after `if (url) return …` on a const holding the read: the rest of the function runs only when it is unset (a second function declaring `url` too)',
        'src/db.js',
        "const { Pool } = require('pg');\n\nfunction pool() {\n  const url = process.env.DATABASE_URL;\n  if (url) return new Pool({ connectionString: url });\n  return new Pool({ host: ⟦'localhost'⟧, database: 'shop' });\n}\n\nfunction replica() {\n  const url = process.env.REPLICA_URL;\n  return new Pool({ connectionString: url });\n}\n\nmodule.exports = { pool, replica };\n",
        'DATABASE_URL',
      ),
      address(
        "after `if (!url) return null;` the variable is set: the next address is the code's own",
        'src/db.js',
        "const { Pool } = require('pg');\n\nfunction seed(local) {\n  const url = process.env.SEED_DATABASE_URL;\n  if (!url) return null;\n  if (local) return new Pool({ connectionString: url });\n  return new Pool({ host: ⟦'localhost'⟧, database: 'seed' });\n}\n\nmodule.exports = { seed };\n",
      ),
    ],
  },
  python: {
    valid: [],
    invalid: [
      fallback(
        'after an `if`/`elif` chain with no `else` whose every branch returns',
        'app/cache.py',
        'import os\nimport redis\n\n\ndef sessions():\n    if os.getenv("SESSIONS_REDIS_URL"):\n        return redis.from_url(os.getenv("SESSIONS_REDIS_URL"))\n    elif os.getenv("SESSIONS_DISABLED"):\n        return None\n    return redis.from_url(⟦"redis://localhost:6379/2"⟧)\n',
        'SESSIONS_REDIS_URL',
      ),
      address(
        'after `if not url: raise …` the variable is set',
        'app/db.py',
        'import os\nfrom sqlalchemy import create_engine\n\n\ndef reports(readonly):\n    url = os.getenv("REPORTS_DATABASE_URL")\n    if not url:\n        raise RuntimeError("REPORTS_DATABASE_URL is not set")\n    if readonly:\n        return create_engine(url)\n    return create_engine(⟦"postgresql://reports@localhost:5432/reports"⟧)\n',
      ),
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      fallback(
        '`return … if url` on a local holding the read',
        'lib/connections.rb',
        "require 'sequel'\n\nmodule Connections\n  def self.db\n    url = ENV['DATABASE_URL']\n    return Sequel.connect(url) if url\n    Sequel.connect(⟦'postgres://kiln@localhost:5432/kiln'⟧)\n  end\nend\n",
        'DATABASE_URL',
      ),
    ],
  },
  php: {
    valid: [],
    invalid: [
      fallback(
        'after `if ($url !== false) { return …; }`',
        'src/Connections.php',
        "<?php\n\nuse Predis\\Client;\n\nfunction cache(): Client\n{\n    $url = getenv('REDIS_URL');\n    if ($url !== false) {\n        return new Client($url);\n    }\n    return new Client(⟦'redis://127.0.0.1:6379'⟧);\n}\n",
        'REDIS_URL',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      fallback(
        'after `if (url != null) { return … }` on a local holding System.getenv',
        'src/main/java/app/Db.java',
        'package app;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\nfinal class Db {\n    static Connection open() throws SQLException {\n        String url = System.getenv("JDBC_DATABASE_URL");\n        if (url != null) {\n            return DriverManager.getConnection(url);\n        }\n        return DriverManager.getConnection(⟦"jdbc:postgresql://localhost:5432/dispatch"⟧);\n    }\n}\n',
        'JDBC_DATABASE_URL',
      ),
    ],
  },
  kotlin: {
    valid: [],
    invalid: [
      fallback(
        "after Kotlin's `if (url != null) { …; return … }`",
        'src/main/kotlin/app/Broker.kt',
        'package app\n\nimport com.rabbitmq.client.ConnectionFactory\n\nfun factory(): ConnectionFactory {\n    val factory = ConnectionFactory()\n    val url = System.getenv("AMQP_URL")\n    if (url != null) {\n        factory.setUri(url)\n        return factory\n    }\n    factory.setUri(⟦"amqp://localhost:5672"⟧)\n    return factory\n}\n',
        'AMQP_URL',
      ),
    ],
  },
  go: {
    valid: [],
    invalid: [
      fallback(
        '`if os.Getenv("X") == "" { dsn = … }`: the test on the read itself, not on the name assigned',
        'internal/store/db.go',
        'package store\n\nimport "os"\n\nfunc DSN() string {\n\tvar dsn string\n\tif os.Getenv("DATABASE_URL") == "" {\n\t\tdsn = ⟦"postgres://shop@localhost:5432/shop"⟧\n\t} else {\n\t\tdsn = os.Getenv("DATABASE_URL")\n\t}\n\treturn dsn\n}\n',
        'DATABASE_URL',
      ),
      fallback(
        "the last `else` of an `else if` chain whose first test reads the variable as set",
        'internal/cache/redis.go',
        'package cache\n\nimport (\n\t"os"\n\n\t"github.com/redis/go-redis/v9"\n)\n\nfunc Limits() *redis.Client {\n\tvar opts *redis.Options\n\tif os.Getenv("RATELIMIT_REDIS_URL") != "" {\n\t\topts, _ = redis.ParseURL(os.Getenv("RATELIMIT_REDIS_URL"))\n\t} else if os.Getenv("RATELIMIT_DISABLED") == "1" {\n\t\treturn nil\n\t} else {\n\t\topts = &redis.Options{Addr: ⟦"localhost:6379"⟧}\n\t}\n\treturn redis.NewClient(opts)\n}\n',
        'RATELIMIT_REDIS_URL',
      ),
      fallback(
        '`len(url) == 0` on a name holding the read',
        'internal/store/audit.go',
        'package store\n\nimport "os"\n\nfunc AuditURL() string {\n\turl := os.Getenv("AUDIT_DATABASE_URL")\n\tif len(url) == 0 {\n\t\turl = ⟦"postgres://audit@localhost:5432/audit"⟧\n\t}\n\treturn url\n}\n',
        'AUDIT_DATABASE_URL',
      ),
      {
        name: 'a bare host returned after `if v != "" { return v }`, the variable held by a name: its host',
        path: 'internal/conn/addr.go',
        code: 'package conn\n\nimport "os"\n\nfunc dbAddr() string {\n\tv := os.Getenv("DB_ADDR")\n\tif v != "" {\n\t\treturn v\n\t}\n\treturn ⟦"10.40.2.15:5432"⟧\n}\n',
        severity: 'warning',
        messageIncludes: ['DB_ADDR'],
      },
      fallback(
        "viper's `GetString(\"nats_url\") == \"\"` reads NATS_URL, as its SetDefault does",
        'internal/config/config.go',
        'package config\n\nimport "github.com/spf13/viper"\n\nfunc NatsURL() string {\n\tviper.AutomaticEnv()\n\turl := viper.GetString("nats_url")\n\tif viper.GetString("nats_url") == "" {\n\t\turl = ⟦"nats://127.0.0.1:4222"⟧\n\t}\n\treturn url\n}\n',
        'NATS_URL',
      ),
      address(
        'after `if v == "" { return "" }` the variable is set: the address is the code\'s own',
        'internal/conn/telemetry.go',
        'package conn\n\nimport "os"\n\nfunc telemetryURL() string {\n\tv := os.Getenv("TELEMETRY_URL")\n\tif v == "" {\n\t\treturn ""\n\t}\n\treturn ⟦"nats://localhost:4222"⟧\n}\n',
      ),
    ],
  },
};
