// Java arguments that say "credential" without a vendor list: a parameter of a method or
// constructor declared in the same file, a password made into a char[], a credential-named HTTP
// header, MicroProfile's `@ConfigProperty` default. Generated values.
import type { Examples } from '../../rule';

export const javaArgumentExamples: Examples = {
  valid: [
    {
      name: "a plugin's Gradle properties set from the environment, or naming no credential",
      path: 'src/main/java/dev/example/gradle/PublishPlugin.java',
      code: 'package dev.example.gradle;\n\nclass PublishPlugin {\n  void apply(PublishExtension extension) {\n    extension.getApiKey().set(System.getenv("PUBLISH_API_KEY"));\n    extension.getChannel().set("stable");\n  }\n}\n',
    },
    {
      name: "commands whose words hold no secret: mysql's bare -p prompts, redis-cli's -p is a port, sshpass -e reads SSHPASS, a password joined from a read, a child environment from System.getenv",
      path: 'src/main/java/net/example/ops/Dumps.java',
      code: 'package net.example.ops;\n\nimport java.util.List;\n\nclass Dumps {\n  void run(String password) throws Exception {\n    new ProcessBuilder("mysql", "-u", "restore", "-p", "shop").start();\n    Runtime.getRuntime().exec(new String[] {"redis-cli", "-h", "cache", "-p", "6380", "FLUSHDB"});\n    new ProcessBuilder("sshpass", "-e", "scp", "a.csv", "sftp:inbox/").start();\n    new ProcessBuilder(List.of("mysqldump", "-u", "app", "-p" + password, "shop")).start();\n    ProcessBuilder pb = new ProcessBuilder("pg_dump", "shop");\n    pb.environment().put("PGPASSWORD", System.getenv("DB_PASSWORD"));\n  }\n}\n',
    },
    {
      name: "a switch arm beside a read of a variable that names no credential",
      path: 'src/main/java/com/acme/Regions.java',
      code: 'package com.acme;\n\nclass Regions {\n    String region(String env) {\n        return switch (env) {\n            case "prod" -> "eu-west-1";\n            default -> System.getenv("AWS_REGION");\n        };\n    }\n}\n',
    },
    {
      name: "commons-cli's getOptionValue with an env read or a label as its default",
      path: 'src/main/java/com/acme/jobs/Mailer.java',
      code: 'package com.acme.jobs;\n\nclass Mailer {\n    void run(CommandLine cmd) {\n        String key = cmd.getOptionValue("archive-key", System.getenv("ARCHIVE_KEY"));\n        String label = cmd.getOptionValue("password-label", "SMTP password");\n    }\n}\n',
    },
    {
      name: 'an access key id shaped as one (upper-case letters and digits), with its secret read elsewhere',
      path: 'src/main/java/org/acme/Storage.java',
      code: 'class Storage {\n  static final String ACCESS_KEY = "Q3AM3UQ867SPQQA43P2F";\n}\n',
    },
    {
      name: 'a process built from flags whose values are no credential or come from the environment',
      path: 'src/main/java/org/acme/ops/Dump.java',
      code: 'class Dump {\n  Process run() throws Exception {\n    return new ProcessBuilder("pg_dump", "--format", "custom", "--password", System.getenv("PGPASSWORD")).start();\n  }\n}\n',
    },
    {
      name: 'a plain word after a client id: a scope',
      path: 'src/main/java/com/example/Flow.java',
      code: 'package com.example;\n\nclass Flow {\n    Object flow() {\n        return new AuthFlow(clientId, "profile");\n    }\n}\n',
    },
    {
      name: 'four arguments that are no login, and a JavaMail connect whose password is read at run time',
      path: 'src/main/java/com/example/Boot.java',
      code: 'package com.example;\n\nclass Boot {\n    void start() throws Exception {\n        Server server = new Server("api.example.com", 443, "v1", "production");\n        transport.connect("smtp.example.com", 587, "alerts", System.getenv("SMTP_PASSWORD"));\n    }\n}\n',
    },
    {
      name: 'two literals that are no id and secret, header annotations with templates or names that are no credential',
      path: 'src/main/java/com/acme/pharmacy/Plain.java',
      code: `package com.acme.pharmacy;

@Header(name = "Accept", value = "application/json")
interface Plain {
    @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
    @Get("/items")
    String items(@Header("X-Api-Key") String apiKey);

    default boolean verify(Checksums checks) {
        Pair<String, String> entry = Pair.of("region", "eu-west-1-availability");
        return checks.check("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
`,
    },
    {
      name: 'same-file parameters that name no credential, a read passed as the key, char sets and empty keystores, non-credential headers',
      path: 'src/main/java/com/acme/books/IsbnClient.java',
      code: `package com.acme.books;

class IsbnClient {
    private final String region;
    private final String apiKey;

    IsbnClient(String region, String apiKey) {
        this.region = region;
        this.apiKey = apiKey;
    }

    static IsbnClient fromEnv() {
        return new IsbnClient("eu-west-1", System.getenv("ISBN_API_KEY"));
    }

    boolean strong(String password) throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        empty.load(stream, System.getenv("KEYSTORE_PASSWORD").toCharArray());
        return StringUtils.containsAny(password, "!@#$%^&*".toCharArray());
    }

    HttpRequest request(String isbn) {
        return HttpRequest.newBuilder(URI.create("https://isbn.example/" + isbn))
                .header("Accept", "application/json")
                .header("X-Token-Type", "api_key")
                .header("X-Api-Key", apiKey)
                .build();
    }

    @ConfigProperty(name = "books.api-key")
    String configuredKey;

    @ConfigProperty(name = "books.timeout", defaultValue = "30")
    int timeout;

    @ConfigProperty(name = "books.webhook-secret", defaultValue = "")
    String webhookSecret;
}
`,
    },
    {
      name: 'character tables, a REST call with a URL first, a connect without a literal password, URL parameters that name no credential or hold a placeholder',
      path: 'src/main/java/com/acme/books/Catalog.java',
      code: `package com.acme.books;

class Catalog {
    boolean isHex(String code) {
        return StringUtils.containsOnly(code, "0123456789ABCDEF".toCharArray()) && !StringUtils.containsAny(code, "<>&".toCharArray());
    }

    Book fetch(String url, String id) {
        String title = restTemplate.getForObject(url, String.class, "title");
        String message = String.format(url, "orders", "pending");
        Jdbi jdbi = Jdbi.create(System.getenv("JDBC_URL"), "catalog", System.getenv("DB_PASSWORD"));
        from("smtps://smtp.acme.example:465?username=books&password={{smtp.password}}").to("log:mail");
        from("sftp://books@sftp.acme.example/outbox?delete=true&passiveMode=true").to("file:/data");
        String encoded = Base64.getEncoder().encodeToString("hello world".getBytes());
        return new Book(title, message, encoded);
    }
}
`,
    },
    {
      name: "key credential types given the key from the environment, or given only the account's name",
      path: 'src/main/java/com/acme/ingest/AzureMirror.java',
      code: `package com.acme.ingest;

class AzureMirror {
    StorageSharedKeyCredential credential() {
        return new StorageSharedKeyCredential("acmemediamirror", System.getenv("AZURE_STORAGE_KEY"));
    }

    AzureNamedKeyCredential named() {
        return new AzureNamedKeyCredential("acmemediamirror", keyVault.get("storage-key"));
    }
}
`,
    },
    {
      name: "a Kafka listener's JAAS configuration resolved from the environment",
      path: 'src/main/java/com/acme/settlement/ClearingListener.java',
      code: `package com.acme.settlement;

class ClearingListener {
    @KafkaListener(topics = "clearing.results", properties = {
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"\${KAFKA_USER}\\" password=\\"\${KAFKA_PASSWORD}\\";"
    })
    void onResult(String payload) {}
}
`,
    },
    {
      name: 'annotation elements that name a column or resolve a value at run time',
      path: 'src/main/java/com/acme/claims/Account.java',
      code: `package com.acme.claims;

@DataSourceDefinition(name = "java:app/jdbc/claims", className = "org.postgresql.ds.PGSimpleDataSource",
    user = "\${ENV=DB_USER}", password = "\${ENV=DB_PASSWORD}")
@Entity
class Account {
    @Column(name = "password", length = 60)
    String passwordHash;

    @JsonProperty(value = "api_key", access = JsonProperty.Access.WRITE_ONLY)
    String apiKey;
}
`,
    },
    {
      name: "String.format fed from the environment; a format whose verb a phrase introduces; the JDK truststore's public default",
      path: 'src/main/java/com/acme/directory/Reports.java',
      code: `package com.acme.directory;

class Reports {
    String url(String host) {
        return String.format("jdbc:postgresql://%s:5432/dir?user=%s&password=%s", host, "reports", System.getenv("DB_PASSWORD"));
    }

    String message(String name) {
        return String.format("Hello %s, your password is %s", name, "expired");
    }

    void trust() {
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    }
}
`,
    },
    {
      name: "a lone `pass` with no user beside it",
      path: 'src/main/java/com/acme/Boarding.java',
      code: 'package com.acme;\n\nclass Boarding {\n    String label() {\n        String gate = "B12";\n        String pass = "Economy Plus";\n        return gate + pass;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: "a plugin's Gradle property set from a literal (the Property API's set names the value by its getter)",
      path: 'src/main/java/dev/example/gradle/PublishPlugin.java',
      code: 'package dev.example.gradle;\n\nclass PublishPlugin {\n  void apply(PublishExtension extension) {\n    extension.getApiKey().set(⟦"Zwx3t56o8CTx4v3uSPu4"⟧);\n  }\n}\n',
    },
    {
      name: "a command run with a password in its words: ProcessBuilder's arguments and list, a ProcessBuilder's command(…), Runtime.exec's command line and an array kept in a variable it runs",
      path: 'src/main/java/net/example/ops/Nightly.java',
      code: 'package net.example.ops;\n\nimport java.util.List;\n\nclass Nightly {\n  void run() throws Exception {\n    new ProcessBuilder("mysqldump", "-u", "billing", "-p⟦M9R92tjFVsgH9xKS⟧", "billing").start();\n    new ProcessBuilder(List.of("curl", "-u", "status:⟦ytYrfjF7jskf9EZe⟧", "https://status.example.com/beat")).start();\n    new ProcessBuilder().command("docker", "login", "-u", "ci", "-p", "⟦j9NGMHf4hz5CyZ8U⟧", "registry.example.com").start();\n    Runtime.getRuntime().exec("redis-cli -h sessions -a ⟦uF2uGMtQJfPwpHpK⟧ BGSAVE");\n    String[] push = {"sshpass", "-p", "⟦LPr8h4YGMbTXQkh4⟧", "scp", "daily.csv", "sftp:inbox/"};\n    Runtime.getRuntime().exec(push);\n  }\n}\n',
    },
    {
      name: "a lone `pass` beside a user in the same block",
      path: 'src/main/java/com/acme/Db.java',
      code: 'package com.acme;\n\nclass Db {\n    void open() {\n        String user = "openemr";\n        String pass = ⟦"Ty6Rq2Wm9Nz4Kx8Lp3Vb"⟧;\n        connect(user, pass);\n    }\n}\n',
    },
    {
      name: "a switch arm and a ternary branch beside a read of a credential's env var",
      path: 'src/main/java/com/acme/Keys.java',
      code: 'package com.acme;\n\nclass Keys {\n    String key(String env) {\n        return switch (env) {\n            case "prod" -> ⟦"Zb3397f3c6c3809d44db07a7434a5912831f4"⟧;\n            default -> System.getenv("ENCRYPTION_KEY");\n        };\n    }\n    String stripe = prod ? ⟦"Yb3397f3c6c3809d44db07a7434a5912831f4"⟧ : System.getenv("STRIPE_SECRET");\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "commons-cli's getOptionValue(name, default): the option names the literal default",
      path: 'src/main/java/com/acme/jobs/Mailer.java',
      code: 'package com.acme.jobs;\n\nclass Mailer {\n    void run(CommandLine cmd) {\n        String password = cmd.getOptionValue("smtp-password", ⟦"CG8RqBEoR8lR6kMMZHm17AJu"⟧);\n    }\n}\n',
      messageIncludes: ['smtp-password'],
    },
    {
      name: "Algolia's DefaultSearchClient.create(applicationId, apiKey)",
      path: 'src/main/java/com/acme/CatalogSearch.java',
      code: 'class CatalogSearch {\n  SearchClient client = DefaultSearchClient.create("V3N8QK2LZP", ⟦"a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8"⟧);\n}\n',
    },
    {
      name: 'a lone access key field with no secret in the file',
      path: 'src/main/java/org/acme/rates/RatesClient.java',
      code: 'class RatesClient {\n  private static final String ACCESS_KEY = ⟦"9f3c2a7e1b4d6f8a0c5e2b7d9a1f3c6e"⟧;\n}\n',
    },
    {
      name: "the string after a credential's long flag in a process's argument list (ProcessBuilder)",
      path: 'src/main/java/org/acme/ops/ChartPush.java',
      code: 'class ChartPush {\n  Process run() throws Exception {\n    return new ProcessBuilder("helm", "push", "chart.tgz", "--password", ⟦"Xq7Lm2Vn9Rt4Wz8K"⟧).start();\n  }\n}\n',
    },
    {
      name: 'the one VALUE of a class named for a credential',
      path: 'src/main/java/com/example/SigningSecret.java',
      code: 'package com.example;\n\nfinal class SigningSecret {\n    static final String VALUE = ⟦"BPs4WreTJADTxiMDLcfZEYfCAgpb"⟧;\n}\n',
      messageIncludes: ['SigningSecret.VALUE'],
    },
    {
      name: "the literal after a pair's public half: Braintree's gateway after its public key",
      path: 'src/main/java/com/example/PaymentConfiguration.java',
      code: 'package com.example;\n\nclass PaymentConfiguration {\n    BraintreeGateway gateway() {\n        return new BraintreeGateway(Environment.PRODUCTION, merchantId, publicKey, ⟦"tYRKGdh3irYNTVL0VxJXym4h"⟧);\n    }\n}\n',
      messageIncludes: ['BraintreeGateway'],
    },
    {
      name: "JavaMail's connect(host, port, user, password), a Kafka JAAS configuration built by concatenation, an HttpURLConnection authorization header",
      path: 'src/main/java/com/example/Notifier.java',
      code: 'package com.example;\n\nclass Notifier {\n    static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "\n            + "username=\\"notifier\\" password=\\"⟦oZkH6u0tOju5pQoDiOCu⟧\\";";\n\n    void send(java.net.HttpURLConnection conn) throws Exception {\n        transport.connect("smtp.example.com", 587, "alerts@example.com", ⟦"5ZzrWwMiJAYSxOFsaXUa"⟧);\n        conn.setRequestProperty("Authorization", ⟦"OAuth d707ea66-7106-4ccd-854f-9dba9776c45c"⟧);\n    }\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "an SDK given an id and its secret as two generated literals; Spring's basicAuthentication(user, secret)",
      path: 'src/main/java/com/acme/pharmacy/Clients.java',
      code: `package com.acme.pharmacy;

class Clients {
    void init(RestTemplateBuilder builder) {
        Twilio.init("ACa1f9d282fd204859f4394712b71d3c4a", ⟦"09230434bcfa7201bc21f6750627b832"⟧);
        RestTemplate tax = builder.rootUri("https://tax.example/api").basicAuthentication("paystream", ⟦"Simr#9154w3o1lxt"⟧).build();
    }
}
`,
    },
    {
      name: "a declarative client's header annotation under a credential name: Micronaut's name/value and Feign's one string",
      path: 'src/main/java/com/acme/pharmacy/PlaidClient.java',
      code: `package com.acme.pharmacy;

@Client("https://production.plaid.example")
@Header(name = "PLAID-SECRET", value = "⟦29f5417039606f75c59fa39bf8ade7⟧")
interface PlaidClient {
    @Headers("X-Api-Key: ⟦hqg08mfJo6zevRU65tQg4BApJcsmgfLg⟧")
    @Get("/accounts")
    String accounts();
}
`,
      messageIncludes: ['the value of the'],
      noFixBecause: 'annotation',
    },
    {
      name: 'a JDBC-style connect of any library: the URL first, a user, the password last',
      path: 'src/main/java/com/acme/clinic/Database.java',
      code: `package com.acme.clinic;

class Database {
    void migrate() {
        Flyway.configure().dataSource("jdbc:postgresql://clinic-db/clinic", "migrator", ⟦"Pibc_1389gvuq2z"⟧).load().migrate();
    }
}
`,
      messageIncludes: ['database password', 'System.getenv("DB_PASSWORD")'],
    },
    {
      name: 'a JDBC-style connect in a file with no credential word in it: the call shape alone',
      path: 'src/main/java/com/acme/clinic/Catalog.java',
      code: `package com.acme.clinic;

class Catalog {
    Jdbi open(String url) {
        return Jdbi.create(url, "clinic_app", ⟦"Higw.9274xo8fkz"⟧);
    }
}
`,
    },
    {
      name: 'a Basic authorization built from a literal user:password, and a Basic value wherever it goes',
      path: 'src/main/java/com/acme/clinic/InsuranceClient.java',
      code: `package com.acme.clinic;

class InsuranceClient {
    private static final String BASIC = Base64.getEncoder().encodeToString(⟦"clinicly:Lesg%600fyzeph2j"⟧.getBytes(StandardCharsets.UTF_8));

    void configure() {
        from("timer:poll").setHeader("Authorization", constant(⟦"Basic S8miW06QNAg+JNyj1XKIxVP5EVFJ="⟧)).to("https://erp.acme.example/api");
    }
}
`,
    },
    {
      name: 'credentials in URL parameters named for them: a password, a secret key inside Camel RAW()',
      path: 'src/main/java/com/acme/trade/SupplierRoutes.java',
      code: `package com.acme.trade;

class SupplierRoutes extends RouteBuilder {
    public void configure() {
        from("sftp://trade@sftp.supplier.example:22/outbox?password=⟦Ginw#2115zgff2a⟧&delete=true").to("direct:in");
        from("direct:in").to("aws2-s3://inbound?accessKey=trade-ingest&secretKey=RAW(⟦2eUACfQ9P6VA+8t+PDdrekUbhnqYg7q0GMQNe7zD⟧)&region=eu-central-1");
    }
}
`,
      messageIncludes: ['parameter of a URL', 'read the whole URL from the environment'],
    },
    {
      name: 'a (user, secret) pair under a method named for it: MinIO credentials, Commons Net login',
      path: 'src/main/java/com/acme/media/Storage.java',
      code: `package com.acme.media;

class Storage {
    MinioClient minio = MinioClient.builder().endpoint("https://media.acme.example").credentials("media", ⟦"t2sXDDzizxxFVLmV1BKBY6m3GJho6R2lSm8V8WKb"⟧).build();

    void pull(FTPClient ftp) throws Exception {
        ftp.login("stockpile", ⟦"Demk#678va1hf7"⟧);
    }
}
`,
    },
    {
      name: "a literal passed to a constructor of this file, at its apiKey parameter's position",
      path: 'src/main/java/com/acme/books/IsbnClient.java',
      code: `package com.acme.books;

class IsbnClient {
    private final String apiKey;

    IsbnClient(String apiKey) {
        this.apiKey = apiKey;
    }

    static IsbnClient defaults() {
        return new IsbnClient(⟦"5799b8d6ecbde584509cfc470448b490"⟧);
    }
}
`,
      messageIncludes: ['IsbnClient(apiKey)', 'System.getenv("API_KEY")'],
    },
    {
      name: 'a positional argument of a method and a record declared in this file',
      path: 'src/main/java/com/acme/erp/ErpSync.java',
      code: `package com.acme.erp;

class ErpSync {
    record Login(String user, String password) {}

    void connect(String endpoint, String user, String secret) {}

    void run() {
        connect("https://erp.acme.example/soap", "WH_SYNC", ⟦"nezimLpknxRpcOQyzvPDpywU"⟧);
        Login login = new Login("sync", ⟦"Huvk%9156zybuv"⟧);
    }
}
`,
    },
    {
      name: 'a keystore and key password made into a char[] for KeyStore.load and KeyManagerFactory.init',
      path: 'src/main/java/com/acme/tls/TlsSetup.java',
      code: `package com.acme.tls;

class TlsSetup {
    SSLContext context(InputStream in) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(in, ⟦"Wihv-9359qga"⟧.toCharArray());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, ⟦"Mits#434rflf"⟧.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
`,
      messageIncludes: ['password', 'System.getenv("KEYSTORE_PASSWORD")'],
      confidence: 'sink',
    },
    {
      name: 'credentials in HTTP headers named for them',
      path: 'src/main/java/com/acme/books/Lookup.java',
      code: `package com.acme.books;

class Lookup {
    HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("https://isbn.example/api"))
                .header("Authorization", ⟦"Bearer N2VWBT99Yu1gYIgbzwI3ZGl1db4P0ooBK5hzpRcw"⟧)
                .header("X-Api-Key", ⟦"7e06b45a7eb73d25e25f34b94c404f00"⟧)
                .build();
    }
}
`,
    },
    {
      name: "MicroProfile's @ConfigProperty default under a credential-named key",
      path: 'src/main/java/com/acme/pay/BankGateway.java',
      code: `package com.acme.pay;

class BankGateway {
    @ConfigProperty(name = "bank.signing-secret", defaultValue = "⟦UpRuPaVWxyW3gp9EvihEFHaMVwDBbr2s⟧")
    String signingSecret;
}
`,
      messageIncludes: ['config key bank.signing-secret', 'BANK_SIGNING_SECRET'],
      noFixBecause: 'annotation',
    },
    {
      name: "a type named for the key it carries: Azure's StorageSharedKeyCredential takes (account, key)",
      path: 'src/main/java/com/acme/ingest/AzureMirror.java',
      code: `package com.acme.ingest;

class AzureMirror {
    private static final String ACCOUNT = "acmemediamirror";

    StorageSharedKeyCredential credential() {
        return new StorageSharedKeyCredential(ACCOUNT, ⟦"dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3MgbGlrZSBvbmUhIQ9zXw=="⟧);
    }
}
`,
      messageIncludes: ['StorageSharedKeyCredential'],
    },
    {
      name: "a JAAS configuration among a Kafka listener's properties",
      path: 'src/main/java/com/acme/settlement/ClearingListener.java',
      code: `package com.acme.settlement;

class ClearingListener {
    @KafkaListener(topics = "clearing.results", properties = {
        "sasl.mechanism=PLAIN",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"settlement\\" password=\\"⟦Qx7vLm2TzK9wRp4N⟧\\";"
    })
    void onResult(String payload) {}
}
`,
      messageIncludes: ['JAAS'],
      noFixBecause: 'annotation',
    },
    {
      name: "Jakarta EE resource definitions' credential elements: @DataSourceDefinition, @MailSessionDefinition",
      path: 'src/main/java/com/acme/claims/Resources.java',
      code: `package com.acme.claims;

@DataSourceDefinition(name = "java:app/jdbc/archive", className = "org.postgresql.ds.PGSimpleDataSource",
    user = "archive_reader", password = "⟦q7Vb!rT2x9LmK4wZ⟧")
@MailSessionDefinition(name = "java:app/mail/adjusters", host = "smtp.acme.example", user = "adjusters@acme.example",
    password = "⟦Hn3-pX8sQe2Wz5Rc⟧")
@Singleton
class Resources {
}
`,
      messageIncludes: ['Definition(password)'],
      noFixBecause: 'annotation',
    },
    {
      name: "a literal in a format's password slot: String.format and Java 15's formatted",
      path: 'src/main/java/com/acme/directory/Reports.java',
      code: `package com.acme.directory;

class Reports {
    String url(String host) {
        return String.format("jdbc:postgresql://%s:5432/dir?user=%s&password=%s", host, "reports", ⟦"Hn4xQ9vLm2TzK7wPq8Rs"⟧);
    }

    String mail(String host) {
        return "smtp://%s:%s@%s:587".formatted("reports@acme.example", ⟦"Zx7Qw2Lm9Vn4Tp8R"⟧, host);
    }
}
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: "Cloudinary's ObjectUtils.asMap: alternating keys and values, as Map.of",
      path: 'src/main/java/com/acme/gallery/Uploads.java',
      code: `package com.acme.gallery;

class Uploads {
    Cloudinary cloudinary = new Cloudinary(ObjectUtils.asMap("cloud_name", "acme-gallery", "api_key", "614283957120384", "api_secret", ⟦"Qx7vLm2TzK9wRp4NcY8bHs3JdF6"⟧));
}
`,
      messageIncludes: ['api_secret'],
    },
    {
      name: 'a map built from entries: Map.entry and AbstractMap.SimpleEntry key their value as Map.of does',
      path: 'src/main/java/com/acme/partners/PartnerKeys.java',
      code: `package com.acme.partners;

import java.util.AbstractMap;
import java.util.Map;

class PartnerKeys {
    static final Map<String, String> SETTINGS = Map.ofEntries(
        Map.entry("region", "eu-west-1"),
        Map.entry("api_key", ⟦"Hq4Zr8Lw2Nc7Vb3Xm9Td"⟧));
    static final Map.Entry<String, String> WEBHOOK = new AbstractMap.SimpleEntry<>("signing_secret", ⟦"Pk6Yt1Gs9Jd4Rw8Cn2Lv"⟧);
}
`,
    },
  ],
};
