// A chosen word behind a stage flag (rules/development-flags.ts, languages/stage-flags.ts): the flag is read as the
// test it holds, in every language, so the word is information as in any development branch. Production's side of
// the flag keeps its severity. Values are chosen words, as a developer writes them.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const NOTE = 'only a development or debug run reaches';

const inDevelopment = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [NOTE] });

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
    ],
  },
};
