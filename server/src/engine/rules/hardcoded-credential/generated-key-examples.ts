// Generated keys that read as digits, keys known by their prefix or their vendor's name (batches R, S
// and T: Egg.js, Midway, Alibaba Cloud, Apollo GraphOS, Telegram's api_hash). Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const GENERATED_KEY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: 'timestamps and digits under names that are no key, keys read from the environment',
        path: 'config/config.default.js',
        code: `module.exports = appInfo => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS || '';
  config.name = appInfo.name + '_8986484434367_3937';
  config.cluster = { listen: { port: 7001 } };
  config.version = '7937965849414_7900';
  return config;
};
`,
      },
    ],
    invalid: [
      {
        name: "Egg's generated cookie-signing keys, appended to the app's name",
        path: 'config/config.default.js',
        code: `module.exports = appInfo => {
  const config = exports = {};
  config.keys = appInfo.name + ⟦'_2399071903528_4695'⟧;
  return config;
};
`,
      },
      {
        name: 'an Apollo GraphOS graph API key given to the gateway',
        path: 'gateway.js',
        code: `const server = new ApolloServer({ gateway, apollo: { key: ⟦'service:shop-graph:Xq76yl1-KkX3BziHkzLZq4'⟧, graphRef: 'shop-graph@current' } });
`,
      },
      {
        name: "an Alibaba Cloud AccessKey ID beside its secret (Egg's config.oss)",
        path: 'config/config.default.js',
        code: `config.oss = { client: { accessKeyId: ⟦'LTAI5tylSRPfTQmS5eJZYM0c'⟧, accessKeySecret: ⟦'JK2fUr9V4xCScbJ9EdFx93lDDA8w'⟧, bucket: 'mall-img' } };
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a hash that is computed or names an algorithm, an api_hash read from the environment, a user with a blank password',
        path: 'app/telegram.py',
        code: `import hashlib, os
API_HASH_ALGORITHM = "sha256"
password_hash = hashlib.sha256(b"x").hexdigest()
api_hash = os.environ["TG_API_HASH"]
requests.get(url, auth=("admin", ""))
requests.get(url, auth=(os.environ["BAMBOO_KEY"], "x"))
`,
      },
    ],
    invalid: [
      {
        name: "an API key given as the basic-auth user with a blank password (BambooHR's 'x')",
        path: 'integrations/bamboo.py',
        code: `import requests
requests.get(url, auth=(⟦"ebaa977c026ffc78d8cb1e4a08899d551a585620"⟧, "x"), timeout=30)
`,
      },
      {
        name: "Telegram's api_hash beside its api_id (Telethon, Pyrogram)",
        path: 'bot.py',
        code: `from telethon import TelegramClient
API_ID = 20294655
API_HASH = ⟦"8cc602b9f9d52ead2ded0b0d871d17f3"⟧
client = TelegramClient("digest", API_ID, API_HASH)
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a plain user with a blank password, a key read from the environment',
        path: 'app/services/lever_client.rb',
        code: `class LeverClient
  include HTTParty
  basic_auth ENV.fetch('LEVER_API_KEY'), ''
  basic_auth 'guest', ''
end
`,
      },
    ],
    invalid: [
      {
        name: "HTTParty's basic_auth with the API key as the user and a blank password (Lever)",
        path: 'app/services/lever_client.rb',
        code: `class LeverClient
  include HTTParty
  base_uri 'https://api.lever.co/v1'
  basic_auth ⟦'hSTnjnSXFVCG33Dq9GHQ4Dc4'⟧, ''
end
`,
      },
    ],
  },
  typescript: {
    valid: [],
    invalid: [
      {
        name: "Midway's generated keys, and a Tencent Cloud SecretKey beside its SecretId (the id is not a format of its own)",
        path: 'src/config/config.default.ts',
        code: `export default {
  keys: ⟦'6622453438675_4781'⟧,
  tencentSms: { secretId: 'AKIDav5uOQQaaKqXEgWYi0wXKwTRRpGqL9BG', secretKey: ⟦'X10Qy3OORjAR1UWCLuHMaITbW7Y4Xl5j'⟧ },
};
`,
      },
    ],
  },
};
