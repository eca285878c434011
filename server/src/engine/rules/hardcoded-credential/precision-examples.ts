// JS/TS, Python and config-file shapes from real backends: secrets that read like text where only a secret
// goes, and text, states and references that only look like secrets. Fixture secrets are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const HEX_SECRET = '9c32b74e596d27be32b79ee66239dd5e2cd9891ce7f79068';
const BASIC = 'b3BzOm1xQlprUmtGckNCM3Yx';
const ADDRESS = '0x24467074387127ee316d601347eca0d5ed7b4e8a';

export const PRECISION_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      { name: 'a state word compared with a password', path: 'src/routes/password.ts', code: `if (cmd.oldPassword !== 'reset') throw new Error('use the reset link');\n` },
      { name: 'a constant that names itself behind a vendor word', path: 'src/payments/paypal.ts', code: `export const EXPRESS_TOKEN = 'paypal_express_token';\n` },
      { name: 'a public address in a field called privateKey', path: 'src/wallet.ts', code: `export const wallet = { privateKey: '${ADDRESS}' };\n` },
      { name: 'a test wallet mnemonic of one repeated word', path: 'hardhat.config.ts', code: `export default { networks: { hardhat: { accounts: { mnemonic: 'test test test test test test test test test test test junk' } } } };\n` },
      { name: 'UI text under a password key', path: 'src/copy.ts', code: `export const copy = { password: 'Enter your password', PASSWORD_REQUIRED: 'パスワードを入力してください' };\n` },
      { name: 'a template left for the reader', path: 'src/config.ts', code: `export const config = { apiKey: 'your-api-key-here' };\n` },
      { name: "Supabase's anon key under its name: a JWT of the anon role ships in every frontend", path: 'src/lib/supabase.ts', code: `export const SUPABASE_ANON_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3BxcnN0Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTAwMDAwMH0.G6L5mXn57mGIuo6xkOcG-jvueamgh5UTDiwTbVurIna';\n` },
      { name: "a template left for the reader in the author's language", path: 'src/config.ts', code: `export const db = { user: 'seu_usuario', password: 'sua_senha' };\nexport const mail = { password: 'tu_contraseña' };\nexport const smtp = { password: 'votre_mot_de_passe' };\n` },
      { name: "Supabase's publishable key (sb_publishable_), public as the anon JWT was", path: 'src/lib/supabase.ts', code: `export const supabase = createClient(SUPABASE_URL, 'sb_publishable_NYNo8fKq2LmZx7Rt4Vw9Bc_Hj3Pd6Qs');\nexport const SUPABASE_ANON_KEY = 'sb_publishable_Hk2Lq8Zx4Rt7Vw9Bc3Nm5Pd6Qs1Jf0Ty';\n` },
      { name: 'templates opened by another language\'s "your" or saying what replaces them', path: 'src/settings.ts', code: `export const jwt = { secret: 'tu_clave_secreta_para_jwt' };\nexport const db = { password: 'replace-with-database-password' };\nexport const api = { key: 'sua_chave_de_api' };\n` },
      { name: 'a short number and a run under a password name', path: 'src/policy.ts', code: `export const policy = { passwordMinLength: 12, password: 123456 };\n` },
      { name: 'a sentinel word under a token name: no service issues a dictionary word', path: 'src/gateway.ts', code: `export const ANONYMOUS_TOKEN = 'anonymous';\nexport const guestToken = 'guest';\n` },
      { name: "an option table mapping a setting's names (pymongo's aliases)", path: 'src/options.ts', code: `export const ALIASES = { tlsCertificateKeyFilePassword: 'ssl_pem_passphrase', sslPass: 'tlsCertificateKeyFilePassword' };\n` },
    ],
    invalid: [
      { name: "Supabase's secret key (sb_secret_), whatever holds it", path: 'src/lib/admin.ts', code: `export const admin = createClient(SUPABASE_URL, ⟦'sb_secret_Kx8vN2mLr7Tz4Kw9Qa3Sd5Fg6Hj1Zx0C'⟧);\n`, confidence: 'format' },
      {
        name: 'a sentence passed as a session secret',
        path: 'src/app.ts',
        code: `app.use(session({ secret: ⟦'A String Very Very Strong!!@##$'⟧, resave: false }));\n`,
        confidence: 'sink',
      },
      {
        name: 'a sentence as a Nest JWT secret',
        path: 'src/auth/auth.module.ts',
        code: `JwtModule.register({ secret: ⟦'My Super Secret Signing Phrase!'⟧, signOptions: { expiresIn: '60s' } });\n`,
        confidence: 'sink',
      },
      {
        name: 'a wallet mnemonic',
        path: 'src/wallet.ts',
        code: `export const wallet = { mnemonic: ⟦'pledge violin tackle orbit mystery wheat garden cousin lava ribbon expose cereal'⟧ };\n`,
        messageIncludes: ['wallet mnemonic'],
      },
      { name: 'a digit-only password', path: 'src/config.ts', code: `export const admin = { password: ⟦6742530⟧ };\n` },
      {
        name: 'a JWT test vector in a test: a token a server signed, not a vendor key, so information',
        path: 'test/auth.e2e-spec.ts',
        code: `const foreignToken = ⟦'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.CWjYvD0EWR2adhg2RwuRxzWchPjhizh6E4vYYsXkmWM'⟧;\n`,
        severity: 'info',
        confidence: 'name-and-entropy',
      },
      {
        name: 'a minified vendored library: its names are the minifier\'s, so information',
        path: 'public/vendor/chart-lite.min.js',
        code: `var t={password:"",secret:⟦"chartlite"⟧,token:null};\n`,
        severity: 'info',
        messageIncludes: ['in vendored third-party code'],
      },
      {
        name: 'a fill-me-in placeholder used as the live value',
        path: 'src/config.ts',
        code: `export const config = { cookieSecret: ⟦'session_secret_key_here'⟧ };\n`,
        severity: 'warning',
        confidence: 'name-only',
        messageIncludes: ['placeholder never filled in'],
      },
    ],
  },
  yaml: {
    valid: [
      { name: 'a generated root password, a state', path: 'docker-compose.yml', code: 'services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_RANDOM_ROOT_PASSWORD: "yes"\n' },
      { name: 'CI secrets from the store', path: '.github/workflows/ci.yml', code: 'jobs:\n  test:\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n' },
      {
        name: "`secrets:` as a collection: a reusable workflow's `secrets: inherit`, a compose service's secret names",
        path: '.github/workflows/release.yml',
        code: 'jobs:\n  deploy:\n    uses: acme/shared/.github/workflows/deploy.yml@v2\n    secrets: inherit\n',
      },
      {
        name: "a compose service's list of Docker secret names",
        path: 'docker-compose.prod.yml',
        code: 'services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_root_password, db_password]\n',
      },
      { name: 'a value that names the only stage it works in', path: '.github/workflows/ci.yml', code: 'jobs:\n  test:\n    env:\n      JWT_SECRET: ci-only-secret\n' },
      { name: 'a dev-only Rails key base in compose', path: 'docker-compose.yml', code: 'services:\n  web:\n    environment:\n      SECRET_KEY_BASE: dev-only-secret-key-base\n' },
      {
        name: "a Secret's entry named under secretKeyRef: a reference, not a value",
        path: 'k8s/deployment.yaml',
        code: 'env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef: { name: orders-secrets, key: database-url }\n  - name: SIGNING_KEY\n    valueFrom:\n      secretKeyRef:\n        name: orders-secrets\n        key: signing-key-v2\n',
      },
      {
        name: "an htpasswd line: a user and the bcrypt hash of their password, not the password",
        path: 'deploy/registry.yml',
        code: 'registry:\n  auth:\n    htpasswd: "ci:$2y$05$Qm3vT8xK2pLw9RzN4sYb7uHcE1qT5uJ3oD6fG0hIaKx8Lm2nPq4rS"\n',
      },
      { name: 'a token filled by counting out hex digits', path: 'inventory/netbox.yml', code: 'plugin: netbox.netbox.nb_inventory\napi_endpoint: http://localhost:8000\ntoken: 0123456789abcdef0123456789abcdef01234567\n' },
    ],
    invalid: [
      {
        name: 'a generated value under a `secrets` key is still a secret',
        path: 'config/app.yml',
        code: `signing:\n  secrets: ⟦${HEX_SECRET}⟧\n`,
      },
      {
        name: "a guess in Ansible Molecule's scenario playbook (a test run against throwaway hosts): information",
        path: 'roles/mongodb_auth/molecule/default/converge.yml',
        code: '- hosts: all\n  vars:\n    mongodb_admin_pwd: ⟦"Wm4kTz9qLp2x"⟧\n',
        severity: 'info',
        confidence: 'name-only',
      },
      {
        name: "a guess in a collection's changelog (release notes, docs scope): information",
        path: 'changelogs/changelog.yaml',
        code: 'releases:\n  0.3.0:\n    plugin_token: ⟦Zq8vKx2mWp4nRt6y⟧\n',
        severity: 'info',
        confidence: 'name-and-entropy',
      },
      {
        name: 'a KEY=value list in CI env',
        path: '.drone.yml',
        code: `steps:\n  - name: test\n    image: node:20\n    env:\n      - APP_SECRET=⟦${HEX_SECRET}⟧\n      - LOG_LEVEL=info\n`,
      },
    ],
  },
  python: {
    valid: [
      { name: "a URL template written in Portuguese", path: 'app/config.py', code: `DATABASE_URL = "postgresql://usuario:senha@db.acme.com.br:5432/loja"\n` },
      { name: "Postman's generated request: its Postman-Token header is a random UUID per request", path: 'app/tasks.py', code: `headers = {\n    "cache-control": "no-cache",\n    "postman-token": "3f0c2a9e-8b1d-4c6e-9f2a-7d5b1e0c4a38",\n}\nresponse = requests.request("GET", url, headers=headers)\n` },
      { name: "a method called on an SDK client class with an API version (Azure's models())", path: 'plugins/module_utils/azure_common.py', code: `def authorization_models():\n    return AuthorizationManagementClient.models("2020-04-01-preview")\n` },
      { name: "a parameter map from snake_case keys to an API's camelCase fields", path: 'plugins/modules/grid_certificate.py', code: `PARAMETER_MAP = {\n    "server_certificate": "serverCertificateEncoded",\n    "private_key": "privateKeyEncoded",\n}\n` },
      { name: "a generated model's attribute map: each field's wire name under `key`", path: 'azure/mgmt/network/models/_models_py3.py', code: `class VpnClientConfiguration(Model):\n    _attribute_map = {\n        "radius_server_secret": {"key": "radiusServerSecret", "type": "str"},\n        "ipsec_encryption": {"key": "ipsecEncryption", "type": "str"},\n    }\n` },
      { name: "a generated model's shortened wire names, its subtype map's class names, API versions by date, an RBAC action's path", path: 'azure/keyvault/_generated/models/_models_py3.py', code: `class CertificateBundle(Model):\n    _attribute_map = {\n        "secret_properties": {"key": "secret_props", "type": "SecretProperties"},\n        'decryption': {'key': 'decryption', 'type': 'str'},\n    }\n    _subtype_map = {"type": {"secret": "SecretAuthInfo", "awsCreds": "AwsCredsAuthenticationDetailsProperties", "Credential": "PSCredentialExecutionParameter"}}\n\nAPI_VERSIONS = {'live_token': '2021-10-14'}\n\nclass DataAction(str, Enum):\n    READ_HSM_SECURITY_DOMAIN_TRANSFER_KEY = "Microsoft.KeyVault/managedHsm/securitydomain/transferkey/read"\n` },
      { name: 'a long enum constant spelled again with other word breaks', path: 'azure/mgmt/compute/models/_enums.py', code: `class SecurityEncryptionTypes(str, Enum):\n    CONFIDENTIAL_VM_VMGUEST_STATE_ONLY_ENCRYPTED_WITH_PLATFORM_KEY = (\n        "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey"\n    )\n` },
      { name: "a repr's format naming its fields, the password a slot before the list's comma", path: 'azure/ai/metricsadvisor/models/_patch.py', code: `class WebNotificationHook:\n    def __repr__(self):\n        return (\n            "WebNotificationHook(id={}, hook_type={}, "\n            "endpoint={}, username={}, password={}, certificate_key={}, certificate_password={})".format(\n                self.id, self.hook_type, self.endpoint, self.username, self.password, self.certificate_key, self.certificate_password\n            )\n        )\n` },
      { name: 'a field type tag under a password key', path: 'module_utils/devicerules.py', code: `RULES = {\n    "bgp_neighbor_password": "TEXT:",\n}\n` },
      { name: 'a SQL fragment quoting a %s slot, in a list of NAME=value items', path: 'plugins/modules/mysql_replication.py', code: `def changemaster(chm, primary_password):\n    chm.append("MASTER_PASSWORD='%s'" % primary_password)\n` },
    ],
    invalid: [
      { name: "the one argument of an API client's constructor", path: 'mailer.py', code: `client = PostmarkClient(⟦"947fe9af-af6d-4992-85f1-d3a134cbc9ef"⟧)\n`, confidence: 'sink' },
      { name: 'a quoted value in a list of NAME=value items', path: 'deploy/run.py', code: `ENV = ["DB_PASSWORD='⟦Xq9mLp2vRt7w⟧'", "LOG_LEVEL=info"]\n` },
      { name: "a camelCase value that only starts like its key: a typed secret", path: 'settings.py', code: `KEYS = {"private_key": ⟦"privateKey9Xq2mLw"⟧}\n` },
      { name: 'a chosen secret of capitalised words that starts like its name but names no kind of class', path: 'config/auth.py', code: `JWT = {"secret": ⟦"SecretKeyToGenJWTs"⟧}\n` },
      { name: 'a key nested under a field it does not spell', path: 'settings.py', code: `VAULT = {"radius_server": {"secret": ⟦"radiusQx7TmW2pLk9Z"⟧}}\n` },
    ],
  },
  json: {
    valid: [
      { name: 'a translation file', path: 'src/locales/zh.json', code: '{ "MANDATORY_PASSWORD": "请提供密码", "Confirm Password": "确认密码" }\n' },
      { name: 'a collection header from a variable', path: 'postman/api.postman_collection.json', code: '{ "header": [{ "key": "Authorization", "value": "Bearer {{token}}" }] }\n' },
    ],
    invalid: [
      {
        name: 'Basic credentials in a committed collection',
        path: 'postman/api.postman_collection.json',
        code: `{ "header": [{ "key": "Authorization", "value": ⟦"Basic ${BASIC}"⟧ }] }\n`,
      },
    ],
  },
  dotenv: {
    valid: [
      {
        name: 'a Firebase web key under a public prefix',
        path: '.env.production',
        code: 'NEXT_PUBLIC_FIREBASE_API_KEY=AIzaSyB3x9Qw2Lm7Tz4Vb8Nc1Wd6Yh0Jf5Gs2Ae\n',
        options: { gitIgnored: true },
      },
      {
        name: "a Firebase web key under Vue CLI's public prefix, and under Vite's written in lower case (one table of browser prefixes: notSecretNames.ts)",
        path: '.env.production',
        code: 'VUE_APP_FIREBASE_API_KEY=AIzaEc9RCsK7E7y67IuZW2oc0fXUrmp594jeT5r\nvite_firebase_api_key=AIzaEc9RCsK7E7y67IuZW2oc0fXUrmp594jeT5r\n',
        options: { gitIgnored: true },
      },
      {
        name: "a test runner's env file, committed by design (Symfony, Laravel)",
        path: '.env.test',
        code: "KERNEL_CLASS='App\\Kernel'\nSYMFONY_DEPRECATIONS_HELPER=999999\n",
        options: { gitIgnored: false },
      },
    ],
    invalid: [],
  },
  dockerfile: {
    valid: [
      {
        name: 'a build-only dummy key for one build command',
        path: 'Dockerfile',
        code: 'FROM python:3.12-slim\nRUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput\n',
      },
      {
        name: "a stage's name as the throwaway key of a build step",
        path: 'Dockerfile',
        code: 'FROM python:3.12-slim\nRUN DJANGO_SECRET_KEY=build python manage.py collectstatic --noinput\nRUN SECRET_KEY_BASE=production bundle exec rails assets:precompile\n',
      },
    ],
    invalid: [],
  },
};
