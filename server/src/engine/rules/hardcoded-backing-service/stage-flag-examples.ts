// An address on this machine behind a stage flag (rules/development-flags.ts, languages/stage-flags.ts): the flag is
// read as the test it holds, in every language. The flag that holds production's test keeps the address reported.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const NOTE = 'on this machine in code only a development or debug run reaches';

const inDevelopment = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [NOTE] });
const inProduction = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'warning' });

export const STAGE_FLAG_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [],
    invalid: [
      inDevelopment(
        'a mail catcher behind a const flag that holds the NODE_ENV test',
        'src/mail.js',
        "const isDev = process.env.NODE_ENV !== 'production';\n\nconst mailer = isDev ? { host: ⟦'127.0.0.1'⟧, port: 1025 } : { host: process.env.SMTP_HOST, port: 587 };\n\nmodule.exports = { mailer };\n",
      ),
      inProduction(
        "the flag holds production's test: its true side is production's",
        'src/mail.js',
        "const isDev = process.env.NODE_ENV === 'production';\n\nconst mailer = isDev ? { host: ⟦'127.0.0.1'⟧, port: 1025 } : { host: process.env.SMTP_HOST, port: 587 };\n\nmodule.exports = { mailer };\n",
      ),
    ],
  },
  go: {
    valid: [],
    invalid: [
      inDevelopment(
        'a Redis address behind isDev := os.Getenv(...) == "development"',
        'cmd/relay/main.go',
        'package main\n\nimport (\n\t"os"\n\n\t"github.com/redis/go-redis/v9"\n)\n\nfunc main() {\n\tisDev := os.Getenv("APP_ENV") == "development"\n\topts := &redis.Options{Addr: os.Getenv("REDIS_ADDR")}\n\tif isDev {\n\t\topts = &redis.Options{Addr: ⟦"localhost:6379"⟧}\n\t}\n\t_ = redis.NewClient(opts)\n}\n',
      ),
      inProduction(
        'the else of a production flag is development, its if is not',
        'cmd/relay/main.go',
        'package main\n\nimport (\n\t"os"\n\n\t"github.com/redis/go-redis/v9"\n)\n\nvar isProd = os.Getenv("APP_ENV") == "production"\n\nfunc main() {\n\topts := &redis.Options{Addr: os.Getenv("REDIS_ADDR")}\n\tif isProd {\n\t\topts = &redis.Options{Addr: ⟦"localhost:6379"⟧}\n\t}\n\t_ = redis.NewClient(opts)\n}\n',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      inDevelopment(
        'a mail catcher behind a static final flag compared with equals',
        'src/main/java/org/example/mail/MailConfig.java',
        'package org.example.mail;\n\nimport java.util.Properties;\n\npublic final class MailConfig {\n    private static final boolean DEV = "development".equals(System.getenv("APP_ENV"));\n\n    public static Properties smtp() {\n        Properties props = new Properties();\n        if (DEV) {\n            props.put("mail.smtp.host", ⟦"localhost"⟧);\n        } else {\n            props.put("mail.smtp.host", System.getenv("SMTP_HOST"));\n        }\n        return props;\n    }\n}\n',
      ),
      inProduction(
        "the flag compares production: its if is production's",
        'src/main/java/org/example/mail/MailConfig.java',
        'package org.example.mail;\n\nimport java.util.Properties;\n\npublic final class MailConfig {\n    private static final boolean DEV = "production".equals(System.getenv("APP_ENV"));\n\n    public static Properties smtp() {\n        Properties props = new Properties();\n        if (DEV) {\n            props.put("mail.smtp.host", ⟦"localhost"⟧);\n        }\n        return props;\n    }\n}\n',
      ),
    ],
  },
  kotlin: {
    valid: [],
    invalid: [
      inDevelopment(
        'a Redis pool on this machine in the if-expression of a top-level flag',
        'src/main/kotlin/org/example/cache/RedisFactory.kt',
        'package org.example.cache\n\nimport redis.clients.jedis.JedisPool\n\nprivate val isDev = System.getenv("APP_ENV") == "dev"\n\nobject RedisFactory {\n    val pool: JedisPool = if (isDev) JedisPool(⟦"localhost"⟧, 6379) else JedisPool(System.getenv("REDIS_URL"))\n}\n',
      ),
    ],
  },
  python: {
    valid: [],
    invalid: [
      inDevelopment(
        'a keyword DSN on this machine under a module flag',
        'quotes/app.py',
        'import os\n\nIS_LOCAL = os.environ.get("APP_ENV", "production") == "local"\n\nif IS_LOCAL:\n    DB_DSN = ⟦"dbname=quotes user=quotes host=localhost"⟧\nelse:\n    DB_DSN = os.environ["DATABASE_URL"]\n',
      ),
    ],
  },
  php: {
    valid: [],
    invalid: [
      inDevelopment(
        'a PDO DSN on this machine behind $isDev, and a Redis address behind !$isProduction',
        'src/bootstrap.php',
        "<?php\n\n$isDev = getenv('APP_ENV') === 'local';\n$isProduction = getenv('APP_ENV') === 'production';\n\nif ($isDev) {\n    $pdo = new PDO(⟦'mysql:host=127.0.0.1;dbname=tickets'⟧, getenv('DB_USER'), getenv('DB_PASSWORD'));\n}\n\nif (!$isProduction) {\n    $redis = new Predis\\Client(⟦'tcp://127.0.0.1:6379'⟧);\n}\n",
      ),
      inProduction(
        'a flag assigned something else too is no flag',
        'src/bootstrap.php',
        "<?php\n\n$isDev = getenv('APP_ENV') === 'local';\n$isDev = $isDev || isset($_GET['debug']);\n\nif ($isDev) {\n    $pdo = new PDO(⟦'mysql:host=127.0.0.1;dbname=tickets'⟧, getenv('DB_USER'), getenv('DB_PASSWORD'));\n}\n",
      ),
    ],
  },
};
