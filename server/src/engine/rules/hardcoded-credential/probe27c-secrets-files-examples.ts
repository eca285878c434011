// What held-out probe 27c found in the files of secrets (Figaro's config/application.yml, Rails' secrets.yml, a committed
// .env) and in development blocks, as patterns in every format they occur in: a generator's commented template is its
// documentation; a generated value under a name that says nothing is a key there; dotenv reads an upper-case word or a key
// file's name under a signing secret's name as the secret itself; a mail account's app password keeps its severity in a
// development block. Hard negatives beside them. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const NAMELESS = ['name says nothing of a credential'];

export const PROBE27C_SECRETS_FILES_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: "figaro install's template block: its example keys are the gem's documentation",
        path: 'config/application.yml',
        code: '# Add configuration values here, as shown below.\n#\n# pusher_app_id: "2954"\n# pusher_key: 692acd16a8d571f0d9c3\n# stripe_api_key: sk_test_MXwng0zJvAyKemBgy8O3yaGE\n#\n# production:\n#   stripe_api_key: sk_live_WaEaL2jWgbxZcbTMVMmgeAe4\n\nPAGE_SIZE: "25"\n',
      },
      {
        name: 'a Figaro file of settings: ids, a public key, a UUID under an id, a digest, a URL, a colour, numbers',
        path: 'config/application.yml',
        code: 'NEWS_APP_ID: "48213"\nNEWS_CLIENT_ID: ce617e30-7482-47a3-a892-a6dd5354ee6f\nMAPS_PUBLIC: Bq7XkT2mW9pLz4RnV8cY3hJd\nASSET_DIGEST: e217e76b23c8f0f9b8831e8986c25525c244b4a1\nFEED_URL: https://feeds.example.com/world/rss.xml\nHEADER_COLOUR: "#1f2a44"\nPAGE_SIZE: "25"\nTWILIO_ACCOUNT_SID: AC7d1f0e2b9c8a4e3f6b5d0c1a2e9f8b7d\n',
      },
      {
        name: "Spring's nested config/application.yml is no file of secrets: a generated-looking value under a plain name stays silent",
        path: 'config/application.yml',
        code: 'spring:\n  application:\n    name: ledger\nledger:\n  build-tag: 3kP9vQ2xL7mW4tZ8nR5cY1bH\n',
      },
      {
        name: 'words run together under a mail password in a development block stay a chosen word there (information is no finding of a valid example: test block)',
        path: 'config/application.yml',
        code: 'test:\n  GMAIL_USERNAME: newsdesk@example.com\n  GMAIL_PASSWORD: yourapppassword\n',
      },
    ],
    invalid: [
      {
        name: "a real key commented out after Figaro's template block is the app's own",
        path: 'config/application.yml',
        code: '# Add configuration values here, as shown below.\n#\n# stripe_api_key: sk_test_MXwng0zJvAyKemBgy8O3yaGE\n\n# old key, keep until billing moves\n# STRIPE_SECRET: ⟦sk_live_etlAZSVIS4dNZVWHJRZ1rUgb⟧\n',
        messageIncludes: ['commented-out line'],
      },
      {
        name: 'API keys named for their endpoints in a Figaro file, at the top and in stage blocks',
        path: 'config/application.yml',
        code: 'NYT_ARTICLE_SEARCH: ⟦62799e9b6006dac2f7bc69c9bbf18a30:7:73920144⟧\ndevelopment:\n  GUARDIAN_CONTENT: ⟦cbfdb83ef7b89344b57da3e0972cb7e4⟧\nproduction:\n  GUARDIAN_CONTENT: ⟦aba2776cb4726af5d417a8ccc3b08e23⟧\n',
        messageIncludes: NAMELESS,
        confidence: 'name-and-entropy',
      },
      {
        name: "a generated value under a plain name in Rails' secrets.yml",
        path: 'config/secrets.yml',
        code: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n  weather_feed: ⟦AkDRw5RQta4gsQmBocw2IHuFj4w2LdrP⟧\n',
        messageIncludes: NAMELESS,
      },
      {
        name: "a Google app password under a mail password's name in a Figaro development block keeps its severity",
        path: 'config/application.yml',
        code: 'development:\n  GMAIL_USERNAME: newsdesk.alerts@gmail.com\n  GMAIL_PASSWORD: ⟦ebizjiufervrmtdu⟧\n',
        severity: 'error',
      },
      {
        name: "the same app password as Google shows it, four groups of four, in a development block keeps its severity",
        path: 'config/application.yml',
        code: 'development:\n  SMTP_PASSWORD: ⟦"usup xtgo yils ewme"⟧\n',
        severity: 'error',
      },
      {
        name: "an app password in a compose service only the dev profile starts keeps its severity too: the report carries the key's name",
        path: 'docker-compose.yml',
        code: 'services:\n  worker-dev:\n    image: club/worker\n    profiles: [dev]\n    environment:\n      SMTP_PASSWORD: ⟦ttxjdyccogkgjqen⟧\n',
        severity: 'error',
      },
    ],
  },
  dotenv: {
    valid: [
      {
        name: 'references, capital placeholders, a path, names of files and key halves, plain settings in capitals',
        path: 'deploy/app.env',
        code: 'REFRESH_SECRET=${JWT_SECRET}\nCOOKIE_SECRET=$JWT_SECRET\nADMIN_SECRET=CHANGE_ME\nWEBHOOK_SECRET=YOUR_SECRET_HERE\nPAYMENT_SECRET=REPLACE_ME\nJWT_PRIVATE_KEY=keys/jwt-private.pem\nJWT_SECRET_FILE=jwt-secret.key\nTLS_KEY_FILE=server.key\nLOG_LEVEL=DEBUG\nMAIL_FROM=NO_REPLY\nDB_PASSWORD=POSTGRES_PASSWORD\n',
      },
      {
        name: "records in a vendor's catalogue or workspace: a price, a map style, a database's id, by name or by an object id's shape",
        path: '.env',
        code: 'STRIPE_PRICE_PRO=price_1pYxzmhLtxzi3fsSd5lHPkFa\nSTRIPE_UPGRADE=price_1pYxzmhLtxzi3fsSd5lHPkFa\nMAPBOX_STYLE=ckc3y5viyazcnlyoqnxmk2h8w\nNOTION_DATABASE=159198e1be6d525482ce2b87d2164277\n',
      },
      {
        name: "an access key or an OAuth consumer key is the public half beside its secret: silent under its own name",
        path: 'env',
        code: 'MINIO_ENDPOINT=localhost:9000\nMINIO_ACCESS_KEY=hHRuloXaR8NjldDb8XQ8\nTWITTER_CONSUMER_KEY=Xk3pQ9vR2mT7wL4zN8cY1bH5j\n',
      },
      {
        name: 'ids, a digest and a release under plain names in a committed env file',
        path: 'deploy/app.env',
        code: 'GA_MEASUREMENT_ID=G-7QX2LK9PZM\nSENTRY_RELEASE=9f3c2a1b8e7d6c5b4a39281706f5e4d3c2b1a0f9\nBUILD_SHA=e217e76b23c8f0f9b8831e8986c25525c244b4a1\nSTRIPE_PUBLISHABLE=pk_test_RBGXKQIkPgcFYhWjWPA6T3C5\n',
      },
    ],
    invalid: [
      {
        name: 'an upper-case word and a key file\'s name as signing secrets: dotenv reads them as they are written',
        path: 'deploy/app.env',
        code: 'SECRET_TOKEN_KEY = ⟦SHOWTIX_GATE⟧\nJWT_SECRET=⟦showtix-secret.key⟧\n',
        options: { gitIgnored: false },
        messageIncludes: ['"'],
      },
      {
        name: 'an API key under a name that says nothing, in a committed .env',
        path: '.env',
        code: '⟦PORT⟧=5000\nNYT_TOP_STORIES=⟦cfa8c24c34145c77a65718abdbc5391f⟧\n',
        options: { gitIgnored: false },
      },
    ],
  },
  python: {
    valid: [
      {
        name: "words run together under Django's mail password in dev settings: a chosen word there (information), not an issued one",
        path: 'club/settings/local.py',
        code: 'from .dev import *  # noqa\n\nEMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")\n',
      },
    ],
    invalid: [
      {
        name: "a Google app password under Django's mail password in settings/dev.py keeps its severity",
        path: 'club/settings/dev.py',
        code: 'DEBUG = True\nEMAIL_HOST_USER = "club.secretary.dev@gmail.com"\nEMAIL_HOST_PASSWORD = ⟦"rswluwfnifjgbspe"⟧\n',
        severity: 'error',
      },
      {
        name: "the same under Flask's config key in dev settings: the key's name, not the line's text, says it is a mail password",
        path: 'club/settings/dev.py',
        code: 'app.config["MAIL_USERNAME"] = "club.secretary.dev@gmail.com"\napp.config["MAIL_PASSWORD"] = ⟦"wgisznabpaqcfvre"⟧\n',
        severity: 'error',
      },
    ],
  },
  properties: {
    valid: [],
    invalid: [
      {
        name: "a Google app password as spring.mail.password in the dev profile keeps its severity; the datasource's chosen word is information",
        path: 'src/main/resources/application-dev.properties',
        code: 'spring.mail.username=club.mailer.dev@gmail.com\nspring.mail.password=⟦sxcibisfuypysikk⟧\n',
        severity: 'error',
      },
    ],
  },
};
