// Shapes of service credentials that JVM, Go and PHP code share: connection strings without a scheme
// (Azure's `AccountKey=`/`SharedAccessKey=`, ADO.NET's `Password=`), names where a UI word names a
// system (`LABEL_PRINTER_PASSWORD`, `MESSAGE_BROKER_PASSWORD`), PayPal's API signature, Vert.x's HMAC
// key buffer and PHP's hand-built Basic header. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const javaServiceShapeExamples: Examples = {
  valid: [
    {
      name: 'connection strings read from the environment or holding a placeholder; UI text under label names; an RSA key buffer',
      path: 'src/main/java/com/acme/depot/Clients.java',
      code: `package com.acme.depot;

class Clients {
    static final String LABEL_PASSWORD = "Password";
    static final String LABEL_PRINTER_PASSWORD_HINT = "Enter the printer password";
    static final String SAMPLE = "DefaultEndpointsProtocol=https;AccountName=depot;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net";

    BlobServiceClient blobs() {
        return new BlobServiceClientBuilder().connectionString(System.getenv("AZURE_STORAGE_CONNECTION_STRING")).buildClient();
    }

    JWTAuth auth(Vertx vertx, String publicKey) {
        return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(publicKey)));
    }

    WebClient crm(RedisStandaloneConfiguration redis) {
        redis.setPassword(RedisPassword.of(System.getenv("REDIS_PASSWORD")));
        redis.setPassword(RedisPassword.none());
        Duration timeout = Duration.of(5, ChronoUnit.SECONDS);
        return WebClient.builder().defaultHeader("Accept", "application/json").defaultHeader("Authorization", "Bearer " + token()).build();
    }
}
`,
    },
    {
      name: 'headers from variables and templates, a key file without a passphrase, enum constants of names and URLs',
      path: 'src/main/java/com/acme/insure/Partners.java',
      code: `package com.acme.insure;

@ClientHeaderParam(name = "Authorization", value = "{lookupAuth}")
interface RatingClient {}

class Partners {
    Header[] headers(String apiKey) { return new Header[] { new BasicHeader("Authorization", "ApiKey " + apiKey), new BasicHeader("Accept", "application/json") }; }

    void sftp(JSch jsch) throws Exception {
        jsch.addIdentity("/etc/insure/id_ed25519");
        jsch.addIdentity("/etc/insure/id_rsa", System.getenv("SSH_KEY_PASSPHRASE"));
    }

    enum Region {
        EU("eu-central-1", "https://eu.api.example"), US("us-east-1", "https://us.api.example");

        Region(String name, String endpoint) {}
    }
}
`,
    },
    {
      name: 'JSON bodies with placeholders or no credential, a remember-me key from configuration, a map key',
      path: 'src/main/java/com/acme/library/Sync.java',
      code: `package com.acme.library;

class Sync {
    static final String TEMPLATE = "{\\"client_id\\":\\"library-sync\\",\\"client_secret\\":\\"%s\\"}";
    static final String SCHEMA = "{\\"password\\":{\\"type\\":\\"string\\",\\"minLength\\":12}}";
    static final String EXAMPLE = "{\\"username\\":\\"jane\\",\\"password\\":\\"<password>\\"}";

    SecurityFilterChain chain(HttpSecurity http, Environment env) throws Exception {
        http.rememberMe(remember -> remember.key(env.getProperty("remember-me.key")));
        cache.key("catalog:page:1");
        return http.build();
    }

    static final Map<String, String> PARTNER_TOKEN_HEADERS = Map.of("walgreens", "X-Walgreens-Token");
    static final Map<String, String> PARTNER_REGIONS = Map.of("walgreens", "Zc4xUvBHi4Cd98Jyf5N1gvmL5xDJTqRm");
}
`,
    },
  ],
  invalid: [
    {
      name: 'a Service Bus shared access key in a connection string, an HMAC key buffer, a label printer and a message broker password',
      path: 'src/main/java/com/acme/depot/Devices.java',
      code: `package com.acme.depot;

class Devices {
    static final String LABEL_PRINTER_PASSWORD = ⟦"QqZPulTMcYqU"⟧;
    static final String MESSAGE_BROKER_PASSWORD = ⟦"EbXDkYPglgLV5v"⟧;

    ServiceBusSenderClient sender() {
        return new ServiceBusClientBuilder()
                .connectionString("Endpoint=sb://depot.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=⟦fp50BhFGAevkgGd1LYG6IVlf1uJMRcroX7yiibX79aV=⟧")
                .sender().queueName("labels").buildClient();
    }

    JWTAuth auth(Vertx vertx) {
        return JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(⟦"IwNGypYh08DyJA4H382CEcSKvnviVYYc"⟧)));
    }
}
`,
      messageIncludes: ['System.getenv('],
    },
    {
      name: "a MicroProfile REST client's header, an Apache BasicHeader, a JSch key passphrase, an enum constant's API key",
      path: 'src/main/java/com/acme/insure/Partners.java',
      code: `package com.acme.insure;

@RegisterRestClient(configKey = "rating")
@ClientHeaderParam(name = "Authorization", value = "⟦Bearer MhAZmMHlETPbPve2ghmrUvzFJT9t0CNM⟧")
interface RatingClient {}

class Partners {
    Header[] headers = { new BasicHeader("Authorization", ⟦"ApiKey MGKwiNPGrEMPIK3F0AywuVwWF9NhuSGeSHp2RCaJ4Fg="⟧) };

    void sftp(JSch jsch) throws Exception {
        jsch.addIdentity("/etc/insure/id_ed25519", ⟦"j6eiZa8rg1q6lP"⟧);
    }

    enum Partner {
        SWISS_RE("https://api.swissre.example", ⟦"YdGdC3rbEyiKexsXm9fLLL4WjSdfa2FE"⟧);

        final String baseUrl;
        final String apiKey;

        Partner(String baseUrl, String apiKey) {
            this.baseUrl = baseUrl;
            this.apiKey = apiKey;
        }
    }
}
`,
    },
    {
      name: "a JSON request body with a client secret, Spring Security's remember-me key (chained and lambda DSL)",
      path: 'src/main/java/com/acme/library/Sync.java',
      code: `package com.acme.library;

class Sync {
    HttpRequest login() {
        return HttpRequest.newBuilder(URI.create("https://catalog.example/oauth/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\\"client_id\\":\\"library-sync\\",\\"client_secret\\":\\"⟦gWLDGZT2nrnkVRnvXCfAl7TGAmgxzo3l⟧\\"}"))
                .build();
    }

    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        http.rememberMe().tokenValiditySeconds(86400).key(⟦"wET7IvAqulNRaj"⟧);
        http.rememberMe(remember -> remember.key(⟦"0saA3DFInyPyCjjwsCGEDGJtLvOjqRo4"⟧));
        return http.build();
    }
}
`,
    },
    {
      name: "a default header of any HTTP client, a password wrapped in its type (Spring Data's RedisPassword.of), an Azure key credential",
      path: 'src/main/java/com/acme/depot/Crm.java',
      code: `package com.acme.depot;

class Crm {
    WebClient zendesk() {
        return WebClient.builder().defaultHeader("Authorization", ⟦"Bearer VB7uj9HPZ56bMD439PigwGkXtGIaJZht"⟧).build();
    }

    void redis(RedisStandaloneConfiguration config) {
        config.setPassword(RedisPassword.of(⟦"U66GDTG03MV9rKDLHOKbfE5k"⟧));
    }

    TextAnalyticsClient language() {
        return new TextAnalyticsClientBuilder().credential(new AzureKeyCredential(⟦"3MQxC9ImrtwjoqlHCpG3t7sR8OuU2T3x"⟧)).buildClient();
    }

    static final Map<String, String> PARTNER_TOKENS = Map.of("walgreens", ⟦"Zc4xUvBHi4Cd98Jyf5N1gvmL5xDJTqRm"⟧);
}
`,
      messageIncludes: ['System.getenv('],
    },
  ],
};

const kotlinServiceShapeExamples: Examples = {
  valid: [
    {
      name: 'a key buffer read from the config',
      path: 'src/main/kotlin/com/acme/depot/Auth.kt',
      code: `package com.acme.depot

fun auth(vertx: Vertx, config: JsonObject): JWTAuth =
    JWTAuth.create(vertx, JWTAuthOptions().addPubSecKey(PubSecKeyOptions().setAlgorithm("HS256").setBuffer(config.getString("jwt.secret"))))

object PaymentKeys {
    val webhookSecret: String
        get() = System.getenv("STRIPE_WEBHOOK_SECRET") ?: ""
    val secretLabel: String
        get() = "Webhook secret"
}
`,
    },
  ],
  invalid: [
    {
      name: 'an HMAC key buffer with no algorithm named, and an Azure storage key',
      path: 'src/main/kotlin/com/acme/depot/Auth.kt',
      code: `package com.acme.depot

fun auth(vertx: Vertx): JWTAuth =
    JWTAuth.create(vertx, JWTAuthOptions().addPubSecKey(PubSecKeyOptions().setBuffer(⟦"n1owoGXs7Fx9NVWb2LHvvhvbyOWa"⟧)))

val archive = "DefaultEndpointsProtocol=https;AccountName=depotarchive;AccountKey=⟦pc/Nr7z6cbZ3q2Kn4ndhfPvIfrpmQ33l4DRJfJfTzP+=⟧;EndpointSuffix=core.windows.net"

fun redis(config: RedisStandaloneConfiguration) = config.setPassword(RedisPassword.of(⟦"qZQqEiC9HVIldk"⟧))

val tickets: WebClient = WebClient.builder().defaultHeader("X-Api-Key", ⟦"BClBqOaZJRjM9J2gMBhawGl59cU55WxL"⟧).build()

object PaymentKeys {
    val webhookSecret: String
        get() = ⟦"nO1lrHJ0Gnap8Nc47UAtRn2nYFjJ1TdI"⟧
}
`,
    },
  ],
};

const goServiceShapeExamples: Examples = {
  valid: [
    {
      name: 'a connection string built from the environment, a label text constant',
      path: 'internal/depot/clients.go',
      code: `package depot

import (
	"net/url"
	"os"

	"github.com/gorilla/csrf"
)

const LabelPasswordText = "Password"

func connectionString() string {
	return "Endpoint=sb://depot.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + os.Getenv("SERVICEBUS_KEY")
}

var form = url.Values{"grant_type": {"client_credentials"}, "scope": {"read write"}, "client_secret": {os.Getenv("CLIENT_SECRET")}}

var protect = csrf.Protect([]byte(os.Getenv("CSRF_KEY")))

const headerRequestID = "X-Request-ID"

var body = \`{"username":"recipes","password":"%s","remember":true}\`

func traced(c *gin.Context) bool {
	return c.GetHeader(headerRequestID) == "none"
}

var webhookSecretHeaders = map[string]string{"stripe": "Stripe-Signature", "shipping": "X-Shipping-Signature"}
var regions = map[string]string{"eu": "Zc4xUvBHi4Cd98Jyf5N1gvmL5xDJTqRm"}
`,
    },
  ],
  invalid: [
    {
      name: 'a storage account key in a connection string, a message broker password, a PayPal API signature',
      path: 'internal/depot/clients.go',
      code: `package depot

import (
	"net/url"

	"github.com/gorilla/csrf"
)

const storage = "DefaultEndpointsProtocol=https;AccountName=depot;AccountKey=⟦GrXihluno1Ndc+X099eLj/lFnLE0ERB6hck2ThgU79TqTchbePOZBkosGH8I99qfQfmCVsw9JkFQR6+nzkd3cD==⟧;EndpointSuffix=core.windows.net"

var settings = struct {
	MessageBrokerPassword string
	PaypalAPISignature    string
}{
	MessageBrokerPassword: ⟦"EbXDkYPglgLV5v"⟧,
	PaypalAPISignature:    ⟦"A8ErR6pw4VrOvHXKl4oLT8cXEu7ramDTb-XMGmTWFGnTpp07up"⟧,
}

var form = url.Values{"grant_type": {"client_credentials"}, "client_secret": {⟦"mbdMWFgMPb55Fw8bmdL4lGvBkAWB3TJp"⟧}}

var protect = csrf.Protect([]byte(⟦"LGAddZtQj8VRUJeQoehe3ZVSZpwDTTPj"⟧))

const headerAPIKey = "X-API-Key"

var body = \`{"username":"recipes","password":"⟦9Py2GDbgOOE0n⟧"}\`

func requireKey(c *gin.Context) bool {
	return c.GetHeader(headerAPIKey) == ⟦"e3d523966fdf57fe38f1e42b555c1234"⟧
}

var webhookSigningSecrets = map[string]string{"shipping": ⟦"Zc4xUvBHi4Cd98Jyf5N1gvmL5xDJTqRm"⟧}
`,
    },
  ],
};

const phpServiceShapeExamples: Examples = {
  valid: [
    {
      name: "Yii's message catalogue (messages/<language>/) is translations: a value only its key makes a secret is a label there",
      path: 'messages/fr/app.php',
      code: `<?php
return [
    'Secret key' => 'Clé secrète',
    'Password' => 'Mot de passe',
    'api_key' => 'API avain',
];
`,
    },
    {
      name: 'a Basic header from variables, an encoded payload, a signature that is an algorithm name',
      path: 'src/Service/Partner.php',
      code: `<?php
$auth = 'Basic ' . base64_encode($user . ':' . $password);
$payload = base64_encode('{"ping":true}');
$config = ['api_signature' => 'sha256', 'api_username' => 'shop_api1.example.com'];
$blobs = BlobRestProxy::createBlobService(getenv('AZURE_STORAGE_CONNECTION_STRING'));
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'Authorization: Bearer ' . $token, 'API-Key: ' . getenv('SHIPENGINE_KEY')]);
$labels = ['API-Key: Enter the key from your dashboard', 'Password: required'];
$date = Carbon::create('2024');
$mailgun = Mailgun::create(getenv('MAILGUN_API_KEY'));
$body = '{"user":"events","password":"' . getenv('TICKETS_PASSWORD') . '"}';
$schema = '{"password":{"type":"string","format":"password"}}';
$pusher = ['key' => env('PUSHER_APP_KEY', '4f76dae3c9057f5db7410de422eb0926'), 'secret' => env('PUSHER_APP_SECRET'), 'app_id' => '1534721'];
config(['services.nexmo.key' => env('NEXMO_KEY', '20a25ea6d20474fc'), 'services.nexmo.secret' => env('NEXMO_SECRET')]);
$pass = ['pass' => 'first', 'label' => 'Boarding pass'];
`,
    },
  ],
  invalid: [
    {
      name: 'a Basic header built from a literal user:password, an Azure connection string, a PayPal API signature',
      path: 'src/Service/Partner.php',
      code: `<?php
$auth = 'Basic ' . base64_encode('shop:⟦QqZPulTMcYqU⟧');
$blobs = BlobRestProxy::createBlobService('DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=⟦fp50BhFGAevkgGd1LYG6IVlf1uJMRcroX7yiibX79aV=⟧');
$paypal_api_signature = ⟦'A8ErR6pw4VrOvHXKl4oLT8cXEu7ramDTb-XMGmTWFGnTpp07up'⟧;
`,
    },
    {
      name: "header lines with a credential (a cURL header list, a stream context), an SDK's static factory given its key",
      path: 'src/CarrierApi.php',
      code: `<?php
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'API-Key: ⟦0j1dZf0YECev9KxT⟧']);
$opts = ['http' => ['header' => "Authorization: ⟦Bearer LGAddZtQj8VRUJeQoehe3ZVSZpwDTTPj⟧\\r\\n"]];
$mailgun = Mailgun::create(⟦'6ad336cc5d7b4215a2f87d03d4aac05f-3abbe603-6b36548c'⟧);
$body = '{"user":"events","password":"⟦KKgkE3XXtmWI4aHa42TBcX0S⟧"}';
$phinx = ['adapter' => 'pgsql', 'user' => 'bookstore', 'pass' => ⟦'0mshcIRolcmb9'⟧];
`,
    },
  ],
};

/** Encrypted values (Jasypt's `ENC(…)`, Spring Cloud Config's `{cipher}…`) are decrypted with a key from the environment. */
const encryptedConfigExamples = (path: string, code: string): Examples => ({
  valid: [{ name: "values encrypted at rest: Jasypt's ENC(…), Spring Cloud Config's {cipher}…", path, code }],
  invalid: [],
});

export const SERVICE_SHAPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: encryptedConfigExamples(
    'src/main/resources/application.yml',
    'spring:\n  datasource:\n    password: ENC(zVervbVykNv+bGxlHyRaiFUmeN4KCkV3YBy7GyvgkTw0)\n  mail:\n    password: \'{cipher}4f76dae3c9057f5db7410de422eb092620a25ea6d20474fc58e6152e6dbc02b4\'\n',
  ),
  properties: encryptedConfigExamples(
    'src/main/resources/application.properties',
    // An RSA-2048 ciphertext (256 bytes in base64), opened at start with a private key kept outside the repository.
    'spring.datasource.password=ENC(zVervbVykNv+bGxlHyRaiFUmeN4KCkV3YBy7GyvgkTw0)\nredis.password=MfQJ7YzhiNLWn3zdQBov2P820t5j2NyXfs4IeShWa46E5fQfLFnylZZKZ0mKoyrF3E9DpYdun8294Rj+Om5YJ+pPzUqlfyi3q4KUBiKsEhxhEq9MjYJweNxDg51hZgMJjajYL7LiaqWP2BsEteznb1rwNZdnFIA2p+mnSUeEaIx3ut7LwAqShJGLzgzH7BuWCDe/29+s3d7RIgLieyHj8m1dqPkjKOPVNGTWZEFDEbRS/BCHq5KDj2/2UTa76c8YPx+zjhE5ArByjLUAuS5dmL5HBdQ/NOe+yXU/5asoimTlqUv6qQAA94mEcJVnj7pVhOwVpcRfcDnOhOQPN2fW5g==\n',
  ),
  java: javaServiceShapeExamples,
  kotlin: kotlinServiceShapeExamples,
  go: goServiceShapeExamples,
  php: phpServiceShapeExamples,
};
