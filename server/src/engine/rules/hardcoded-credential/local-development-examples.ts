// Config that only local development loads (a framework's dev/local settings file, a `dev` stage
// block, Symfony's committed `.env` defaults): a chosen word there is information, as a stock
// container password is; a generated value or a known format keeps its severity. A test stage block
// and a Drone test pipeline are the tests' config; the app's own signing key in a development or test
// block is information whatever it looks like. Also values that say they are local only, Drone's
// from_secret references, Algolia's search-only key beside its admin key, configparser's .cfg files. The other way
// round, a stock password in config only production loads (`application-prod.yml`) is a warning.
// Values are generated.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const LOCAL_NOTE = 'only local development loads';

const chosenWordLocally = (name: string, path: string, code: string, options: Pick<InvalidExample, 'options'> = {}): InvalidExample => ({
  name,
  path,
  code,
  severity: 'info',
  confidence: 'name-only',
  messageIncludes: [LOCAL_NOTE],
  ...options,
});

export const LOCAL_DEVELOPMENT_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  properties: {
    valid: [],
    invalid: [
      // probe27: a short run of digits a developer typed for a local MySQL is a local default as a chosen word is,
      // and a profile split per concern (`jdbc-dev`, which a `dev` profile group includes) is a development profile.
      chosenWordLocally(
        'a per-concern Spring dev profile with a few digits for the local database',
        'src/main/resources/application-jdbc-dev.properties',
        'spring.datasource.url=jdbc:mysql://127.0.0.1:3306/blog\nspring.datasource.username=root\nspring.datasource.password=⟦518204⟧\n',
      ),
      chosenWordLocally('a local mail profile with a short digit password', 'src/main/resources/application-mail-local.properties', 'spring.mail.password=⟦7391⟧\n'),
      {
        name: "a per-concern production profile's digits keep their severity",
        path: 'src/main/resources/application-jdbc-prod.properties',
        code: 'spring.datasource.password=⟦64019352⟧\n',
        severity: 'error',
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a key that says it is local only, with a suffix that makes it unique (Django's insecure prefix)",
        path: 'supportchat/settings/base.py',
        code: 'SECRET_KEY = "django-insecure-local-only-6c1f0e2b"\nSIGNING_KEY = "dev-only-key-7f3a"\n',
      },
    ],
    invalid: [
      {
        name: "Django's production settings with the image's stock password",
        path: 'shop/settings/production.py',
        code: 'import os\n\nDATABASES = {"default": {"HOST": os.environ["DB_HOST"], "USER": "postgres", "PASSWORD": ⟦"postgres"⟧}}\n',
        severity: 'warning',
        messageIncludes: ['only production loads'],
      },
      chosenWordLocally('a chosen word in Django local settings', 'shop/settings/local.py', 'EMAIL_HOST_PASSWORD = ⟦"mailhog-local-pass"⟧\n'),
      chosenWordLocally('a few digits in Django dev settings', 'shop/settings/dev.py', 'DATABASES = {"default": {"USER": "postgres", "PASSWORD": ⟦"580214"⟧}}\n'),
      {
        name: 'a generated password in dev settings is still an error, and a random Django key with no stage word is judged',
        path: 'museum/settings/dev.py',
        code: 'EMAIL_HOST_PASSWORD = ⟦"TRBrnuLQ4Ud8"⟧\nSECRET_KEY = ⟦"django-insecure-3k@1#w9!x0c$z2^v8n&m5b7q4r6t"⟧\n',
        severity: 'error',
      },
      {
        name: 'the same chosen word in settings every deploy loads is an error',
        path: 'shop/settings/production.py',
        code: 'EMAIL_HOST_PASSWORD = ⟦"mailhog-local-pass"⟧\n',
        severity: 'error',
      },
      {
        name: "local_settings.py that settings.py imports at its top level (`from .local_settings import *`): every deploy loads it",
        path: 'bookshop/local_settings.py',
        code: 'DATABASES = {"default": {"USER": "bookshop", "PASSWORD": ⟦"bookshop2024"⟧, "HOST": "mysql"}}\n',
        options: { settingsLoad: 'always' },
        severity: 'error',
      },
      chosenWordLocally("a settings module settings.py imports only under `if DEBUG:`, whatever its name", 'forum/settings_dev.py', 'EMAIL_HOST_PASSWORD = ⟦"mailpit-local"⟧\n', {
        options: { settingsLoad: 'development' },
      }),
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: "panique's HUGE loads config/config.<APPLICATION_ENV>.php: a run of digits in the development one is information",
        path: 'application/config/config.development.php',
        code: "<?php\n\ndefine('DB_HOST', '127.0.0.1');\ndefine('DB_USER', 'root');\ndefine('DB_PASS', ⟦'87654321'⟧);\n",
        severity: 'info',
        messageIncludes: [LOCAL_NOTE],
      },
      {
        name: "USBWebserver's stock MySQL login (root/usbw) at localhost: a product's documented default is information",
        path: 'application/config/database.php',
        code: "<?php\n$db['default']['hostname'] = 'localhost';\n$db['default']['username'] = 'root';\n$db['default']['password'] = ⟦'usbw'⟧;\n",
        severity: 'info',
      },
      chosenWordLocally(
        "CodeIgniter 3's development folder, read when ENVIRONMENT is development",
        'application/config/development/database.php',
        "<?php\n\n$db['default'] = array(\n\t'hostname' => 'localhost',\n\t'username' => 'shop',\n\t'password' => ⟦'shop-local-pass'⟧,\n);\n",
      ),
    ],
  },
  yaml: {
    valid: [
      {
        name: "Drone's and Woodpecker's from_secret names an entry of the CI's secret store",
        path: '.drone.yml',
        code: 'kind: pipeline\nname: release\nsteps:\n  - name: publish\n    image: node:20\n    environment:\n      NPM_TOKEN:\n        from_secret: npm_token\n    settings:\n      password:\n        from_secret: docker_password\n    commands:\n      - npm publish\n',
      },
      {
        name: "a Hugo theme's DocSearch box: the search-only key under the box's name",
        path: 'config/_default/params.yaml',
        code: 'docsearch:\n  appId: "R2IYF7ETH7"\n  apiKey: "599cec31baffa4868cae4e79f180729b"\n  indexName: "guides"\n',
      },
    ],
    invalid: [
      {
        name: "MinIO's quick-start minio123 in a local compose and Nacos' stock nacos/nacos console login: products' documented defaults are information",
        path: 'config-debug.yml',
        code: "nacos_host: 'localhost'\nnacos_name: 'nacos'\nnacos_password: ⟦'nacos'⟧\nminio:\n  access_key: minio\n  secret_key: ⟦minio123⟧\n",
        severity: 'info',
      },
      {
        name: "a stock password in config only production loads (the user's name too): a warning, not a local default",
        path: 'src/main/resources/application-prod.yml',
        code: 'spring:\n  datasource:\n    url: ${JDBC_URL}\n    username: root\n    password: ⟦root⟧\n',
        severity: 'warning',
        messageIncludes: ['only production loads'],
      },
      chosenWordLocally(
        "a Spring local profile's client secret",
        'admin/src/main/resources/application-local.yml',
        'spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-secret: ⟦local-keycloak-secret⟧\n',
      ),
      chosenWordLocally(
        "go-admin's development settings (settings.dev.yml beside settings.yml): a chosen JWT secret",
        'config/settings.dev.yml',
        'settings:\n  jwt:\n    secret: ⟦hr-portal-dev⟧\n    timeout: 3600\n',
      ),
      {
        name: "a config file's production twin (config.prod.yaml): a stock password there is a warning",
        path: 'configs/config.prod.yaml',
        code: 'data:\n  database:\n    user: root\n    password: ⟦root⟧\n',
        severity: 'warning',
        messageIncludes: ['only production loads'],
      },
      chosenWordLocally(
        "a Quarkus application.yaml's \"%dev\" profile block, which only quarkus dev loads",
        'src/main/resources/application.yaml',
        '"%prod":\n  quarkus:\n    datasource:\n      password: ${DB_PASSWORD}\n"%dev":\n  quarkus:\n    datasource:\n      password: ⟦claims-dev-pass⟧\n',
      ),
      chosenWordLocally('a development block of a stage-keyed config', 'config/mailer.yml', 'development:\n  smtp_password: ⟦mailcatcher-pass⟧\n'),
      chosenWordLocally("a deploy tool's local environment (helmfile)", 'environments/local/values.yaml', 'domain: platform.localhost\npostgresPassword: ⟦platform-local-pass⟧\n'),
      {
        name: "a test stage block: a chosen word is information, and so is the app's own generated key (it signs only the test run's cookies)",
        path: 'config/secrets.yml',
        code: 'test:\n  smtp_password: ⟦mailcatcher-pass⟧\n  secret_key_base: ⟦742e553ce22f2990a3641d6e3d3e23a04e1f34e5edd2fa8ac6fec6d815dd22d1⟧\n',
        severity: 'info',
      },
      {
        name: "Rails' generated secrets.yml: the development and test keys are information",
        path: 'config/secrets.yml',
        code: 'development:\n  secret_key_base: ⟦5d0c2b7e91a4f36c8e2d17b0a9f45c3e6b18d72a04f9c5e3b6a1d8f27c40e9b5a3d6f1c8e2b7a4d09f3c6e5b1a8d2f7c4e0b9a6d3⟧\n\ntest:\n  secret_key_base: ⟦a81f4c9e2b6d03f7c5e8a1b4d9f26c0e3a7b5d18f4c2e9a6b0d3f7c1e5a8b2d4f9c6e0a3b7d1f5c8e2a4b6d9f03c7e1a5b8d2f6⟧\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n',
        severity: 'info',
        messageIncludes: ["the app's own key"],
      },
      {
        name: "a development-only config file (a Go loader's config/local.yml): the app's own JWT key is information, however random; a service's token keeps its severity",
        path: 'config/local.yml',
        code: 'dsn: "postgres://127.0.0.1/orders?sslmode=disable"\njwt_signing_key: ⟦"Xq7vR2mK9pL4wT8nB3cY6hJ5fD1gA0sE"⟧\n',
        severity: 'info',
        messageIncludes: ["the app's own key"],
      },
      {
        name: "a service's random token in a development-only config file is still an error",
        path: 'config/local.yml',
        code: 'github_token: ⟦"c4a19e7f03b2d58e6a1f9c0b7d4e2a5f8c3b6d91"⟧\n',
        severity: 'error',
      },
      {
        name: "a production block's literal key is an error",
        path: 'config/secrets.yml',
        code: 'development:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n\nproduction:\n  secret_key_base: ⟦c3e8a1f6d2b9c4e07a5f1d8b3c6e9a2f4d7b0c5e8a1f3d6b9c2e4a7f0d5b8c1e6a3f9d2b7c4e0a8f5d1b6c3e9a2f7d4b0c5e8a1f⟧\n',
        severity: 'error',
      },
      {
        name: "a test stage block: a service's random token is more than the tests' own and keeps its severity",
        path: 'config/secrets.yml',
        code: 'test:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n  github_webhook_secret: ⟦c4a19e7f03b2d58e6a1f9c0b7d4e2a5f8c3b6d91⟧\n',
        severity: 'error',
      },
      {
        name: "a staging environment's values are a deploy's",
        path: 'environments/staging/values.yaml',
        code: 'postgresPassword: ⟦platform-staging-pass⟧\n',
        severity: 'error',
      },
      {
        name: "a Drone pipeline that runs the tests: its env is the tests' (a guess is information); a release pipeline's password is an error",
        path: '.drone.yml',
        code: 'kind: pipeline\nname: test\nservices:\n  - name: postgres\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦ci-drone-pass⟧\nsteps:\n  - name: test\n    image: node:20\n    environment:\n      JWT_SECRET: ⟦drone-test-jwt-secret⟧\n    commands:\n      - npm test\n---\nkind: pipeline\nname: release\nsteps:\n  - name: image\n    image: plugins/docker\n    settings:\n      username: drone-ci\n      password: ⟦OTBvPmKtFP27OMxq⟧\n    commands:\n      - docker push registry.example.com/app\n',
      },
      {
        name: "beside hexo-algolia's adminApiKey, the plain apiKey is the search-only key",
        path: '_config.yml',
        code: 'algolia:\n  appId: "H9N3BHWFN0"\n  apiKey: "86b236492a0898afac9542cd53ad484d"\n  adminApiKey: ⟦"17338e092a09d6855f809187829f1867"⟧\n  indexName: "fieldnotes"\n',
        severity: 'error',
      },
      {
        name: 'a plain apiKey with no admin key beside it is judged (gatsby-plugin-algolia indexes with it)',
        path: 'config/search.yml',
        code: 'algolia:\n  appId: "2FBGCO9M3I"\n  apiKey: ⟦"46d4e3a58ff14417ad220a67eff615f3"⟧\n  indexName: "handbook_pages"\n',
      },
    ],
  },
  json: {
    valid: [],
    invalid: [
      chosenWordLocally(
        "a Chalice dev stage's chosen word",
        '.chalice/config.json',
        '{\n  "stages": {\n    "dev": { "environment_variables": { "GITHUB_WEBHOOK_SECRET": ⟦"dev-webhook-secret"⟧ } }\n  }\n}\n',
      ),
      {
        name: "the prod stage's secret stays an error",
        path: '.chalice/config.json',
        code: '{\n  "stages": {\n    "prod": { "environment_variables": { "GITHUB_WEBHOOK_SECRET": ⟦"release-webhook-secret"⟧ } }\n  }\n}\n',
        severity: 'error',
      },
      {
        name: 'an admin key beside the search-only apiKey',
        path: 'search.json',
        code: '{ "algolia": { "appId": "H9N3BHWFN0", "apiKey": "86b236492a0898afac9542cd53ad484d", "adminApiKey": ⟦"17338e092a09d6855f809187829f1867"⟧ } }\n',
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      chosenWordLocally(
        "Symfony's committed defaults: a chosen passphrase",
        '.env',
        '###> symfony/framework-bundle ###\nAPP_ENV=dev\n###< symfony/framework-bundle ###\nJWT_PASSPHRASE=⟦acme_plugin_development⟧\n',
      ),
      {
        name: "Symfony's committed defaults: a generated secret stays an error",
        path: '.env',
        code: '###> symfony/framework-bundle ###\nAPP_SECRET=⟦4fd5c0e2a91b7f3d8e6c2b0a9f1e7d3c⟧\n###< symfony/framework-bundle ###\n',
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      chosenWordLocally('a chosen word in the Rails development environment', 'config/environments/development.rb', 'Rails.application.configure do\n  config.x.smtp_password = ⟦"mailcatcher-pass"⟧\nend\n'),
    ],
  },
  javascript: {
    valid: [{ name: 'a local-only value with a unique suffix', path: 'src/session.js', code: "app.use(session({ secret: 'dev-only-key-7f3a' }));\n" }],
    invalid: [
      chosenWordLocally("node-config's development file", 'config/development.js', "module.exports = { smtp: { password: ⟦'mailcatcher-pass'⟧ } };\n"),
      {
        name: 'a chosen word in a file the config takes back as the app is an error',
        path: 'config/development.js',
        code: "module.exports = { smtp: { password: ⟦'mailcatcher-pass'⟧ } };\n",
        options: { scopes: { app: ['config/development.js'] } },
        severity: 'error',
      },
    ],
  },
  ini: {
    valid: [{ name: "setup.cfg's metadata", path: 'setup.cfg', code: '[metadata]\nname = reports\nauthor_email = ops@reports.example\n\n[options]\npackages = find:\n' }],
    invalid: [
      {
        name: "configparser's .cfg files (Sopel's default.cfg): a NickServ password and a token",
        path: 'default.cfg',
        code: '[core]\nnick = opsbot\nauth_method = nickserv\nauth_password = ⟦MHHkejNSCiShCLQQ⟧\n\n[deploy]\ngithub_token = ⟦ghp_Vs05L6sK1vZ0AjdkSIub5K1oaRxiT6lGlBPG⟧\n',
      },
    ],
  },
};
