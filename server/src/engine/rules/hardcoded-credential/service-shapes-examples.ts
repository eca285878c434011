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

import "os"

const LabelPasswordText = "Password"

func connectionString() string {
	return "Endpoint=sb://depot.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + os.Getenv("SERVICEBUS_KEY")
}
`,
    },
  ],
  invalid: [
    {
      name: 'a storage account key in a connection string, a message broker password, a PayPal API signature',
      path: 'internal/depot/clients.go',
      code: `package depot

const storage = "DefaultEndpointsProtocol=https;AccountName=depot;AccountKey=⟦GrXihluno1Ndc+X099eLj/lFnLE0ERB6hck2ThgU79TqTchbePOZBkosGH8I99qfQfmCVsw9JkFQR6+nzkd3cD==⟧;EndpointSuffix=core.windows.net"

var settings = struct {
	MessageBrokerPassword string
	PaypalAPISignature    string
}{
	MessageBrokerPassword: ⟦"EbXDkYPglgLV5v"⟧,
	PaypalAPISignature:    ⟦"A8ErR6pw4VrOvHXKl4oLT8cXEu7ramDTb-XMGmTWFGnTpp07up"⟧,
}
`,
    },
  ],
};

const phpServiceShapeExamples: Examples = {
  valid: [
    {
      name: 'a Basic header from variables, an encoded payload, a signature that is an algorithm name',
      path: 'src/Service/Partner.php',
      code: `<?php
$auth = 'Basic ' . base64_encode($user . ':' . $password);
$payload = base64_encode('{"ping":true}');
$config = ['api_signature' => 'sha256', 'api_username' => 'shop_api1.example.com'];
$blobs = BlobRestProxy::createBlobService(getenv('AZURE_STORAGE_CONNECTION_STRING'));
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
      name: "Yii's message catalogue (messages/<language>/) is translations: a guess from a key there is information",
      path: 'messages/fr/app.php',
      code: `<?php
return [
    'Secret key' => ⟦'Clé secrète'⟧,
    'Password' => 'Mot de passe',
];
`,
      severity: 'info',
      messageIncludes: ['in translations'],
    },
  ],
};

export const SERVICE_SHAPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  java: javaServiceShapeExamples,
  kotlin: kotlinServiceShapeExamples,
  go: goServiceShapeExamples,
  php: phpServiceShapeExamples,
};
