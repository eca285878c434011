// How config files are read (probe24c): an INI value before its inline comment, env reads written in code where
// only text is read (YAML without ERB), the user beside a password in JSON as elsewhere, a `production:` stage
// block, Yii2's test-run configs, a bare `key` beside the account it opens, the secret half of an AK/SK pair,
// Alibaba's legacy 16-character key id, `<digits><Word>` passwords in URLs and a `.env` rendered from a Blade view.
// Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const ACCOUNT_KEY = '0R0AHGdkDKpNutwbgMkN+CA2ZS6aZ6XL+/IO+fpse6OgVG5Y+fpm5WdxAKJ2jLzfkBQqENycbWZWlHDVKU5ZUA==';

export const CONFIG_READING_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  ini: {
    valid: [
      {
        name: 'an empty value before its inline comment, a reference with one after it, a `#` inside a word',
        path: 'conf/app.ini',
        code: '[redis]\nPassword =            # none on the private network\n[app]\nJwtSecret = ${JWT_SECRET}  # set on the host\nRunMode = release # debug | release\nColor = #336699\n',
      },
    ],
    invalid: [
      {
        name: "go-ini and configparser end a bare value at ` # …` and ` ; …`: the password is the value before the comment",
        path: 'conf/app.ini',
        code: '[database]\nUser = blog\nPassword = ⟦i1ednIHFjlkc4rgK⟧  # production password, rotate yearly\n[app]\nJwtSecret = ⟦SxwpNlF9NIu76wtC⟧ ; signs the admin tokens\n',
      },
      {
        name: "a bare `token` named by its section: a WeChat Official Account's server Token",
        path: 'conf/app.ini',
        code: '[wechat]\nAppID = wx4f2a9c01d7e3b5a8\nToken = ⟦tat3uzWk45r1⟧   ; server config token\n',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a YAML value written as a Ruby or Python env read without ERB: a broken reference at worst, no secret",
        path: 'config/cloudinary.yml',
        code: "development:\n  api_key: ENV['CLOUDINARY_API_KEY']\n  api_secret: ENV.fetch(\"CLOUDINARY_API_SECRET\", nil)\nproduction:\n  api_secret: os.getenv('CLOUDINARY_API_SECRET')\n  password: getenv('SMTP_PASSWORD')\n",
      },
      {
        name: "an AK/SK pair's public half, a DynamoDB sort key, and a bare `key` beside an account that holds a name",
        path: 'config/application.yml',
        code: "qiniu_ak: 'VXFVaNIOdbRG8di1UJNgIrR8uflfV3gFi2AgWUic'\ntable:\n  pk: 'USER#42'\n  gsi1_sk: 'ORDER#2024-06-01#Lv7v3aScVoA3gZKF'\ncosmos:\n  accountName: orders-history\n  key: orders-partition\n",
      },
    ],
    invalid: [
      {
        name: "a Rails database.yml's `production:` block with the user's name as its password: a warning (information in `development:`)",
        path: 'config/database.yml',
        code: 'production:\n  adapter: mysql2\n  username: kodo\n  password: ⟦kodo⟧\n  host: localhost\n',
        severity: 'warning',
      },
      {
        name: "a digit run in the shared `default:` block of a database.yml with only `development:` and `test:`: information, as in `development:`",
        path: 'config/database.yml',
        code: 'default: &default\n  adapter: mysql2\n  username: root\n  password: ⟦123456⟧\n  host: 127.0.0.1\n\ndevelopment:\n  <<: *default\n  database: blog_development\n\ntest:\n  <<: *default\n  database: blog_test\n',
        severity: 'info',
      },
      {
        name: 'the same digit run in a `default:` block that `production:` merges: a warning',
        path: 'config/database.yml',
        code: 'default: &default\n  adapter: mysql2\n  username: root\n  password: ⟦123456⟧\n\ndevelopment:\n  <<: *default\n\nproduction:\n  <<: *default\n  database: blog_production\n',
        severity: 'warning',
      },
      {
        name: "the secret half of a cloud AK/SK pair under the Chinese clouds' abbreviation (`qiniu_sk`, `sms_sk`)",
        path: 'config/application.yml',
        code: "qiniu_ak: 'Lv7v3aScVoA3gZKFxpsTvkzgqy6DAfBVmVCUx5xZ'\nqiniu_sk: ⟦'VXFVaNIOdbRG8di1UJNgIrR8uflfV3gFi2AgWUic'⟧\nsms_sk: ⟦'oXqpMEaYQQ0dsEB1uE1v2Z1Y2bICqJ'⟧\n",
      },
      {
        name: "an Azure Cosmos DB account key under a bare `key` beside the account's name",
        path: 'config/cosmos.yml',
        code: `cosmos:\n  accountName: orders-history\n  key: ⟦${ACCOUNT_KEY}⟧\n`,
      },
    ],
  },
  json: {
    valid: [],
    invalid: [
      {
        name: "TypeORM's ormconfig.json with the user's name as its password to a compose host: information, as in ormconfig.js and YAML",
        path: 'ormconfig.json',
        code: '{\n  "type": "postgres",\n  "host": "postgres",\n  "username": "orders",\n  "password": ⟦"orders"⟧,\n  "database": "orders"\n}\n',
        severity: 'info',
      },
      {
        name: 'an Azure Storage account key under a bare `key` beside the account',
        path: 'config/storage.json',
        code: `{\n  "account": "ordersinvoices",\n  "key": ⟦"${ACCOUNT_KEY}"⟧\n}\n`,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a bare `key` beside an endpoint that is a cache key, not the account key',
        path: 'src/config/cache.js',
        code: "module.exports = { endpoint: 'https://cache.internal:6380', key: 'invoices:list:v2' };\n",
      },
    ],
    invalid: [
      {
        name: "CosmosClient's `{ endpoint, key }` and `{ accountName, key }`: the account key (88 base64 characters)",
        path: 'server/config/cosmos.js',
        code: `module.exports = {\n  accountName: 'shop-cosmos',\n  key: ⟦'${ACCOUNT_KEY}'⟧,\n};\n`,
      },
      {
        name: "an Atlas URL's `<digits><Word>` password: a weak password in use, not a placeholder",
        path: 'config/keys.js',
        code: "const legacy = 'mongodb+srv://shopadmin:⟦913Abc⟧@cluster0.x7k2q.mongodb.net/shop';\n",
        severity: 'warning',
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: "Yii2's test-run configs, merged only by the Codeception suite: the test run's own key is information",
        path: 'common/config/codeception-local.php',
        code: "<?php\nreturn ['components' => ['request' => ['cookieValidationKey' => ⟦'LKt4zUCLZ2QxIcEUSzYHPho6li9teTk5'⟧]]];\n",
        severity: 'info',
      },
      {
        name: "Alibaba Cloud's legacy AccessKey ID, `LTAI` and 12 more, known by its format",
        path: 'common/config/params.php',
        code: "<?php\nreturn ['aliyunSms.accessKeyId' => ⟦'LTAI8xBfXbiOlSS5'⟧];\n",
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      {
        name: "a Laravel installer's env.blade.php, the .env it renders: its slots are filled in, a known token format is reported",
        path: 'resources/views/installer/env.blade.php',
        code: 'APP_KEY={{ $appKey }}\nDB_PASSWORD={{ $dbPassword }}\nMAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD=⟦58853c8b0baac44525bd43f4ea6853a7-cd325b46-a084c952⟧\n',
      },
    ],
  },
  go: {
    valid: [],
    invalid: [
      {
        name: "WeChat's server Token as apps name it (`TokenSign`), joined into the callback's sha1 signature",
        path: 'internal/wechat/callback.go',
        code: 'package wechat\n\nconst TokenSign = ⟦"qGGYsuTzXFAQ"⟧\n',
      },
    ],
  },
};
