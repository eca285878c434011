// A fallback of chosen words and then the key's own name, under a secret the app signs with itself (own-name-fallback.ts):
// the same warning `'default'` there gets, in every language. Stage words, another party's key and constants stay silent.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const WARNING = { severity: 'warning' as const, messageIncludes: ['fallback', 'still starts'] };

export const OWN_NAME_FALLBACK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "a stage word in the fallback, another party's key, a CSRF key's own name, and a constant that spells its name",
        path: 'notes/config.py',
        code: 'import os\n\nclass Config:\n    JWT_SECRET = os.getenv("JWT_SECRET", "local-dev-only-jwt-secret")\n    STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "shop_stripe_secret_key")\n    WTF_CSRF_SECRET_KEY = os.environ.get("WTF_CSRF_SECRET_KEY", "csrf_secret_key")\n\nEXPIRED_TOKEN = "expired_token"\n',
      },
    ],
    invalid: [
      {
        name: "Django's SECRET_KEY falls back to the app's word and the key's name (probe25: Team-J's settings.py)",
        path: 'shop/settings.py',
        code: "import os\n\nSECRET_KEY = os.environ.get('SECRET_KEY', ⟦'standard_secret_key'⟧)\n",
        ...WARNING,
      },
      {
        name: "a Flask config's `or` fallback of chosen words and the key's name (prototype_starter_pack)",
        path: 'app/config.py',
        code: "import os\n\nclass Config(object):\n    SECRET_KEY = os.environ.get('SECRET_KEY') or ⟦'our-very-secret-key'⟧\n",
        ...WARNING,
      },
    ],
  },
  javascript: {
    valid: [{ name: "a session cookie's name falls back to the app's words", path: 'src/config/index.js', code: "module.exports = { sessionName: process.env.SESSION_NAME || 'board_session' };\n" }],
    invalid: [
      {
        name: "a JWT secret falls back to the app's name and the key's",
        path: 'src/config/index.js',
        code: "module.exports = { jwtSecret: process.env.JWT_SECRET || ⟦'board-jwt-secret'⟧ };\n",
        ...WARNING,
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: "a Spring @Value default of the app's name and the key's, already an error, stays one",
        path: 'src/main/java/a/JwtConfig.java',
        code: '@Component\npublic class JwtConfig {\n    @Value("${jwt.secret:⟦ledger-jwt-secret⟧}")\n    private String secret;\n}\n',
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      {
        name: "ENV.fetch's block gives the session secret the app's name and the key's",
        path: 'lib/settings.rb',
        code: 'SESSION_SECRET = ENV.fetch("SESSION_SECRET") { ⟦"pager_session_secret"⟧ }\n',
        ...WARNING,
      },
    ],
  },
};
