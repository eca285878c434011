// What held-out probe 25c found, as patterns in every language and config format they occur in: a template's
// `your_client_secret` in an app's settings file, the user's name as its password in a DSN with no address, two env
// fallbacks and a positional connect (information, as every login-equals-password pair), payment SDKs that take the
// merchant's key by position (WeChat Pay, Braintree), MySQLdb's low-level `_mysql.connect`, a number as the signing key,
// a payment gateway's `HashKey`/`HashIV` in code, Flask's `blueprints/` as app code, a salt that holds `${` by chance,
// and a base64 secret that opens with `/`. Hard negatives beside them. Values are generated for these examples.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const USER_AS_PASSWORD = ['It is the user name beside it'];
const NUMBER_KEY = ['a number or one repeated character', 'only key the app signs with'];

const loginBeside = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: USER_AS_PASSWORD });
const error = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'error' });

export const PROBE25C_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  ini: {
    valid: [
      {
        name: "beego's OAuth block left at its template values; a page size and an expiry beside a JWT secret read elsewhere",
        path: 'conf/app.ini',
        code: 'appname = forum\nrunmode = prod\n\n[oauth]\ngithub_client_id = your_client_id\ngithub_client_secret = your_client_secret\nweibo_app_secret = your_app_secret\n\n[app]\nPageSize = 10\nJwtExpireHours = 72\n',
      },
    ],
    invalid: [
      {
        name: "go-sql-driver's DSN with no address whose password is its user: the driver's local default",
        path: 'conf/app.ini',
        code: '[orm]\ndriver_name = mysql\ndata_source = forum:⟦forum⟧@/forum?charset=utf8\n',
        severity: 'info',
      },
      error("go-gin-example's three-digit JWT secret in go-ini's app.ini", 'conf/app.ini', '[app]\nPageSize = 10\nJwtSecret = ⟦417⟧\n'),
    ],
  },
  javascript: {
    valid: [
      {
        name: "a Redis hash's key name and a gateway's keys read from the environment",
        path: 'src/payment/newebpay.js',
        code: "const cache = { hashKey: 'orders:pending', ttl: 600 };\nconst gateway = { hashKey: process.env.NEWEBPAY_HASH_KEY, hashIV: process.env.NEWEBPAY_HASH_IV };\nmodule.exports = { cache, gateway };\n",
      },
    ],
    invalid: [
      loginBeside(
        'two env fallbacks of a pair, the password the user',
        'utils/config.js',
        "module.exports = {\n  MONGO_USERNAME: process.env.MONGO_USERNAME || 'admin',\n  MONGO_PASSWORD: process.env.MONGO_PASSWORD || ⟦'admin'⟧,\n};\n",
      ),
      loginBeside(
        "a pool's user and password as fallbacks of their own env reads",
        'src/db.js',
        "const pool = {\n  user: process.env.PG_USER || 'kennel',\n  password: process.env.PG_PASSWORD || ⟦'kennel'⟧,\n};\nmodule.exports = pool;\n",
      ),
      error(
        'a generated fallback beside a login stays an error',
        'src/db.js',
        "const rabbit = {\n  username: process.env.RABBIT_USER || 'stock',\n  password: process.env.RABBIT_PASSWORD || ⟦'p7Tq2Wv9Lm4Xz8Rk'⟧,\n};\nmodule.exports = rabbit;\n",
      ),
      loginBeside("Sequelize's positional login, the password the user", 'src/db.js', "const { Sequelize } = require('sequelize');\nmodule.exports = new Sequelize('shop', 'shop', ⟦'shop'⟧, { host: 'localhost', dialect: 'mysql' });\n"),
      error("a payment gateway's HashKey set on its object", 'src/payment/gateway.js', "const gateway = { merchantId: 'MS10293847' };\ngateway.hashKey = ⟦'Jc2lHpKBgEhwpfl3IxvPOeoNPFJSEaUj'⟧;\nmodule.exports = gateway;\n"),
      {
        name: "cookie-parser's secret as a counting run",
        path: 'server.js',
        code: "const express = require('express');\nconst cookieParser = require('cookie-parser');\nconst app = express();\napp.use(cookieParser(⟦'01234567'⟧));\n",
        messageIncludes: NUMBER_KEY,
      },
    ],
  },
  go: {
    valid: [
      {
        name: "WeChat Pay's merchant key read from the environment",
        path: 'pay/client.go',
        code: 'package pay\n\nimport (\n\t"os"\n\n\t"github.com/objcoding/wxpay"\n)\n\nfunc Client() *wxpay.Client {\n\treturn wxpay.NewClient(wxpay.NewAccount(os.Getenv("WX_APP_ID"), os.Getenv("WX_MCH_ID"), os.Getenv("WX_API_KEY"), false))\n}\n',
      },
    ],
    invalid: [
      error(
        "objcoding/wxpay's merchant API key by position",
        'pay/client.go',
        'package pay\n\nimport "github.com/objcoding/wxpay"\n\nfunc Client() *wxpay.Client {\n\treturn wxpay.NewClient(wxpay.NewAccount("wx97533f806ef26663", "1367214012", ⟦"YHo72SBy8zCG5kDwWk7lpDV75Hkioeye"⟧, false))\n}\n',
      ),
      loginBeside('net/smtp PlainAuth: the password the user before it', 'mail/auth.go', 'package mail\n\nimport "net/smtp"\n\nvar auth = smtp.PlainAuth("", "relay", ⟦"relay"⟧, "localhost")\n'),
      error(
        "Postmark's server token as both user and password is that token, no local default",
        'mail/auth.go',
        'package mail\n\nimport "net/smtp"\n\nvar auth = smtp.PlainAuth("", "b7d3e1f0-4a2c-4e9b-9f11-3c5d7a8e2b64", ⟦"b7d3e1f0-4a2c-4e9b-9f11-3c5d7a8e2b64"⟧, "smtp.postmarkapp.com")\n',
      ),
      error(
        "gopay's WeChat client: the API key third",
        'pay/gopay.go',
        'package pay\n\nimport "github.com/go-pay/gopay/wechat"\n\nvar client = wechat.NewClient("wx5f3c0b6e2a71d904", "1608843321", ⟦"zh5kTL4yXh3P34viVDTKQROWSZwb1bw9"⟧, true)\n',
      ),
    ],
  },
  python: {
    valid: [
      {
        name: "MySQLdb's low-level connect reading its password from the environment",
        path: 'app/db.py',
        code: 'import os\nfrom MySQLdb import _mysql\n\nconn = _mysql.connect(os.environ["DB_HOST"], "shop", os.environ["DB_PASSWORD"], "shop")\n',
      },
    ],
    invalid: [
      error("MySQLdb's low-level connect with the password third", 'app/db.py', 'from MySQLdb import _mysql\n\nconn = _mysql.connect("db.internal", "reporter", ⟦"Wpa9TxFjsuYHAZ"⟧, "shop")\n'),
      loginBeside(
        "a positional connect whose password is the user before it",
        'app/db.py',
        'import MySQLdb\n\nconn = MySQLdb.connect("localhost", "warehouse", ⟦"warehouse"⟧, "warehouse")\n',
      ),
      error("wechatpy's WeChatPay: the API key second", 'app/pay.py', 'from wechatpy.pay import WeChatPay\n\npay = WeChatPay("wx4e1b9c70d2a58f36", ⟦"I0Lz1Ee39afeGNSP8SrOXa0SnxZ6xPBd"⟧, "1580012345")\n'),
      error(
        "a Flask blueprint module is the app's code, not an example",
        'app/blueprints/auth.py',
        "from flask import Blueprint\nfrom app import app\n\nauth = Blueprint('auth', __name__)\napp.config['MYSQL_PASSWORD'] = ⟦'t1klwnsOL6X0WQ'⟧\n",
      ),
    ],
  },
  ruby: {
    valid: [
      {
        name: "a gateway's keys from the environment; a Redis hash's key name",
        path: 'app/services/checkout.rb',
        code: 'class Checkout\n  def initialize\n    @hash_key = ENV.fetch("ECPAY_HASH_KEY")\n  end\n\n  def redis_key(id)\n    hash_key = "donation:#{id}"\n    hash_key\n  end\nend\n',
      },
    ],
    invalid: [
      error(
        "Pay2go's HashKey in its initializer",
        'config/initializers/pay2go.rb',
        'Pay2go.setup do |pay2go|\n  pay2go.merchant_id = "10293847"\n  pay2go.hash_key = ⟦"Jc2lHpKBgEhwpfl3IxvPOeoNPFJSEaUj"⟧\nend\n',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      loginBeside(
        'a JDBC connect whose password is the user before it',
        'src/main/java/org/shop/Db.java',
        'package org.shop;\n\nimport java.sql.DriverManager;\n\nclass Db {\n    Object open() throws Exception {\n        return DriverManager.getConnection("jdbc:mysql://localhost:3306/shop", "shop", ⟦"shop"⟧);\n    }\n}\n',
      ),
      error(
        "Braintree's gateway: the private key fourth",
        'src/main/java/org/shop/pay/GatewayConfig.java',
        'package org.shop.pay;\n\nimport com.braintreegateway.BraintreeGateway;\nimport com.braintreegateway.Environment;\n\npublic class GatewayConfig {\n    BraintreeGateway gateway() {\n        return new BraintreeGateway(Environment.SANDBOX, "q7wx3mz9kd2hpt5v", "bk4ncz8rj2tx6mwq", ⟦"4f9c2a7e81b35d06c9e4f1a8b27d3c50"⟧);\n    }\n}\n',
      ),
    ],
  },
  php: {
    valid: [
      {
        name: "WordPress' stock phrase and a URL interpolated in double quotes",
        path: 'wp-config.php',
        code: "<?php\ndefine( 'NONCE_KEY', 'put your unique phrase here' );\n$host = $_SERVER['HTTP_HOST'];\ndefine( 'WP_HOME', \"https://${host}\" );\n",
      },
    ],
    invalid: [
      loginBeside('mysqli with the user as its password', 'src/db.php', '<?php\n$conn = new mysqli("localhost", "shop", ⟦"shop"⟧, "shop");\n'),
      error(
        'a WordPress salt that holds `${` by chance',
        'wp-config.php',
        "<?php\ndefine( 'LOGGED_IN_KEY', ⟦'Hb3:Vn8<Xc1>Zm6?Qa2/Ws7.Ed4,Rf9;Tg5~Yh0`Uj${{]Ik2!Ol7@Pz3#Lx8$Kc1%'⟧ );\n",
      ),
    ],
  },
  yaml: {
    valid: [
      { name: 'a backup root path beside a secret read from the environment', path: 'config/storage.yml', code: 'backup:\n  secret_access_key: <%= ENV["AWS_SECRET_ACCESS_KEY"] %>\n  root: /var/backups/charity\n' },
      {
        name: "a signing secret's length, a key's rotation, and a counting run (a template's placeholder)",
        path: 'config/config.yaml',
        code: 'jwt:\n  secret_length: 64\n  key_rotation_days: 30\n  signing_key: 123456789\n',
      },
    ],
    invalid: [
      error('a base64 secret that opens with a slash', 'config/deploy.yml', 's3:\n  aws_secret_access_key: ⟦/WPKbAJAXBMzlqWZqiba3B7YgaTZdJlJH6WNV0Th⟧\n  bucket_name: shop-assets\n'),
      // A YAML number under a name that holds only the signing secret, as its quoted twin (Spring and viper read it as a string).
      error('a signing key and a secret_key_base written as YAML numbers', 'config/config.yaml', 'jwt:\n  signing_key: ⟦30571946⟧\n  expires_in: 3600\napp:\n  secret_key_base: ⟦739104826⟧\n'),
    ],
  },
  json: {
    valid: [
      { name: "a signing secret's length and lifetime, and a key's rotation", path: 'config/default.json', code: '{ "jwt": { "secretLength": 64, "expiresIn": 3600 }, "session": { "keyRotationDays": 30 } }\n' },
    ],
    invalid: [
      error('a signing key written as a JSON number', 'config/default.json', '{ "jwt": { "signingKey": ⟦30571946⟧, "expiresIn": 3600 } }\n'),
    ],
  },
};
