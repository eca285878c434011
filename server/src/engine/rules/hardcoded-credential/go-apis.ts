// Go calls that take a secret by position, so a literal passed there is a credential whatever it
// is named. Matched on the callee resolved through the file's imports (`credentials.X` ->
// `github.com/aws/aws-sdk-go/aws/credentials.X`), or on a method name specific enough alone.

export interface GoSecretArgument {
  envName: string;
  /** What it is, for the message. */
  noun: string;
}

interface GoApi {
  callee: RegExp;
  arguments: Readonly<Record<number, GoSecretArgument>>;
}

const AWS_STATIC: GoApi['arguments'] = {
  1: { envName: 'AWS_SECRET_ACCESS_KEY', noun: 'AWS secret access key' },
  2: { envName: 'AWS_SESSION_TOKEN', noun: 'AWS session token' },
};

const PRIVATE_KEY_PASSPHRASE: GoSecretArgument = { envName: 'PRIVATE_KEY_PASSPHRASE', noun: 'private key passphrase' };

const APIS: readonly GoApi[] = [
  { callee: /^github\.com\/aws\/aws-sdk-go\/aws\/credentials\.NewStaticCredentials$/, arguments: AWS_STATIC },
  { callee: /^github\.com\/aws\/aws-sdk-go-v2\/credentials\.NewStaticCredentialsProvider$/, arguments: AWS_STATIC },
  {
    callee: /^github\.com\/minio\/minio-go(?:\/v\d+)?\/pkg\/credentials\.NewStaticV[24]$/,
    arguments: { 1: { envName: 'MINIO_SECRET_KEY', noun: 'secret key' } },
  },
  // A password hasher is handed the password in plain text (a seeded admin), as in Java, JS and PHP.
  { callee: /^golang\.org\/x\/crypto\/bcrypt\.GenerateFromPassword$/, arguments: { 0: { envName: 'ADMIN_PASSWORD', noun: 'password' } } },
  // token.SignedString(key) (golang-jwt, dgrijalva/jwt-go): the signing key.
  { callee: /(?:^|\.)SignedString$/, arguments: { 0: { envName: 'JWT_SECRET', noun: 'JWT signing key' } } },
  // req.SetBasicAuth(user, password) on net/http requests.
  { callee: /(?:^|\.)SetBasicAuth$/, arguments: { 1: { envName: 'BASIC_AUTH_PASSWORD', noun: 'password' } } },
  { callee: /^crypto\/hmac\.New$/, arguments: { 1: { envName: 'HMAC_SECRET', noun: 'HMAC key' } } },
  { callee: /^net\/smtp\.PlainAuth$/, arguments: { 2: { envName: 'SMTP_PASSWORD', noun: 'password' } } },
  { callee: /^net\/smtp\.CRAMMD5Auth$/, arguments: { 1: { envName: 'SMTP_SECRET', noun: 'secret' } } },
  // gorilla/sessions and gin-contrib/sessions cookie stores: the authentication and encryption keys.
  {
    callee: /^github\.com\/(?:gorilla\/sessions|gin-contrib\/sessions\/cookie)\.(?:NewCookieStore|NewStore)$/,
    arguments: { 0: { envName: 'SESSION_SECRET', noun: 'session secret' }, 1: { envName: 'SESSION_ENCRYPTION_KEY', noun: 'session encryption key' } },
  },
  // gin-contrib/sessions' Redis store: NewStore(size, network, address, password, keyPairs…) and
  // NewStoreWithDB(size, network, address, password, db, keyPairs…): the Redis password and the cookie key.
  {
    callee: /^github\.com\/gin-contrib\/sessions\/redis\.NewStore$/,
    arguments: { 3: { envName: 'REDIS_PASSWORD', noun: 'Redis password' }, 4: { envName: 'SESSION_SECRET', noun: 'session secret' } },
  },
  {
    callee: /^github\.com\/gin-contrib\/sessions\/redis\.NewStoreWithDB$/,
    arguments: { 3: { envName: 'REDIS_PASSWORD', noun: 'Redis password' }, 5: { envName: 'SESSION_SECRET', noun: 'session secret' } },
  },
  // gorilla/csrf signs its tokens with the 32-byte authentication key.
  { callee: /^github\.com\/gorilla\/csrf\.Protect$/, arguments: { 0: { envName: 'CSRF_AUTH_KEY', noun: 'CSRF authentication key' } } },
  // gorilla/securecookie: the hash key and the block (encryption) key.
  {
    callee: /^github\.com\/gorilla\/securecookie\.New$/,
    arguments: { 0: { envName: 'COOKIE_HASH_KEY', noun: 'cookie hash key' }, 1: { envName: 'COOKIE_BLOCK_KEY', noun: 'cookie encryption key' } },
  },
  // gomail / go-mail dialers: NewDialer(host, port, username, password), and gomail's older name NewPlainDialer.
  { callee: /^(?:gopkg\.in\/(?:gomail|mail)\.v2|github\.com\/go-mail\/mail(?:\/v2)?)\.(?:NewDialer|NewPlainDialer)$/, arguments: { 3: { envName: 'SMTP_PASSWORD', noun: 'password' } } },
  // echo's JWT middleware takes the signing key itself.
  { callee: /^github\.com\/labstack\/echo(?:\/v\d+)?\/middleware\.JWT$/, arguments: { 0: { envName: 'JWT_SECRET', noun: 'JWT signing key' } } },
  { callee: /^github\.com\/stripe\/stripe-go(?:\/v\d+)?\/client\.New$/, arguments: { 0: { envName: 'STRIPE_SECRET_KEY', noun: 'secret key' } } },
  { callee: /^github\.com\/sashabaranov\/go-openai\.NewClient$/, arguments: { 0: { envName: 'OPENAI_API_KEY', noun: 'API key' } } },
  { callee: /^github\.com\/slack-go\/slack\.New$/, arguments: { 0: { envName: 'SLACK_TOKEN', noun: 'token' } } },
  { callee: /^github\.com\/go-telegram-bot-api\/telegram-bot-api(?:\/v\d+)?\.NewBotAPI$/, arguments: { 0: { envName: 'TELEGRAM_BOT_TOKEN', noun: 'bot token' } } },
  // Cloud SDKs that take (id, secret) positionally: Aliyun OSS, Qiniu, Tencent Cloud.
  { callee: /^github\.com\/aliyun\/aliyun-oss-go-sdk\/oss\.New$/, arguments: { 2: { envName: 'ALIYUN_ACCESS_KEY_SECRET', noun: 'access key secret' } } },
  { callee: /^github\.com\/qiniu\/go-sdk(?:\/v\d+)?\/auth(?:\/qbox)?\.(?:New|NewMac)$/, arguments: { 1: { envName: 'QINIU_SECRET_KEY', noun: 'secret key' } } },
  { callee: /^github\.com\/tencentcloud\/tencentcloud-sdk-go\/tencentcloud\/common\.NewCredential$/, arguments: { 1: { envName: 'TENCENTCLOUD_SECRET_KEY', noun: 'secret key' } } },
  // Azure's SDK: azblob/azfile/aztables NewSharedKeyCredential(account, key), azcore/azcosmos NewKeyCredential(key)
  // and NewSASCredential(sas), azidentity NewClientSecretCredential(tenantID, clientID, secret, options).
  {
    callee: /^github\.com\/Azure\/azure-sdk-for-go\/sdk\/[\w/-]+\.NewSharedKeyCredential$/,
    arguments: { 1: { envName: 'AZURE_STORAGE_KEY', noun: 'storage account key' } },
  },
  { callee: /^github\.com\/Azure\/azure-sdk-for-go\/sdk\/[\w/-]+\.New(?:Key|SAS)Credential$/, arguments: { 0: { envName: 'AZURE_KEY', noun: 'key' } } },
  {
    callee: /^github\.com\/Azure\/azure-sdk-for-go\/sdk\/azidentity\.NewClientSecretCredential$/,
    arguments: { 2: { envName: 'AZURE_CLIENT_SECRET', noun: 'client secret' } },
  },
  // WeChat Pay merchant keys by position: objcoding/wxpay's NewAccount(appID, mchID, apiKey, isSandbox), gopay's
  // wechat.NewClient(appId, mchId, apiKey, isProd) and NewClientV3(mchId, serialNo, apiV3Key, privateKey).
  { callee: /^github\.com\/objcoding\/wxpay\.NewAccount$/, arguments: { 2: { envName: 'WECHAT_PAY_API_KEY', noun: 'merchant API key' } } },
  {
    callee: /^github\.com\/(?:go-pay|iGoogle-ink)\/gopay\/wechat(?:\/v3)?\.NewClient(?:V3)?$/,
    arguments: { 2: { envName: 'WECHAT_PAY_API_KEY', noun: 'merchant API key' } },
  },
  // braintree-go's New(env, merchantID, publicKey, privateKey).
  { callee: /^github\.com\/braintree-go\/braintree-go\.New$/, arguments: { 3: { envName: 'BRAINTREE_PRIVATE_KEY', noun: 'private key' } } },
  // goth's OAuth providers: github.New(clientKey, secret, callbackURL, scopes…), google.New, gitlab.New, ….
  { callee: /^github\.com\/markbates\/goth\/providers\/\w+\.New$/, arguments: { 1: { envName: 'OAUTH_CLIENT_SECRET', noun: 'client secret' } } },
  // Algolia's search.NewClient(appID, apiKey): the app id public, the API key its secret.
  { callee: /^github\.com\/algolia\/algoliasearch-client-go(?:\/v\d+)?\/algolia\/search\.NewClient$/, arguments: { 1: { envName: 'ALGOLIA_API_KEY', noun: 'API key' } } },
  // Cloudinary's NewFromParams(cloud, apiKey, apiSecret): the key is a public number, the secret follows it.
  { callee: /^github\.com\/cloudinary\/cloudinary-go(?:\/v\d+)?\.NewFromParams$/, arguments: { 2: { envName: 'CLOUDINARY_API_SECRET', noun: 'API secret' } } },
  // Mail APIs that take their key by position: mailgun.NewMailgun(domain, apiKey), postmark.NewClient(serverToken, accountToken).
  { callee: /^github\.com\/mailgun\/mailgun-go(?:\/v\d+)?\.NewMailgun$/, arguments: { 1: { envName: 'MAILGUN_API_KEY', noun: 'API key' } } },
  {
    callee: /^github\.com\/(?:mrz1836|keighl)\/postmark\.NewClient$/,
    arguments: { 0: { envName: 'POSTMARK_SERVER_TOKEN', noun: 'server token' }, 1: { envName: 'POSTMARK_ACCOUNT_TOKEN', noun: 'account token' } },
  },
  // InfluxDB's client: NewClient(serverURL, authToken).
  { callee: /^github\.com\/influxdata\/influxdb-client-go(?:\/v\d+)?\.NewClient(?:WithOptions)?$/, arguments: { 1: { envName: 'INFLUX_TOKEN', noun: 'token' } } },
  // go-ora's BuildUrl(server, port, service, user, password, options).
  { callee: /^github\.com\/sijms\/go-ora(?:\/v\d+)?\.BuildUrl$/, arguments: { 4: { envName: 'ORACLE_PASSWORD', noun: 'password' } } },
  // Casdoor's SDK: InitConfig(endpoint, clientId, clientSecret, certificate, organization, application).
  { callee: /^github\.com\/casdoor\/casdoor-go-sdk\/casdoorsdk\.InitConfig$/, arguments: { 2: { envName: 'CASDOOR_CLIENT_SECRET', noun: 'client secret' } } },
  // kafka-go's SCRAM mechanism: Mechanism(algorithm, username, password).
  { callee: /^github\.com\/segmentio\/kafka-go\/sasl\/scram\.Mechanism$/, arguments: { 2: { envName: 'KAFKA_SASL_PASSWORD', noun: 'password' } } },
  // Block ciphers take the key itself; net/url's user info takes the password.
  { callee: /^crypto\/(?:aes|des)\.New(?:TripleDES)?Cipher$/, arguments: { 0: { envName: 'ENCRYPTION_KEY', noun: 'encryption key' } } },
  { callee: /^net\/url\.UserPassword$/, arguments: { 1: { envName: 'PASSWORD', noun: 'password' } } },
  // x/crypto/ssh password auth and redigo's AUTH dial option.
  { callee: /^golang\.org\/x\/crypto\/ssh\.Password$/, arguments: { 0: { envName: 'SSH_PASSWORD', noun: 'password' } } },
  // A private key's passphrase where it is read, as PHP's openssl_pkey_get_private and Java's KeyStore.load:
  // x/crypto/ssh's ParsePrivateKeyWithPassphrase / ParseRawPrivateKeyWithPassphrase(pem, passphrase),
  // crypto/x509's DecryptPEMBlock(block, password), PKCS#12's Decode/DecodeChain/ToPEM(data, password)
  // (x/crypto/pkcs12 and go-pkcs12), youmark/pkcs8's ParsePKCS8PrivateKey(der, password).
  { callee: /^golang\.org\/x\/crypto\/ssh\.Parse(?:Raw)?PrivateKeyWithPassphrase$/, arguments: { 1: PRIVATE_KEY_PASSPHRASE } },
  { callee: /^crypto\/x509\.DecryptPEMBlock$/, arguments: { 1: PRIVATE_KEY_PASSPHRASE } },
  { callee: /^(?:golang\.org\/x\/crypto\/pkcs12|software\.sslmate\.com\/src\/go-pkcs12)\.(?:Decode|DecodeChain|ToPEM)$/, arguments: { 1: PRIVATE_KEY_PASSPHRASE } },
  { callee: /^github\.com\/youmark\/pkcs8\.ParsePKCS8PrivateKey(?:RSA|ECDSA)?$/, arguments: { 1: PRIVATE_KEY_PASSPHRASE } },
  { callee: /^github\.com\/gomodule\/redigo\/redis\.DialPassword$/, arguments: { 0: { envName: 'REDIS_PASSWORD', noun: 'Redis password' } } },
  // gocloak (Keycloak): LoginAdmin(ctx, user, password, realm), LoginClient(ctx, clientID, clientSecret, realm),
  // Login(ctx, clientID, clientSecret, realm, user, password); methods, matched by names only gocloak uses.
  { callee: /(?:^|\.)LoginAdmin$/, arguments: { 2: { envName: 'KEYCLOAK_ADMIN_PASSWORD', noun: 'password' } } },
  { callee: /(?:^|\.)LoginClient$/, arguments: { 2: { envName: 'KEYCLOAK_CLIENT_SECRET', noun: 'client secret' } } },
  // go-gitlab's NewBasicAuthClient(username, password, options…).
  { callee: /^(?:github\.com\/xanzy\/go-gitlab|gitlab\.com\/gitlab-org\/api\/client-go)\.NewBasicAuthClient$/, arguments: { 1: { envName: 'GITLAB_PASSWORD', noun: 'password' } } },
  // LaunchDarkly's server SDK: MakeClient(sdkKey, wait), MakeCustomClient(sdkKey, config, wait).
  { callee: /^github\.com\/launchdarkly\/go-server-sdk(?:\/v\d+)?\.Make(?:Custom)?Client$/, arguments: { 0: { envName: 'LAUNCHDARKLY_SDK_KEY', noun: 'SDK key' } } },
  // go-ldap: NewSimpleBindRequest(dn, password, controls), the request SimpleBind sends.
  { callee: /^github\.com\/go-ldap\/ldap(?:\/v\d+)?\.NewSimpleBindRequest$/, arguments: { 1: { envName: 'LDAP_BIND_PASSWORD', noun: 'password' } } },
  // Branca tokens (essentialkaos/branca, hako/branca): NewBranca(key), the 32-byte symmetric key.
  { callee: /^github\.com\/(?:essentialkaos|hako)\/branca(?:\/v\d+)?\.NewBranca$/, arguments: { 0: { envName: 'BRANCA_KEY', noun: 'token encryption key' } } },
  // cloudflare-go: New(apiKey, email) takes the global API key, NewWithUserServiceKey(key) an Origin CA key.
  { callee: /^github\.com\/cloudflare\/cloudflare-go(?:\/v\d+)?\.(?:New|NewWithUserServiceKey)$/, arguments: { 0: { envName: 'CLOUDFLARE_API_KEY', noun: 'API key' } } },
  // Temporal Cloud: client.NewAPIKeyStaticCredentials(apiKey).
  { callee: /^go\.temporal\.io\/sdk\/client\.NewAPIKeyStaticCredentials$/, arguments: { 0: { envName: 'TEMPORAL_API_KEY', noun: 'API key' } } },
  // gokrb5: client.NewWithPassword(username, realm, password, krb5conf); go-zookeeper: conn.AddAuth("digest", []byte("user:password")).
  { callee: /^github\.com\/jcmturner\/gokrb5(?:\/v\d+)?\/client\.NewWithPassword$/, arguments: { 2: { envName: 'KERBEROS_PASSWORD', noun: 'password' } } },
  { callee: /(?:^|\.)AddAuth$/, arguments: { 1: { envName: 'ZOOKEEPER_AUTH', noun: 'digest login' } } },
  // go-mysql's client.Connect(addr, user, password, dbName).
  { callee: /^github\.com\/(?:go-mysql-org|siddontang)\/go-mysql\/client\.Connect$/, arguments: { 2: { envName: 'MYSQL_PASSWORD', noun: 'password' } } },
  // pquerna/otp: totp.GenerateCode(secret, t), totp.Validate(passcode, secret), hotp alike: the shared TOTP/HOTP seed.
  { callee: /^github\.com\/pquerna\/otp\/[th]otp\.GenerateCode(?:Custom)?$/, arguments: { 0: { envName: 'TOTP_SECRET', noun: 'one-time password seed' } } },
  { callee: /^github\.com\/pquerna\/otp\/totp\.Validate(?:Custom)?$/, arguments: { 1: { envName: 'TOTP_SECRET', noun: 'one-time password seed' } } },
  { callee: /^github\.com\/pquerna\/otp\/hotp\.Validate(?:Custom)?$/, arguments: { 2: { envName: 'TOTP_SECRET', noun: 'one-time password seed' } } },
  // go-ldap conn.Bind(dn, password): a method, so matched by name; other Bind methods take one argument.
  { callee: /(?:^|\.)Bind$/, arguments: { 1: { envName: 'LDAP_BIND_PASSWORD', noun: 'password' } } },
];

/** The secret a call takes at argument `index`, if it is a known secret-taking API. */
export function goSecretApi(qualifiedCallee: string, index: number): GoSecretArgument | undefined {
  for (const api of APIS) {
    if (api.callee.test(qualifiedCallee)) return api.arguments[index];
  }
  return undefined;
}
