import type { Examples } from '../../rule';

export const javaExamples: Examples = {
  valid: [
    {
      name: "pgjdbc's server names from the environment",
      path: 'src/main/java/com/acme/DataConfig.java',
      code: `import org.postgresql.ds.PGSimpleDataSource;\n\nclass DataConfig {\n    DataSource reporting() {\n        PGSimpleDataSource ds = new PGSimpleDataSource();\n        ds.setServerNames(new String[] {System.getenv("REPORTS_DB_HOST")});\n        String[] labels = new String[] {"reporting-db.internal"};\n        return ds;\n    }\n}\n`,
    },
    {
      name: "a constant naming a property key, this machine, a product's name under a loose word, and a name with no service word",
      path: 'src/main/java/com/acme/mail/MailKeys.java',
      code: 'package com.acme.mail;\n\npublic final class MailKeys {\n    public static final String SMTP_HOST = "mail.smtp.host";\n    static final String DB_HOST = "localhost";\n    static final String MAIL_SERVER = "Postfix";\n    static final String API_HOST = "api.partner.com";\n}\n',
    },
    {
      name: "a field from the environment, one written again in the constructor, one handed to an HTTP client, a parameter of the same name",
      path: 'src/main/java/org/biblio/cache/Clients.java',
      code: 'package org.biblio.cache;\n\nimport java.net.URI;\nimport redis.clients.jedis.JedisPool;\n\npublic class Clients {\n    private String cacheHost = "cache.biblio.internal";\n    private final String apiHost = "openlibrary.org";\n\n    public Clients() {\n        if (System.getenv("CACHE_HOST") != null) cacheHost = System.getenv("CACHE_HOST");\n    }\n\n    JedisPool pool() { return new JedisPool(cacheHost, 6379); }\n\n    URI lookup(String isbn) { return URI.create("https://" + apiHost + "/isbn/" + isbn); }\n\n    static JedisPool of(String host) { return new JedisPool(host, 6379); }\n}\n',
    },
    {
      name: "Spring's connection factories given their host from config, and setAddresses in a file that imports no broker client",
      path: 'src/main/java/com/parcelhub/config/BrokerConfig.java',
      code: 'package com.parcelhub.config;\n\nimport org.springframework.amqp.rabbit.connection.CachingConnectionFactory;\n\n@Configuration\npublic class BrokerConfig {\n    @Value("${rabbit.host}")\n    private String host;\n\n    @Bean\n    public CachingConnectionFactory connectionFactory() {\n        return new CachingConnectionFactory(host);\n    }\n}\n',
    },
    { name: "a URL returned by a stringification method is how the object prints, not an address it connects to", path: "src/main/java/io/mailkit/SendmailTransport.java", code: "package io.mailkit;\n\npublic final class SendmailTransport {\n    @Override\n    public String toString() {\n        return \"smtp://sendmail\";\n    }\n}\n" },
    { name: "a URL under a key that a form or a schema shows (a placeholder, a hint, an example) is a hint to the reader, not an address", path: "src/main/java/io/mailkit/api/ConnectionRequest.java", code: "package io.mailkit.api;\n\npublic record ConnectionRequest(\n    @Schema(description = \"The broker's URL\", example = \"amqp://broker.internal:5672/\") String brokerUrl) {}\n" },
    {
      name: 'a default of a variable whose name says no service (HOST, API_HOST), an empty default, and a name that is not a host',
      path: 'src/main/java/com/example/orders/Settings.java',
      code: `package com.example.orders;\n\nclass Settings {\n    static final String HOST = System.getenv().getOrDefault("HOST", "0.0.0.0");\n    static final String API = System.getenv().getOrDefault("API_HOST", "partner.example-api.net");\n}\n`,
    },
    {
      name: 'S3 at AWS by region, a MinIO endpoint from the environment, and an endpoint() of an HTTP client in a file with no S3 import',
      path: 'src/main/java/app/receipts/Storage.java',
      code: 'import io.minio.MinioClient;\nimport software.amazon.awssdk.services.s3.S3Client;\n\nclass Storage {\n  static final S3Client EXPORTS = S3Client.builder().region(Region.of(System.getenv("AWS_REGION"))).build();\n  static final MinioClient SCANS = MinioClient.builder().endpoint(System.getenv("MINIO_ENDPOINT")).build();\n  static final S3Client AWS = S3Client.builder().endpointOverride(URI.create("https://s3.eu-west-1.amazonaws.com")).build();\n}\n',
    },
    {
      name: 'an HTTP client endpoint without any S3 import',
      path: 'src/main/java/app/partner/Partner.java',
      code: 'class Partner {\n  static final Client CLIENT = Client.builder().endpoint("http://partner.internal:8080").build();\n}\n',
    },
    {
      name: "Oracle URLs with a login (hardcoded-credential's), a TNS descriptor, and a placeholder host",
      path: 'src/main/java/shop/Oracle.java',
      code: `class Oracle {\n    static final String WITH_LOGIN = "jdbc:oracle:thin:scott/Tg7kQ2xW@erp.internal:1521:ERP";\n    static final String TNS = "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=erp.internal)(PORT=1521)))";\n    static final String DOC = "jdbc:oracle:thin:@<host>:1521/<service>";\n}\n`,
    },
    {
      name: 'the JDBC URL from the environment',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(System.getenv("JDBC_DATABASE_URL"), user, password);\n  }\n}\n`,
    },
    {
      name: 'an integration test talks to a local Redis',
      path: 'src/test/java/shop/CacheIT.java',
      code: `class CacheIT {\n  Jedis jedis = new Jedis("10.0.3.7", 6379);\n}\n`,
    },
    {
      name: 'setHost on an HTTP client is no backing service',
      path: 'src/main/java/shop/Api.java',
      code: `import org.apache.http.HttpHost;\nclass Api {\n  void configure(Builder builder) { builder.setHost("api.github.com"); }\n}\n`,
    },
    {
      name: 'a scheme check, not a connection',
      path: 'src/main/java/shop/Urls.java',
      code: `class Urls {\n  static boolean isPostgres(String url) { return url.startsWith("jdbc:postgresql://db"); }\n}\n`,
    },
    {
      name: 'an embedded database has no host',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  DataSource ds = new DriverManagerDataSource("jdbc:h2:mem:shop");\n}\n`,
    },
    {
      name: 'a documentation host',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  static final String SAMPLE = "jdbc:postgresql://db.example.com:5432/app";\n}\n`,
    },
    {
      name: 'an HttpHost in a file with no search client is any HTTP server',
      path: 'src/main/java/com/acme/Api.java',
      code: 'import org.apache.http.HttpHost;\nclass Api { HttpHost target = new HttpHost("api.partner.com", 443, "https"); }\n',
    },
  ],
  invalid: [
    {
      name: 'round 29: `if (System.getenv("X") == null)` (and StringUtils.isBlank, .isEmpty()): the variable is unset there, so a local address is its fallback, information',
      path: 'src/main/java/com/example/Database.java',
      code: 'class Database {\n  static Connection open() throws SQLException {\n    if (System.getenv("JDBC_URL") == null || StringUtils.isBlank(System.getenv("DB_USER"))) {\n      return DriverManager.getConnection(⟦"jdbc:postgresql://localhost:5432/permits"⟧);\n    }\n    return DriverManager.getConnection(System.getenv("JDBC_URL"));\n  }\n}\n',
      severity: 'info',
      messageIncludes: ['as the fallback of'],
    },
    {
      name: 'round 29: a remote address in the else of `!= null` stays a warning; `"embedded".equals(…)` proves nothing unset',
      path: 'src/main/java/com/example/Archive.java',
      code: 'class Archive {\n  static Connection open() throws SQLException {\n    String url = System.getenv("ARCHIVE_URL") != null ? System.getenv("ARCHIVE_URL") : ⟦"jdbc:postgresql://archive-db.prod.internal:5432/archive"⟧;\n    if ("embedded".equals(System.getenv("AUDIT_MODE"))) {\n      return DriverManager.getConnection(⟦"jdbc:postgresql://localhost:5432/audit"⟧);\n    }\n    return DriverManager.getConnection(url);\n  }\n}\n',
    },
    {
      name: "pgjdbc's data source given its server names as an array",
      path: 'src/main/java/com/acme/DataConfig.java',
      code: `import org.postgresql.ds.PGSimpleDataSource;\n\nclass DataConfig {\n    DataSource reporting() {\n        PGSimpleDataSource ds = new PGSimpleDataSource();\n        ds.setServerNames(new String[] {⟦"reporting-db.internal"⟧});\n        return ds;\n    }\n}\n`,
    },
    {
      name: 'an R2DBC pool URL (r2dbc:pool:postgresql://) is read as the driver URL behind it',
      path: 'src/main/java/run/blog/Analytics.java',
      code: `class Analytics {\n  static ConnectionFactory analytics() {\n    return ConnectionFactories.get(⟦"r2dbc:pool:postgresql://10.30.1.8:5432/analytics"⟧);\n  }\n}\n`,
    },
    {
      name: 'a URL (or DSN) with a real password breaks two factors: hardcoded-credential reports the password, this rule the address, with no fix of its own (the credential finding moves the whole value)',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  static final String URL = ⟦"postgresql://shop:2cucZ7acv9020A7x@db.internal:5432/shop"⟧;\n}\n`,
    },
    {
      name: "a host written to a constant whose name says the service (SMTP_HOST, REDIS_SERVER with a dotted host), as PHP, Python and Go read it",
      path: 'src/main/java/com/acme/mail/MailSettings.java',
      code: 'package com.acme.mail;\n\npublic final class MailSettings {\n    public static final String SMTP_HOST = ⟦"smtp.sendgrid.net"⟧;\n    static final String REDIS_SERVER = ⟦"10.40.2.18:6379"⟧;\n}\n',
    },
    {
      name: "a host held in a field, then handed to the client (JedisPool after its config) or put into a JDBC URL with +: the literal is the address",
      path: 'src/main/java/org/biblio/db/Connections.java',
      code: 'package org.biblio.db;\n\nimport java.sql.DriverManager;\nimport redis.clients.jedis.JedisPool;\nimport redis.clients.jedis.JedisPoolConfig;\n\npublic class Connections {\n    private final String host = ⟦"db.biblio.internal"⟧;\n    private String redisHost = ⟦"10.40.2.18"⟧;\n\n    public java.sql.Connection open() throws Exception {\n        return DriverManager.getConnection("jdbc:mysql://" + host + ":3306/library", "library", System.getenv("DB_PASSWORD"));\n    }\n\n    public JedisPool pool() {\n        return new JedisPool(new JedisPoolConfig(), redisHost, 6379);\n    }\n}\n',
    },
    {
      name: "Spring's connection factories as a @Bean builds them: CachingConnectionFactory's host and its broker list (the first host stands for it), LettuceConnectionFactory's host",
      path: 'src/main/java/com/parcelhub/config/BrokerConfig.java',
      code: 'package com.parcelhub.config;\n\nimport org.springframework.amqp.rabbit.connection.CachingConnectionFactory;\nimport org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;\n\n@Configuration\npublic class BrokerConfig {\n    @Bean\n    public CachingConnectionFactory connectionFactory() {\n        CachingConnectionFactory factory = new CachingConnectionFactory(⟦"rabbit-01.parcelhub.internal"⟧);\n        CachingConnectionFactory returns = new CachingConnectionFactory();\n        returns.setAddresses(⟦"10.12.0.21:5672,10.12.0.22:5672"⟧);\n        return factory;\n    }\n\n    @Bean\n    public LettuceConnectionFactory redis() {\n        return new LettuceConnectionFactory(⟦"tracking-redis.internal"⟧, 6379);\n    }\n}\n',
    },
    { name: "the same URL returned by any other method is the address", path: "src/main/java/io/mailkit/SendmailTransport.java", code: "package io.mailkit;\n\npublic final class SendmailTransport {\n    static String archiveUrl() {\n        return ⟦\"jdbc:postgresql://mail-archive.prod.internal:5432/bounces\"⟧;\n    }\n}\n" },
    {
      name: "a remote host as the default of a variable named for a service's host (DB_HOST, SMTP_SERVER): no client in sight, the name says it",
      path: 'src/main/java/com/example/orders/Settings.java',
      code: `package com.example.orders;\n\nclass Settings {\n    static final String DB = System.getenv().getOrDefault("DB_HOST", ⟦"orders-db.prod.internal"⟧);\n}\n`,
    },
    {
      name: "MinIO's builder endpoint and AWS SDK 2's endpointOverride pointed at a deploy's own store",
      path: 'src/main/java/app/receipts/Storage.java',
      code: 'import io.minio.MinioClient;\nimport java.net.URI;\nimport software.amazon.awssdk.services.s3.S3Client;\n\nclass Storage {\n  static final MinioClient SCANS = MinioClient.builder().endpoint(⟦"http://minio.office.lan:9000"⟧).build();\n  static final S3Client ARCHIVE = S3Client.builder().endpointOverride(URI.create(⟦"http://10.20.0.15:9000"⟧)).build();\n}\n',
      messageIncludes: ['Factor IV', 'S3 object storage'],
    },
    {
      name: 'a constant named as a default, used when the environment has nothing: a local one is information',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n    private static final String DEFAULT_URL = ⟦"jdbc:postgresql://localhost:5432/shop"⟧;\n    static String url() {\n        String url = System.getenv("JDBC_DATABASE_URL");\n        return url != null ? url : DEFAULT_URL;\n    }\n}\n`,
      severity: 'info',
    },
    {
      name: "Oracle's thin-driver URL, which has no // after its scheme",
      path: 'src/main/java/gov/city/permits/persistence/LegacyArchive.java',
      code: `final class LegacyArchive {\n    private static final String URL = ⟦"jdbc:oracle:thin:@legacy-permits.city.internal:1521/PERMITS"⟧;\n    static String sid() { return ⟦"jdbc:oracle:thin:@//erp-db.internal:1521:ERP"⟧; }\n}\n`,
      messageIncludes: ['Oracle'],
    },
    {
      name: 'DriverManager.getConnection with a JDBC URL',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(⟦"jdbc:postgresql://db.internal:5432/shop"⟧, "shop", System.getenv("DB_PASSWORD"));\n  }\n}\n`,
      messageIncludes: ['PostgreSQL', 'System.getenv("JDBC_DATABASE_URL")'],
      fix: { kind: 'move-to-env', envName: 'JDBC_DATABASE_URL', value: 'jdbc:postgresql://db.internal:5432/shop' },
    },
    {
      name: 'MongoClients.create',
      path: 'src/main/java/shop/Mongo.java',
      code: `import com.mongodb.client.MongoClients;\nclass Mongo {\n  MongoClient client = MongoClients.create(⟦"mongodb://mongo.internal:27017"⟧);\n}\n`,
      fix: { envName: 'MONGODB_URL' },
    },
    {
      name: 'Jedis host',
      path: 'src/main/java/shop/Cache.java',
      code: `import redis.clients.jedis.Jedis;\nclass Cache {\n  Jedis jedis = new Jedis(⟦"10.0.3.7"⟧, 6379);\n}\n`,
      messageIncludes: ['Redis host', 'System.getenv("REDIS_HOST")'],
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7' },
    },
    {
      name: 'a JedisPool takes the host after its config',
      path: 'src/main/java/shop/Cache.java',
      code: `class Cache {\n  JedisPool pool = new JedisPool(new JedisPoolConfig(), ⟦"cache.internal"⟧, 6379);\n}\n`,
    },
    {
      name: 'Lettuce RedisClient.create',
      path: 'src/main/java/shop/Cache.java',
      code: `import io.lettuce.core.RedisClient;\nclass Cache {\n  RedisClient client = RedisClient.create(⟦"redis://cache.internal:6379/0"⟧);\n}\n`,
    },
    {
      name: 'RabbitMQ ConnectionFactory.setHost',
      path: 'src/main/java/shop/Queue.java',
      code: `import com.rabbitmq.client.ConnectionFactory;\nclass Queue {\n  void connect() {\n    ConnectionFactory factory = new ConnectionFactory();\n    factory.setHost(⟦"rabbit.internal"⟧);\n  }\n}\n`,
      messageIncludes: ['RabbitMQ host', 'AMQP_HOST'],
    },
    {
      name: 'a PostgreSQL DataSource server name',
      path: 'src/main/java/shop/Db.java',
      code: `import org.postgresql.ds.PGSimpleDataSource;\nclass Db {\n  void init(PGSimpleDataSource ds) { ds.setServerNames(new String[] {⟦"x"⟧}); ds.setServerName(⟦"db.internal"⟧); }\n}\n`,
    },
    {
      name: 'JavaMail SMTP host property',
      path: 'src/main/java/shop/Mail.java',
      code: `class Mail {\n  void init(Properties props) { props.put("mail.smtp.host", ⟦"smtp.mailgun.org"⟧); }\n}\n`,
      fix: { envName: 'SMTP_HOST' },
    },
    {
      name: 'Kafka bootstrap servers',
      path: 'src/main/java/shop/Events.java',
      code: `class Events {\n  void init(Properties props) { props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ⟦"kafka-1.internal:9092,kafka-2.internal:9092"⟧); }\n}\n`,
    },
    {
      name: 'a localhost default of getOrDefault is information',
      path: 'src/main/java/shop/Db.java',
      code: `class Db {\n  String url = System.getenv().getOrDefault("JDBC_DATABASE_URL", ⟦"jdbc:postgresql://localhost:5432/shop"⟧);\n}\n`,
      severity: 'info',
      messageIncludes: ['fallback of JDBC_DATABASE_URL'],
    },
    {
      name: 'a remote host default of getOrDefault stays a warning',
      path: 'src/main/java/shop/Cache.java',
      code: `class Cache {\n  Jedis jedis = new Jedis(System.getenv().getOrDefault("REDIS_HOST", ⟦"cache.prod.internal"⟧), 6379);\n}\n`,
      severity: 'warning',
      messageIncludes: ['fallback of REDIS_HOST'],
    },
    {
      name: 'a remote @Value default stays a warning',
      path: 'src/main/java/shop/CacheConfig.java',
      code: `class CacheConfig {\n  @Value("\${REDIS_URL:⟦redis://cache.prod.internal:6379⟧}")\n  String redisUrl;\n}\n`,
      severity: 'warning',
      messageIncludes: ['fallback of REDIS_URL'],
    },
    {
      name: "Elasticsearch's RestClient nodes: new HttpHost(...) and HttpHost.create(...)",
      path: 'src/main/java/com/acme/Search.java',
      code: [
        'import org.apache.http.HttpHost;',
        'import org.elasticsearch.client.RestClient;',
        'class Search {',
        '  RestClient a = RestClient.builder(new HttpHost(⟦"es-prod-01.internal"⟧, 9200, "http")).build();',
        '  RestClient b = RestClient.builder(HttpHost.create(⟦"https://es2.internal:9200"⟧)).build();',
        '}',
        '',
      ].join('\n'),
    },
  ],
};
