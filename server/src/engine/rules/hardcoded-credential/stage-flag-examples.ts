// A chosen word behind a stage flag (rules/development-flags.ts, languages/stage-flags.ts): the flag is read as the
// test it holds, in every language, so the word is information as in any development branch; so is the code after a
// guard that returns or throws in production (`if (process.env.NODE_ENV === 'production') return;`). Production's side of
// the flag keeps its severity. Values are chosen words, as a developer writes them.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';
import { chosenWordInDevelopment as inDevelopment } from './development-code-examples';

export const STAGE_FLAG_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [],
    invalid: [
      inDevelopment(
        'a seed admin behind const isDev, on the flag\'s development side',
        'src/admin.ts',
        "const isDev = process.env.NODE_ENV !== 'production';\n\nexport const admin = isDev ? { email: 'admin@ledger.test', password: ⟦'ledger-admin-dev'⟧ } : { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };\n",
      ),
      {
        name: "the same word on production's side of the flag is an error",
        path: 'src/admin.ts',
        code: "const isProduction = process.env.NODE_ENV === 'production';\n\nexport const admin = isProduction ? { email: 'admin@ledger.test', password: ⟦'ledger-admin-dev'⟧ } : { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };\n",
        severity: 'error',
      },
      inDevelopment(
        'the code after a guard that throws in production',
        'src/devTools.ts',
        "const isProduction = process.env.NODE_ENV === 'production';\n\nexport function devMailer() {\n  if (isProduction) {\n    throw new Error('the dev mailer never runs in production');\n  }\n  return { host: '127.0.0.1', port: 1025, auth: { user: 'dev', pass: ⟦'mailpit-dev-pass'⟧ } };\n}\n",
      ),
      {
        name: 'a guard that does not leave (a log line) guards nothing',
        path: 'src/devTools.ts',
        code: "export function devMailer() {\n  if (process.env.NODE_ENV === 'production') {\n    console.warn('dev mailer in production');\n  }\n  return { host: '127.0.0.1', port: 1025, auth: { user: 'dev', pass: ⟦'mailpit-dev-pass'⟧ } };\n}\n",
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [],
    invalid: [
      inDevelopment(
        'the code after `if (NODE_ENV === "production") return;` in a seed function',
        'src/devAdmin.js',
        "async function ensureDevAdmin(createUser) {\n  if (process.env.NODE_ENV === 'production') return;\n  await createUser({ email: 'admin@guarded.test', password: ⟦'guarded-admin-dev'⟧ });\n}\n\nmodule.exports = { ensureDevAdmin };\n",
      ),
    ],
  },
  python: {
    valid: [],
    invalid: [
      inDevelopment(
        'a conditional expression on a debug flag read from the environment',
        'quotes/settings.py',
        'import os\n\nDEBUG = os.getenv("QUOTES_DEBUG") == "1"\n\nSECRET_KEY = ⟦"quotes-debug-secret"⟧ if DEBUG else os.environ["SECRET_KEY"]\n',
      ),
      inDevelopment(
        'the else of a production flag',
        'quotes/settings.py',
        'import os\n\nIS_PROD = os.environ.get("APP_ENV") == "production"\n\nif IS_PROD:\n    MAIL_PASSWORD = os.environ["MAIL_PASSWORD"]\nelse:\n    MAIL_PASSWORD = ⟦"quotes-mail-dev"⟧\n',
      ),
      inDevelopment(
        'the body after a guard that returns in production',
        'app/dev_seed.py',
        'import os\n\nfrom app.models import User, db\n\n\ndef seed_dev_admin():\n    if os.environ.get("APP_ENV") == "production":\n        return\n    db.session.add(User(email="admin@guarded.test", password=⟦"guarded-admin-dev"⟧))\n',
      ),
    ],
  },
  go: {
    valid: [],
    invalid: [
      inDevelopment(
        'a package-level flag read in a function',
        'internal/auth/secret.go',
        'package auth\n\nimport "os"\n\nvar devMode = os.Getenv("RELAY_ENV") == "development"\n\nfunc jwtSecret() string {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif devMode {\n\t\tsecret = ⟦"relay-dev-secret"⟧\n\t}\n\treturn secret\n}\n',
      ),
      inDevelopment(
        'the code after a guard that returns in production',
        'internal/auth/secret.go',
        'package auth\n\nimport "os"\n\nfunc jwtSecret() string {\n\tif os.Getenv("APP_ENV") == "production" {\n\t\treturn os.Getenv("JWT_SECRET")\n\t}\n\tsecret := ⟦"relay-dev-secret"⟧\n\treturn secret\n}\n',
      ),
      {
        name: 'an if on production that does not return guards nothing',
        path: 'internal/auth/secret.go',
        code: 'package auth\n\nimport "os"\n\nfunc jwtSecret() string {\n\tif os.Getenv("APP_ENV") == "production" {\n\t\tprintln("prod")\n\t}\n\tsecret := ⟦"relay-dev-secret"⟧\n\treturn secret\n}\n',
        severity: 'error',
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      inDevelopment(
        'a static final flag compared with equals, then `if (DEV)`',
        'src/main/java/org/example/mail/MailConfig.java',
        'package org.example.mail;\n\nimport java.util.Properties;\n\npublic final class MailConfig {\n    private static final boolean DEV = "development".equals(System.getenv("APP_ENV"));\n\n    public static Properties smtp() {\n        Properties props = new Properties();\n        if (DEV) {\n            props.put("mail.smtp.password", ⟦"mailpit-dev-pass"⟧);\n        }\n        return props;\n    }\n}\n',
      ),
    ],
  },
  kotlin: {
    valid: [],
    invalid: [
      inDevelopment(
        "an if-expression's development side on a top-level flag",
        'src/main/kotlin/org/example/cache/RedisFactory.kt',
        'package org.example.cache\n\nprivate val isDev = System.getenv("APP_ENV") == "dev"\n\nobject RedisFactory {\n    fun devPassword(): String? = if (isDev) ⟦"redis-dev-pass"⟧ else System.getenv("REDIS_PASSWORD")\n}\n',
      ),
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      inDevelopment(
        'a constant flag in a ternary',
        'app.rb',
        'require "sinatra/base"\n\nDEV = ENV["RACK_ENV"] == "development"\n\nclass Pantry < Sinatra::Base\n  set :session_secret, DEV ? ⟦"pantry-dev-secret"⟧ : ENV.fetch("SESSION_SECRET")\nend\n',
      ),
      inDevelopment(
        'unless a production flag',
        'app.rb',
        'require "sinatra/base"\n\nPRODUCTION = ENV.fetch("RACK_ENV", "production") == "production"\n\nclass Pantry < Sinatra::Base\n  unless PRODUCTION\n    set :session_secret, ⟦"pantry-dev-secret"⟧\n  end\nend\n',
      ),
    ],
  },
  php: {
    valid: [],
    invalid: [
      inDevelopment(
        'a chosen word handed to PDO behind $isDev',
        'src/bootstrap.php',
        "<?php\n\n$isDev = getenv('APP_ENV') === 'local';\n\nif ($isDev) {\n    $pdo = new PDO(getenv('DB_DSN'), 'tickets', ⟦'tickets-dev'⟧);\n}\n",
      ),
      inDevelopment(
        'the code after a guard that throws in production',
        'src/dev.php',
        "<?php\n\nfunction devConnection(): PDO\n{\n    if (getenv('APP_ENV') === 'production') {\n        throw new RuntimeException('the dev connection never runs in production');\n    }\n    return new PDO(getenv('DB_DSN'), 'tickets', ⟦'tickets-dev'⟧);\n}\n",
      ),
    ],
  },
};
