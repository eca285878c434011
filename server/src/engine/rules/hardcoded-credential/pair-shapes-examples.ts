// Shapes found by held-out batches G, H and I of Java/Kotlin, Go and PHP apps (Workerman, Kohana,
// GoFrame, Shiro, JPush, Vonage, Maven CI settings, Jetty, an Alertmanager relay): the secret after a cloud access key id literal,
// a login whose database is named after the password, a salt under what it salts, a key beside its
// cipher, an app key beside its master secret (the public half), Shiro's `[users]` lines, a call
// named for a key and secret, a constant sent in an authorization header, EspoCRM's `hashSecretKey`,
// Maven settings under a CI name, Jetty's realm.properties, a login given `host:port` first, servlet
// init parameters, a base64-encoded JSON credential document, MyBatis config files (batch J), a key
// named with its hex encoding, PayPal's API signature beside its user and password (batch K).
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const go: Examples = {
  valid: [
    {
      name: 'an access key id (not a format of its own: Tencent AKID…) with the secret read from the environment after it',
      path: 'internal/sms/sms.go',
      code: 'package sms\n\nimport (\n\t"os"\n\n\t"github.com/aliyun/alibaba-cloud-sdk-go/services/dysmsapi"\n)\n\nfunc New() (*dysmsapi.Client, error) {\n\treturn dysmsapi.NewClientWithAccessKey("cn-hangzhou", "AKID3HwRZR951pJl0fn1FNP3exp8ffksStD3", os.Getenv("ACCESS_KEY_SECRET"))\n}\n',
    },
    {
      name: 'a key-and-secret call given the secret from the environment',
      path: 'internal/notify/vonage.go',
      code: 'package notify\n\nimport (\n\t"os"\n\n\t"github.com/vonage/vonage-go-sdk"\n)\n\nvar auth = vonage.CreateAuthFromKeySecret(os.Getenv("VONAGE_API_KEY"), os.Getenv("VONAGE_API_SECRET"))\n',
    },
    {
      name: 'a login given host:port first that reads its password, and three arguments that are no login',
      path: 'cmd/relay/main.go',
      code: 'package main\n\nimport "os"\n\nvar mail = sink.NewSMTP("smtp.office365.com:587", "alerts@example.com", os.Getenv("SMTP_PASSWORD"))\nvar api = NewClient("api.example.com:443", "v2", "json")\n',
    },
  ],
  invalid: [
    {
      name: "the literal after an access key id literal is the key's secret, whatever the SDK (Alibaba's LTAI id is reported by its format too)",
      path: 'internal/sms/sms.go',
      code: 'package sms\n\nimport "github.com/aliyun/alibaba-cloud-sdk-go/services/dysmsapi"\n\nfunc New() (*dysmsapi.Client, error) {\n\treturn dysmsapi.NewClientWithAccessKey("cn-hangzhou", ⟦"LTAIUQ2WD7m5T1sWGWndM6ph"⟧, ⟦"Gqyncvfx5kazPbcg3gfgRU1tL26ANt"⟧)\n}\n',
      severity: 'error',
    },
    {
      name: 'a database login named last: (host, port, user, password, database)',
      path: 'internal/db/db.go',
      code: 'package db\n\nfunc Open() *Pool {\n\treturn pool.Connect("db.internal", 5432, "app", ⟦"RCLdqc0E3RQSBODY4Hx8"⟧, "shop")\n}\n',
      severity: 'error',
    },
    {
      name: 'the same call with one argument per line, as gofmt keeps a long call',
      path: 'internal/db/pool.go',
      code: 'package db\n\nfunc Open() *Pool {\n\treturn pool.Connect(\n\t\t"db.internal",\n\t\t5432,\n\t\t"app",\n\t\t⟦"Wq7eT2zLp9Xc4Vb8Nm3K"⟧,\n\t\t"shop",\n\t)\n}\n',
      severity: 'error',
    },
    {
      name: "the second of two arguments to a call named for a key and its secret (Vonage's CreateAuthFromKeySecret)",
      path: 'internal/notify/vonage.go',
      code: 'package notify\n\nimport "github.com/vonage/vonage-go-sdk"\n\nvar auth = vonage.CreateAuthFromKeySecret("9aaeb8c8", ⟦"oKa3sBc5HZdiMKvy"⟧)\n',
      severity: 'error',
    },
    {
      name: 'the password after a user, given to a connecting call whose address is written host:port',
      path: 'cmd/relay/main.go',
      code: 'package main\n\nvar mail = sink.NewSMTP("smtp.office365.com:587", "alerts@example.com", ⟦"RCLdqc0E3RQSBODY4Hx8"⟧)\n',
      severity: 'error',
    },
  ],
};

const java: Examples = {
  valid: [
    {
      name: "Tencent's credential built from an id and an environment read; five arguments that are no login",
      path: 'src/main/java/com/example/Cloud.java',
      code: 'package com.example;\n\nclass Cloud {\n    Credential credential = new Credential("AKID3HwRZR951pJl0fn1FNP3exp8ffksStD3", System.getenv("TENCENTCLOUD_SECRET_KEY"));\n    Client api = new Client("api.example.com", "443", "GET", "v1", "orders");\n}\n',
    },
    {
      name: 'servlet init parameters that name no credential, or read it from the environment',
      path: 'src/main/java/com/example/WikiServer.java',
      code: 'package com.example;\n\nclass WikiServer {\n    void configure(org.eclipse.jetty.webapp.WebAppContext webapp) {\n        webapp.setInitParameter("wiki.smtp.user", "wiki@example.com");\n        webapp.setInitParameter("wiki.smtp.password", System.getenv("SMTP_PASSWORD"));\n    }\n}\n',
    },
    {
      name: 'constants sent in an authorization header that hold a scheme or a header value, not a key',
      path: 'src/main/java/com/example/Uploader.java',
      code: 'package com.example;\n\nclass Uploader {\n    private static final String SCHEME = "Bearer";\n    private static final String CONTENT = "application/json";\n\n    void send(java.net.http.HttpRequest.Builder builder, String token) {\n        builder.header("Authorization", SCHEME + " " + token).header("Content-Type", CONTENT);\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'the literal after an AKID key id, and a login whose database is named after the password',
      path: 'src/main/java/com/example/Cloud.java',
      code: 'package com.example;\n\nclass Cloud {\n    Credential credential = new Credential("AKID3HwRZR951pJl0fn1FNP3exp8ffksStD3", ⟦"EEpHa8fDxMxBIYTTdv8rqFDEhlCoSCSq"⟧);\n    Connection db = new Connection("10.8.0.5", "3306", "chat_app", ⟦"IJdvfYX3cl0uWZOV5KZx"⟧, "chat");\n}\n',
      severity: 'error',
    },
    {
      name: 'a base64-encoded JSON login passed as one string',
      path: 'src/main/java/com/example/Reports.java',
      code: 'package com.example;\n\nclass Reports {\n    static final String LOGIN = "⟦eyJ1c2VyIjoic3ZjLXJlcG9ydHMiLCJwYXNzd29yZCI6ImppY21WNGJ5UTBtcGJDZWVBVSJ9⟧";\n}\n',
      severity: 'error',
    },
    {
      name: 'a key whose name says its encoding (HMAC_KEY_HEX)',
      path: 'src/main/java/com/example/Settings.java',
      code: 'package com.example;\n\nclass Settings {\n    static final String HMAC_KEY_HEX = ⟦"1A602166294016FD479670B66690335F6368BB4B4C4B3BDE92C657A033AA99B6"⟧;\n}\n',
      severity: 'error',
    },
    {
      name: 'a servlet init parameter named for a credential',
      path: 'src/main/java/com/example/WikiServer.java',
      code: 'package com.example;\n\nclass WikiServer {\n    void configure(org.eclipse.jetty.webapp.WebAppContext webapp) {\n        webapp.setInitParameter("wiki.smtp.password", ⟦"IJdvfYX3cl0uWZOV5KZx"⟧);\n    }\n}\n',
      severity: 'error',
    },
    {
      name: 'a constant, whatever its name, sent as the credential of an authorization header after its scheme',
      path: 'src/main/java/com/example/Uploader.java',
      code: 'package com.example;\n\nclass Uploader {\n    private static final String UPLOAD_KEY = ⟦"x0VsYQZ8G7kjHqDFCtEt3S2vPfB6qON1"⟧;\n\n    void send(java.net.http.HttpRequest.Builder builder) {\n        builder.header("Authorization", "Bearer " + UPLOAD_KEY);\n    }\n}\n',
      severity: 'error',
    },
  ],
};

const php: Examples = {
  valid: [
    {
      name: 'base64-encoded JSON without a credential field, and a JWT (dots: not one base64 document)',
      path: 'config_override.php',
      code: "<?php\n$sugar_config['google_service_json'] = 'eyJ0eXBlIjoic2VydmljZV9hY2NvdW50IiwicHJvamVjdF9pZCI6ImNybS1zeW5jIiwiY2xpZW50X2VtYWlsIjoic3luY0Bjcm0tc3luYy5pYW0uZ3NlcnZpY2VhY2NvdW50LmNvbSJ9';\n$example = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.';\n",
    },
    {
      name: "a login reading its password, a salt that is no generated value, an app key beside its master secret (the public half), a key beside a cipher read from the environment",
      path: 'config/push.php',
      code: "<?php\n\n$db = new Connection('10.8.0.5', '3306', 'chat', getenv('DB_PASSWORD'), 'chat');\n$user->salt = 'user-specific';\nreturn [\n    'jpush' => ['app_key' => '823Z5QiNrRcXYTKApzNb6ILw', 'master_secret' => getenv('JPUSH_MASTER_SECRET')],\n    'encrypt' => ['key' => getenv('ENCRYPTION_KEY'), 'cipher' => 'AES-256-CBC'],\n];\n",
    },
  ],
  invalid: [
    {
      name: "a JSON credential document kept base64-encoded in one value (SuiteCRM's google_auth_json)",
      path: 'config_override.php',
      code: "<?php\n$sugar_config['google_auth_json'] = '⟦eyJ3ZWIiOnsiY2xpZW50X2lkIjoiNDA3MTMtYXBwcy5nb29nbGV1c2VyY29udGVudC5jb20iLCJjbGllbnRfc2VjcmV0IjoiR09DU1BYLXlOT3hlSERHUjhYME9lMkJJZWhIOWpkejZneGYiLCJwcm9qZWN0X2lkIjoiY3JtLXN5bmMifX0=⟧';\n",
      severity: 'error',
    },
    {
      name: "Workerman's MySQL connection (database last), Kohana's Cookie::$salt, a key beside its cipher, a master secret",
      path: 'application/bootstrap.php',
      code: "<?php\n\n$db = new Connection('10.8.0.5', '3306', 'chat_app', ⟦'AJQL2FrGM4A4sG'⟧, 'chat');\n$config = ['hashSecretKey' => ⟦'2e80eb4a02435352a852bf2e1f517096'⟧];\nCookie::$salt = ⟦'x0VsYQZ8G7kjHqDFCtEt3S2vPfB6qON1'⟧;\nreturn [\n    'default' => ['key' => ⟦'oKa3sBc5HZdiMKvy'⟧, 'cipher' => MCRYPT_RIJNDAEL_128],\n    'jpush' => ['app_key' => '823Z5QiNrRcXYTKApzNb6ILw', 'master_secret' => ⟦'IJdvfYX3cl0uWZOV5KZx7WL8'⟧],\n];\n",
      severity: 'error',
    },
  ],
};

const ini: Examples = {
  valid: [
    {
      name: "Shiro's [users] with hashed passwords (a hashing credentials matcher) and its roles",
      path: 'src/main/resources/shiro.ini',
      code: '[main]\ncredentialsMatcher = org.apache.shiro.authc.credential.Sha256CredentialsMatcher\n\n[users]\nadmin = 2e80eb4a02435352a852bf2e1f517096bb0adf14d7662960fb6a2ee098345be6, administrator\n\n[roles]\nadministrator = *\n',
    },
  ],
  invalid: [
    {
      name: "Shiro's [users]: the password before the roles",
      path: 'src/main/resources/shiro.ini',
      code: '[users]\nadmin = ⟦RCLdqc0E3RQSBODY4Hx8⟧, administrator\nsupport = ⟦helpdesk2022⟧\n',
      severity: 'error',
    },
  ],
};

const kotlin: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a constant sent as the credential of an authorization header after its scheme',
      path: 'src/main/kotlin/com/example/Uploader.kt',
      code: 'package com.example\n\nprivate const val UPLOAD_KEY = ⟦"x0VsYQZ8G7kjHqDFCtEt3S2vPfB6qON1"⟧\n\nfun authorize(builder: okhttp3.Request.Builder) = builder.addHeader("Authorization", "Bearer " + UPLOAD_KEY)\n',
      severity: 'error',
    },
  ],
};

const xml: Examples = {
  valid: [
    {
      name: 'Maven settings kept for CI, reading the password from the environment',
      path: 'ci-settings.xml',
      code: '<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>${env.NEXUS_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n',
    },
  ],
  invalid: [
    {
      name: "MyBatis Generator's jdbcConnection and MyBatis' dataSource password",
      path: 'src/main/resources/generatorConfig.xml',
      code: '<generatorConfiguration>\n  <context id="erp">\n    <jdbcConnection driverClass="com.mysql.cj.jdbc.Driver" connectionURL="jdbc:mysql://db:3306/erp" userId="erp" password="⟦IJdvfYX3cl0uWZOV5KZx⟧"/>\n  </context>\n</generatorConfiguration>\n',
      severity: 'error',
    },
    {
      name: 'Maven settings kept for CI under another name: ci-settings.xml',
      path: 'ci-settings.xml',
      code: '<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>⟦RCLdqc0E3RQSBODY4Hx8⟧</password>\n    </server>\n  </servers>\n</settings>\n',
      severity: 'error',
    },
  ],
};

const properties: Examples = {
  valid: [
    {
      name: "Jetty's realm.properties with hashed passwords (MD5:, CRYPT:), and another file's `key: value, value` line",
      path: 'etc/realm.properties',
      code: 'editor: MD5:7dce327c30323c4f354f5e684948bce7, editor\nreader: CRYPT:adpexzg3FUZAk, reader\n',
    },
    {
      name: 'a properties file not named realm: a list value is no user line',
      path: 'src/main/resources/application.properties',
      code: 'app.allowed-origins: https://a.example, https://b.example\nadmin: Kw8pLz2Qm4, admin\n',
    },
  ],
  invalid: [
    {
      name: "Jetty's realm.properties: the password before the roles, also obfuscated (OBF: is reversible)",
      path: 'etc/realm.properties',
      code: 'admin: ⟦RCLdqc0E3RQSBODY4Hx8⟧, admin, editor\nops: ⟦OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v⟧, admin\n',
      severity: 'error',
    },
  ],
};

const yaml: Examples = {
  valid: [
    {
      name: 'a signature that is an algorithm or stands without a login, and a PayPal gateway reading its secrets from the environment',
      path: 'config/packages/sylius_payum.yaml',
      code: 'webhooks:\n  signature: sha256\n  secret: "%env(WEBHOOK_SECRET)%"\nrelease:\n  signature: 2e80eb4a02435352a852bf2e1f517096\npayum:\n  gateways:\n    paypal:\n      username: "%env(PAYPAL_USER)%"\n      password: "%env(PAYPAL_PASSWORD)%"\n      signature: "%env(PAYPAL_SIGNATURE)%"\n',
    },
  ],
  invalid: [
    {
      name: "PayPal's classic API credentials: a signature beside a user and a password (Payum, Sylius)",
      path: 'config/packages/sylius_payum.yaml',
      code: 'payum:\n  gateways:\n    paypal_express:\n      factory: paypal_express_checkout\n      username: merchant_api1.example.com\n      password: ⟦"QFZCWN5HZM8VBG7Q"⟧\n      signature: ⟦"A.d9eRKfd1yVkRrtmMfCFLTqa6M9AyodL0SJkhYztxUi8W9pCXF6.gEw"⟧\n',
      severity: 'error',
    },
  ],
};

export const PAIR_SHAPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = { go, java, kotlin, php, ini, xml, properties, yaml };
