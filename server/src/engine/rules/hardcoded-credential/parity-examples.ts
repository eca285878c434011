// The same shapes get the same answer in every language: UI text in any script under a password
// key, a constant that spells its own name, a public address in a field called privateKey, a
// test header, stay silent; a placeholder the app uses as its live secret is a warning; a
// numeric password is reported (no fix: the environment gives a string). Values are made up.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const ADDRESS = '0x24467074387127ee316d601347eca0d5ed7b4e8a';
const HEX = 'c7b1e04f9a2d3658e1f0b7a4d29c6e83';

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
  json: {
    valid: [{ name: 'a connection string with its password from a placeholder', path: 'appsettings.json', code: '{ "ConnectionStrings": { "Default": "Server=sql;Database=app;User Id=app;Password=${DB_PASSWORD};" } }\n' }],
    invalid: [
      {
        name: 'a bare Key named by its parent, and an ADO.NET connection string password',
        path: 'appsettings.Production.json',
        code: `{\n  "ConnectionStrings": { "Default": "Server=sql.acme.internal;Database=helpdesk;User Id=helpdesk;Password=⟦Gl4cier%512rb⟧;" },\n  "Jwt": { "Issuer": "helpdesk", "Key": ⟦"${HEX}"⟧ }\n}\n`,
      },
    ],
  },
  yaml: {
    valid: [
      { name: "Helm's existingSecret names a Secret object", path: 'helm/values.yaml', code: 'secrets:\n  existingSecret: helpdesk-secrets\n  existingSecretPasswordKey: db-password\n' },
      {
        name: 'setting labels translated, led by an acronym or hyphenated (Redmine-style), outside a locale folder',
        path: 'config/setting_labels.yml',
        code: 'az:\n  setting_mail_handler_api_key: API açar\n  setting_sys_api_key: API klíč\n  label_api_key: API-Schlüssel\n  field_new_password: گذرواژه‌ی جدید\n',
      },
    ],
    invalid: [
      {
        name: 'an acronym and a word, or a hyphenated word, in ASCII may be a typed secret',
        path: 'config/settings.yml',
        code: 'mail:\n  handler_api_key: ⟦API prod⟧\n  smtp_password: ⟦Dev-Secret⟧\n',
      },
    ],
  },
  javascript: {
    valid: [
      { name: 'a German label under a password key', path: 'src/i18n.js', code: `export const de = { CONFIRM_PASSWORD: 'Kennwort bestätigen' };\n` },
      { name: 'a word after the credential word that is no noise names something else', path: 'src/auth.js', code: `module.exports = { token_type: 'bearer', api_key_header: 'X-Api-Key' };\n` },
    ],
    invalid: [
      {
        name: 'a number, a version or a noise word after the credential word, as every other language reads it',
        path: 'src/partners.js',
        code: `const API_KEY_2 = ⟦'Zq7Lw2Nc9Vb4Xr8Tm3Hd'⟧;\nmodule.exports = {\n  api_key_v2: ⟦'Kp4Jx8Qn2Wc7Ry5Fv9Sb'⟧,\n  apiKey3: ⟦'Mh6Td1Zs8Lq3Gv7Nc2Wx'⟧,\n  db_password_value: ⟦'Rb5Yk9Pw2Hx7Cm4Jd8Qs'⟧,\n};\n`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'UI text, a self-naming constant, a public address and a test header',
        path: 'app/constants.py',
        code: `MESSAGES = {"MANDATORY_PASSWORD": "请提供密码", "CONFIRM_PASSWORD": "Kennwort bestätigen"}\nEXPRESS_TOKEN = "paypal_express_token"\nwallet = {"private_key": "${ADDRESS}"}\nheaders = {"Authorization": "Bearer InvalidAuthToken"}\n`,
      },
    ],
    invalid: [
      unfilled('app/config.py', `COOKIE_SECRET = ⟦"session_secret_key_here"⟧\n`),
      { name: "a function's name says what it returns", path: 'app/payments.py', code: `def hmac_key():\n    return ⟦"${HEX}"⟧\n`, severity: 'error' },
      { name: 'a version after the credential word', path: 'app/partners.py', code: `PARTNER_API_KEY_V2 = ⟦"Zq7Lw2Nc9Vb4Xr8Tm3Hd"⟧\nclient_secret_v3 = ⟦"Kp4Jx8Qn2Wc7Ry5Fv9Sb"⟧\n`, severity: 'error' },
    ],
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
      {
        name: "a method's name says what it returns, getter or not",
        path: 'src/main/java/com/acme/Twilio.java',
        code: `class Twilio {\n  String twilioAuthToken() {\n    return ⟦"${HEX}"⟧;\n  }\n}\n`,
        severity: 'error',
      },
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
        code: `<?php\n$messages = ['MANDATORY_PASSWORD' => '请提供密码', 'Confirm Password' => 'Kennwort bestätigen', 'newpass' => 'گذرواژه‌ی جدید', 'api_key' => 'API açar', 'NewPassword' => 'Parola nou&#259;', 'Password' => 'Parol&#259;'];\nconst EXPRESS_TOKEN = 'paypal_express_token';\n$wallet = ['private_key' => '${ADDRESS}'];\n$headers = ['Authorization' => 'Bearer InvalidAuthToken'];\n`,
      },
    ],
    invalid: [
      unfilled('src/config.php', `<?php\n$cookieSecret = ⟦'session_secret_key_here'⟧;\n`),
      {
        name: "a config() default named by its key, and Twilio's auth token beside its account SID",
        path: 'app/Services/SmsService.php',
        code: `<?php\n$token = config('services.twilio.webhook_token', ⟦'whk_${HEX}'⟧);\n$client = new Client('AC${HEX}', ⟦'${HEX}'⟧);\n$other = new Client('acme', 'not-a-token-here');\n`,
      },
    ],
  },
};
