// API clients that take their token by position or under a bare `key`, in Ruby and JS/TS:
// `PagerDuty::Connection.new('…')`, `Dogapi::Client.new(key, app_key)`, `new Analytics('…')`,
// `algoliasearch(appId, '…')`, `mailgun.client({ key })`, Koa's `app.keys`, Hanami's
// `setting :x, default: '…'`; maps named for credentials in the plural (`SIGNING_SECRETS = { github: '…' }`),
// Faraday's token auth, keys encoded for jose, typed env getters' defaults (Strapi). Only generated
// values count where the name is weak; URLs, locales, ids and names there stay silent. Values are random.
import type { Examples } from '../../rule';

const ruby: Examples = {
  valid: [
    {
      name: 'URLs, locales and ids passed to client constructors; settings with a plain default',
      path: 'lib/clients.rb',
      code: `FARADAY = Faraday::Connection.new("https://api.partner.example")
GEO = Geocoder::Client.new("en", "metric")
DOGS = Dogapi::Client.new(ENV.fetch("DATADOG_API_KEY"), ENV.fetch("DATADOG_APP_KEY"))
MAIL = Mailgun::Client.new(key: ENV["MAILGUN_KEY"])
LOOKUP = Some::Client.new(key: "users")
TOKENS = { header: "X-Token", param: "access_token" }.freeze
WEBHOOK = { signature: "9f1c2e7a4b8d3f6a0c5e9b2d7a4f1c8e", body: payload }
conn.request :authorization, "Bearer", ENV.fetch("KYC_TOKEN")

class Settings < Hanami::Settings
  setting :log_level, default: "info"
  setting :api_key, constructor: Types::String
end
`,
    },
  ],
  invalid: [
    {
      name: "a client connection's only argument",
      path: 'config/initializers/pagerduty.rb',
      code: `PAGERDUTY = PagerDuty::Connection.new(⟦"YtTOYEChERYTBFr151p3"⟧)\n`,
      messageIncludes: ['API token', 'PagerDuty::Connection.new'],
      fix: { envName: 'PAGER_DUTY_API_TOKEN' },
    },
    {
      name: "the arguments after a client's first (an account id or a URL)",
      path: 'lib/metrics.rb',
      code: `DOGS = Dogapi::Client.new(ENV.fetch("DATADOG_API_KEY"), ⟦"920cc5401c67d40b8fd471f4d4d975375ec7cb41"⟧)
INFLUX = InfluxDB2::Client.new("https://influx.internal:8086", ⟦"8YjcKVuxBAUGP2IotIFFSFCU"⟧, bucket: "metrics")
`,
    },
    {
      name: "a bare key given to a client's constructor",
      path: 'lib/mailer.rb',
      code: `MAILGUN = Mailgun::Client.new(key: ⟦"bc04873b5e0303532b2108c781e7c2a0-e0afba86-f70fa2ba"⟧)\n`,
    },
    {
      name: 'the default of a declared setting (Hanami, dry-configurable)',
      path: 'config/settings.rb',
      code: `module Library\n  class Settings < Hanami::Settings\n    setting :openlibrary_api_key, default: ⟦"tv9iHZb0ZlIZo2y4zj1jWBfI04Oga5Qo"⟧, constructor: Types::String\n  end\nend\n`,
      messageIncludes: ['setting :openlibrary_api_key'],
    },
    {
      name: 'a frozen map of signing secrets, keyed by who sends the webhook',
      path: 'lib/webhook_app.rb',
      code: `SIGNING_SECRETS = {\n  "github" => ⟦"a8da10e3dd76f1a61eac94b670e9c7eaf0ffad23"⟧,\n  "shopify" => ENV["SHOPIFY_WEBHOOK_SECRET"]\n}.freeze\n`,
    },
    {
      name: "a gateway's API signature beside its password (PayPal classic credentials)",
      path: 'config/initializers/payments.rb',
      code: `GATEWAY = ActiveMerchant::Billing::PaypalExpressGateway.new(\n  login: "api1.shop.example",\n  password: ⟦"HX7PQ2LMW9RT4KVB"⟧,\n  signature: ⟦"Ab3dE5fG7hJ9kL1mN3pQ5rS7tV9xZ1bC3dF5gH7jK9mP1rT3vX5z"⟧\n)\n`,
    },
    {
      name: "Faraday's token authorization",
      path: 'app/services/kyc_client.rb',
      code: `Faraday.new(url: "https://api.kyc.example") do |f|\n  f.request :authorization, "Bearer", ⟦"t2uxmfBybly0CViEURzMzxtlfpxlIlEM2XXO9bFF"⟧\nend\n`,
      messageIncludes: ['API token'],
    },
  ],
};

const javascript: Examples = {
  valid: [
    {
      name: 'ids, URLs and module names passed by position; key lists of names',
      path: 'src/clients.ts',
      code: `import { ObjectId } from 'mongodb';
import algoliasearch from 'algoliasearch';
import createDebug from 'debug';
import { Client } from 'pg';
const id = new ObjectId('65a1b2c3d4e5f60718293a4b');
const search = algoliasearch('Q7XK2M9PLA', process.env.ALGOLIA_API_KEY!);
const debug = createDebug('app:server');
const pg = new Client('postgres://db.internal:5432/app');
const pick = { keys: ['id', 'name'] };
const local = new LocalCache('session-cache-2024-v1');
`,
    },
    {
      name: "algoliasearch's lite build can only search: the key an InstantSearch page gives it is the search-only key",
      path: 'src/pages/search.jsx',
      code: `import algoliasearch from 'algoliasearch/lite';\nconst searchClient = algoliasearch('H7QX2M9PLA', '5h4ODYVpNVjRI91fcnox90ArfyAN9PLQ');\n`,
    },
    {
      name: 'numbers and names of words passed to clients and package exports',
      path: 'src/runtime.ts',
      code: `import Long from 'long';
import { WASI } from 'node:wasi';
const MAX_U64 = BigInt('18446744073709551615');
const limit = Long.fromString('9223372036854775807', true);
const imports = new WasiConnection('wasi_snapshot_preview1', memory);
const loader = new ModuleClient('LE_HEAP_LOAD_F32', 'LE_HEAP_STORE_I64');
const heap = new HeapClient('UTF8ArrayToString', 'bigintToI53Checked');
`,
    },
    {
      name: "one short literal given to a package's export: a public app key, a salt, data (a write key is 32 characters or more)",
      path: 'src/realtime.ts',
      code: `import Pusher from 'pusher-js';
import Analytics from 'analytics-node';
import Hashids from 'hashids';
import md5 from 'md5';
import { v5 as uuidv5 } from 'uuid';
const pusher = new Pusher('f3c9a1b2d4e5f6a7b8c9', { cluster: 'eu' });
const analytics = new Analytics('ArHFCRWMIBTjgU60N8foQqpT536n', { flushAt: 20 });
const hashids = new Hashids('x7Kq9LmP2vR8sT4w', 8);
const digest = md5('3f9a8c2e1b7d4a6f9e0c5b2a8d7f1e3c');
const id = uuidv5('invoice-42', '1b671a64-40d5-491e-99b0-da01ff1f3341');
`,
    },
    {
      name: 'public keys, helpers imported by name, maps of header names, env getters without a literal',
      path: 'src/wallet.ts',
      code: `import { PublicKey } from '@solana/web3.js';
import { format } from 'date-fns';
const treasury = new PublicKey('9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin');
const day = format(new Date(), 'yyyy-MM-dd');
export const TOKENS = { header: 'X-Token', cookie: 'session-token' };
module.exports = ({ env }) => ({ app: { keys: env.array('APP_KEYS') } });
`,
    },
  ],
  invalid: [
    {
      name: "a vendor client's only string argument",
      path: 'src/mail.ts',
      code: `import * as postmark from 'postmark';\nexport const mail = new postmark.ServerClient(⟦'c7b44543-10bd-4d6f-a3dc-c03ac1ef05d0'⟧);\n`,
      messageIncludes: ['API token', 'new postmark.ServerClient'],
      fix: { envName: 'POSTMARK_API_TOKEN' },
    },
    {
      name: "a package's export given a generated token after an id",
      path: 'src/search.js',
      code: `const algoliasearch = require('algoliasearch');\nconst search = algoliasearch('Q7XK2M9PLA', ⟦'636582dcb09c3a0562b4e05854966747'⟧);\n`,
    },
    {
      name: 'a bare key given to a client factory',
      path: 'src/mailgun.js',
      code: `const Mailgun = require('mailgun.js');\nconst mg = new Mailgun(FormData).client({ username: 'api', key: ⟦'bc04873b5e0303532b2108c781e7c2a0-e0afba86-f70fa2ba'⟧ });\n`,
      messageIncludes: ['API key'],
    },
    {
      name: "Koa's cookie signing keys",
      path: 'src/app.js',
      code: `const Koa = require('koa');\nconst app = new Koa();\napp.keys = [⟦'b2b358034feae998554fda3106a82c2a10c61674741be100'⟧];\n`,
      messageIncludes: ['signing key'],
    },
    {
      name: 'an API key header written run together, and a sentence under a JWT holder',
      path: 'src/auth/constants.ts',
      code: `export const headers = { xapikey: ⟦'8YjcKVuxBAUGP2IotIFFSFCU'⟧ };\nexport const jwtConstants = { secret: ⟦'Keep this long sentence out of the repository please'⟧ };\n`,
    },
    {
      name: 'a class imported by name given an id and a secret, a map of API keys, a JWT key encoded for jose',
      path: 'src/services.ts',
      code: `import { Mux } from '@mux/mux-node';\nexport const mux = new Mux('c7b44543-10bd-4d6f-a3dc-c03ac1ef05d0', ⟦'scoWwVIx8SfLwBq8Sc0UxTLenSihfygH'⟧);\nexport const API_KEYS = { stripe: ⟦'CIJKNsqQ4xwwIh8CfRTurHrtn5yE'⟧ };\nconst JWT_KEY = new TextEncoder().encode(⟦'d284058145a47d2d9b5c8042f3d82a04c398db5cb8d9e510770dae109480f092'⟧);\n`,
    },
    {
      name: "the default of a typed env getter (Strapi's env.array)",
      path: 'config/server.js',
      code: `module.exports = ({ env }) => ({\n  app: { keys: env.array('APP_KEYS', [⟦'EIsXuAMcFt9UQIk2tc0DCxbYCrd6WJAq'⟧]) },\n});\n`,
    },
  ],
};

export const CLIENT_EXAMPLES: Readonly<Record<'ruby' | 'javascript' | 'typescript', Examples>> = { ruby, javascript, typescript: javascript };
