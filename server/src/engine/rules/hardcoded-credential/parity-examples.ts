// The same shapes get the same answer in every language: UI text in any script under a password
// key, a constant that spells its own name, a public address in a field called privateKey, a
// test header, stay silent; a placeholder the app uses as its live secret is a warning; a
// numeric password is reported (no fix: the environment gives a string). Values are made up.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const ADDRESS = '0x24467074387127ee316d601347eca0d5ed7b4e8a';

const unfilled = (path: string, code: string): InvalidExample => ({
  name: 'a fill-me-in placeholder used as the live secret: a warning',
  path,
  code,
  severity: 'warning',
  confidence: 'name-only',
  messageIncludes: ['placeholder never filled in'],
});

const digits = (path: string, code: string): InvalidExample => ({ name: 'a numeric password', path, code, severity: 'error' });

export const PARITY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [{ name: 'a German label under a password key', path: 'src/i18n.js', code: `export const de = { CONFIRM_PASSWORD: 'Kennwort bestätigen' };\n` }],
    invalid: [],
  },
  python: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'app/constants.py',
        code: `MESSAGES = {"MANDATORY_PASSWORD": "请提供密码", "CONFIRM_PASSWORD": "Kennwort bestätigen"}\nEXPRESS_TOKEN = "paypal_express_token"\nwallet = {"private_key": "${ADDRESS}"}\nheaders = {"Authorization": "Bearer InvalidAuthToken"}\n`,
      },
    ],
    invalid: [unfilled('app/config.py', `COOKIE_SECRET = ⟦"session_secret_key_here"⟧\n`)],
  },
  go: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'internal/app/constants.go',
        code: `package app\n\nvar messages = map[string]string{"MANDATORY_PASSWORD": "请提供密码", "CONFIRM_PASSWORD": "Kennwort bestätigen"}\n\nconst ExpressToken = "paypal_express_token"\n\nvar wallet = Wallet{PrivateKey: "${ADDRESS}"}\nvar header = "Bearer InvalidAuthToken"\nvar db = DB{Port: 5432000, Password: 123456}\n`,
      },
    ],
    invalid: [
      unfilled('internal/app/config.go', `package app\n\nvar cfg = Config{CookieSecret: ⟦"session_secret_key_here"⟧}\n`),
      digits('internal/app/db.go', `package app\n\nvar db = DB{Password: ⟦6742530⟧}\n\nconst dbPassword = ⟦8812345⟧\n`),
    ],
  },
  java: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address, a test header, ports and runs',
        path: 'src/main/java/com/acme/Constants.java',
        code: `class Constants {\n  static final Map<String, String> MESSAGES = Map.of("MANDATORY_PASSWORD", "请提供密码", "CONFIRM_PASSWORD", "Kennwort bestätigen");\n  static final String EXPRESS_TOKEN = "paypal_express_token";\n  static final String PRIVATE_KEY = "${ADDRESS}";\n  static final String AUTH_HEADER = "Bearer InvalidAuthToken";\n  static final long TIMEOUT_MILLIS = 30000000L;\n  static final int PASSWORD = 123456;\n}\n`,
      },
    ],
    invalid: [
      unfilled('src/main/java/com/acme/Config.java', `class Config {\n  static final String COOKIE_SECRET = ⟦"session_secret_key_here"⟧;\n}\n`),
      digits('src/main/java/com/acme/Db.java', `class Db {\n  static final int DB_PASSWORD = ⟦6742530⟧;\n}\n`),
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'src/main/kotlin/com/acme/Constants.kt',
        code: `val messages = mapOf("MANDATORY_PASSWORD" to "请提供密码", "CONFIRM_PASSWORD" to "Kennwort bestätigen")\nconst val EXPRESS_TOKEN = "paypal_express_token"\nval privateKey = "${ADDRESS}"\nval authHeader = "Bearer InvalidAuthToken"\n`,
      },
    ],
    invalid: [
      unfilled('src/main/kotlin/com/acme/Config.kt', `const val COOKIE_SECRET = ⟦"session_secret_key_here"⟧\n`),
      digits('src/main/kotlin/com/acme/Db.kt', `const val DB_PASSWORD = ⟦6742530⟧\n`),
    ],
  },
  ruby: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'app/lib/constants.rb',
        code: `MESSAGES = { 'MANDATORY_PASSWORD' => '请提供密码', 'Confirm Password' => 'Kennwort bestätigen' }\nEXPRESS_TOKEN = 'paypal_express_token'\nWALLET = { private_key: '${ADDRESS}' }\nHEADERS = { 'Authorization' => 'Bearer InvalidAuthToken' }\n`,
      },
    ],
    invalid: [unfilled('config/initializers/session.rb', `COOKIE_SECRET = ⟦'session_secret_key_here'⟧\n`)],
  },
  php: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'src/constants.php',
        code: `<?php\n$messages = ['MANDATORY_PASSWORD' => '请提供密码', 'Confirm Password' => 'Kennwort bestätigen'];\nconst EXPRESS_TOKEN = 'paypal_express_token';\n$wallet = ['private_key' => '${ADDRESS}'];\n$headers = ['Authorization' => 'Bearer InvalidAuthToken'];\n`,
      },
    ],
    invalid: [unfilled('src/config.php', `<?php\n$cookieSecret = ⟦'session_secret_key_here'⟧;\n`)],
  },
};
