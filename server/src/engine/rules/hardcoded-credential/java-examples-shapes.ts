// Java shapes beyond named fields and setters: Shiro's cipher key through Base64.decode, jjwt's
// signWith/setSigningKey, Jedis pools and AUTH, passphrases handed to a signer. Generated values.
import type { Examples } from '../../rule';

export const javaShapeExamples: Examples = {
  valid: [
    {
      name: "a JCA provider's registrations: a service's dotted key and the algorithm or class it names",
      path: 'prov/src/main/java/org/bouncycastle/jcajce/provider/symmetric/AES.java',
      code: `package org.bouncycastle.jcajce.provider.symmetric;

public final class AES {
    public static class Mappings {
        public void configure(ConfigurableProvider provider) {
            provider.addAlgorithm("Alg.Alias.Cipher.PBEWITHSHA1AND128BITAES-CBC-BC", "PBEWITHSHAAND128BITAES-CBC-BC");
            provider.addAlgorithm("Alg.Alias.SecretKeyFactory.PBEWITHSHA-256AND256BITAES-BC", "PBEWITHSHA256AND256BITAES-CBC-BC");
            put("Cipher.BROKENPBEWITHSHA1ANDDES", "org.bouncycastle.jce.provider.BrokenJCEBlockCipher$BrokePBEWithSHA1AndDES");
        }
    }
}
`,
    },
    {
      name: 'switch arms and text blocks that hold no credential: a chosen local key, a label, a JSON body naming its fields only',
      path: 'src/main/java/io/acme/sync/Partner.java',
      code: `package io.acme.sync;

class Partner {
    static String partnerKey(String env) {
        return switch (env) {
            case "local" -> "local-dev-key";
            default -> System.getenv("PARTNER_KEY");
        };
    }

    static String label(String env) {
        return switch (env) {
            case "prod" -> "Xq8vTz2LkR7xWp4NbH9cYs3Fd6Gj";
            default -> "unknown";
        };
    }

    static final String SCHEMA = """
            {"client_id": "string", "client_secret": "string"}
            """;
}
`,
    },
    {
      name: 'keys read from the environment or config, and a password compared with a state word',
      path: 'src/main/java/com/acme/shop/SecurityConfig.java',
      code: `package com.acme.shop;

class SecurityConfig {
    void init(CookieRememberMeManager manager, Environment env) {
        manager.setCipherKey(Base64.decode(System.getenv("REMEMBER_ME_KEY")));
        String token = Jwts.builder().signWith(SignatureAlgorithm.HS512, env.getProperty("jwt.secret")).compact();
        JedisPool pool = new JedisPool(new JedisPoolConfig(), "localhost", 6379, 2000, System.getenv("REDIS_PASSWORD"));
        if ("reset".equals(user.getPassword())) { forceReset(user); }
        String decoded = new String(Base64.decode("aGVsbG8="));
    }
}
`,
    },
    {
      name: 'the algorithm and transformation passed beside a key, a key read from the environment, names compared with names',
      path: 'src/main/java/com/acme/pay/CardCipher.java',
      code: `package com.acme.pay;

class CardCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String ALGORITHM = "AES";
    private static final byte[] KEY = Base64.getDecoder().decode(System.getenv("CARD_KEY"));
    private static final String KEY_ALIAS = "payments-2024";

    Cipher cipher() throws Exception {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, ALGORITHM));
        keyStore.getKey(KEY_ALIAS, null);
        return cipher;
    }

    boolean allowed(User user, String confirmPassword) {
        if ("application/json".equals(request.getHeader("Content-Type")) && "true".equals(props.getProperty("auth.enabled"))) audit(user);
        return "admin".equals(user.getRole()) && Objects.equals(user.getPassword(), confirmPassword) && !"".equals(user.getPassword());
    }
}
`,
    },
    {
      name: 'a hashed in-memory password, a role constant compared with a role, a JAAS config that reads a variable, a socket connect',
      path: 'src/main/java/com/acme/ops/OpsConfig.java',
      code: `package com.acme.ops;

class OpsConfig {
    private static final String ADMIN_ROLE = "ADMIN";

    UserDetails actuator() {
        return User.withUsername("actuator").password("{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG").roles("OPS").build();
    }

    boolean isAdmin(User user) {
        return ADMIN_ROLE.equals(user.getRole());
    }

    void kafka(Properties props, Socket socket) throws Exception {
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"ops\\" password=\\"\${KAFKA_PASSWORD}\\";");
        props.put("client.id", "ops.Tz8akH");
        socket.connect(new InetSocketAddress("metrics", 2003), 5000);
    }
}
`,
    },
    {
      name: 'config reads whose default is no credential',
      path: 'src/main/java/com/acme/ops/Settings.java',
      code: `package com.acme.ops;

class Settings {
    String port(Environment env) {
        return env.getProperty("server.port", "8080") + env.getProperty("jwt.secret", "") + System.getProperty("app.mode", "standalone");
    }
}
`,
    },
    {
      name: 'keyed options and JNDI entries that are no credential, cloud clients fed from the environment',
      path: 'src/main/java/com/acme/ops/Directory.java',
      code: `package com.acme.ops;

class Directory {
    void connect(Hashtable<String, String> env, ConnectionFactoryOptions.Builder options) {
        env.put(Context.SECURITY_PRINCIPAL, "cn=sync,dc=acme,dc=io");
        env.put(Context.PROVIDER_URL, System.getenv("LDAP_URL"));
        env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));
        options.option(USER, "reader").option(DATABASE, "forum");
        IClientProfile profile = DefaultProfile.getProfile("cn-hangzhou", System.getenv("ALIYUN_KEY_ID"), System.getenv("ALIYUN_KEY_SECRET"));
    }
}
`,
    },
    {
      name: 'a keys class whose members name no generated value; a local of a method in a Secrets class',
      path: 'src/main/java/com/acme/weather/ApiKeys.java',
      code: `package com.acme.weather;

public final class ApiKeys {
    public static final String HEADER = "X-Api-Key";
    public static final String QUERY_PARAM = "appid";
    static String describe() { String label = "jIkWsvyGSACEYUBAGVv3XIZF"; return label; }
}
`,
    },
    {
      name: 'builder defaults that name no credential, a sensitive property with no default, a client given a URL and a media type',
      path: 'src/main/java/org/acme/nifi/PutContact.java',
      code: `package org.acme.nifi;

class PutContact {
    static final PropertyDescriptor BATCH_SIZE = new PropertyDescriptor.Builder().name("batch-size").defaultValue("50").build();
    static final PropertyDescriptor API_TOKEN = new PropertyDescriptor.Builder().name("api-token").sensitive(true).required(true).build();
    static final PropertyDescriptor REGION = new PropertyDescriptor.Builder().name("region").sensitive(false).defaultValue("QlE5PB32yBMgBA8X8L6u63xs").build();
    final RestClient client = new RestClient("https://crm.example.com", "POST", "application/json");
    final CrmClient other = new CrmClient("https://crm.example.com", "integration", System.getenv("CRM_PASSWORD"));
}
`,
    },
    {
      name: "Kafka's config-key constants read from the environment, and a user's info that is a profile",
      path: 'src/main/java/com/acme/fraud/Topology.java',
      code: `package com.acme.fraud;

class Topology {
    void configure(java.util.Properties props) {
        props.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, System.getenv("SSL_KEY_PASSWORD"));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fraud-scoring");
        props.put("user.info", "Jane Doe, Fraud team");
    }
}
`,
    },
    {
      name: "a JDBC driver class and URL are no id/secret pair; option defaults that name no credential; a password option with no default",
      path: 'src/main/java/com/shopline/etl/OrdersOptions.java',
      code: `package com.shopline.etl;

interface OrdersOptions extends PipelineOptions {
    @Default.String("shopline-analytics:warehouse.orders")
    String getOutputTable();

    @Description("Password of the reporting database")
    String getReportingPassword();
}

class Reader {
    JdbcIO.DataSourceConfiguration source = JdbcIO.DataSourceConfiguration.create("org.postgresql.Driver", "jdbc:postgresql://db.internal:5432/shop");
    String list(@QueryParam("page") @DefaultValue("1") String page) { return page; }
}
`,
    },
    {
      name: "Micronaut @Property: a key without a default, a user's default, an env placeholder default, a hint's text",
      path: 'src/main/java/courier/legacy/DepotGateway.java',
      code: `package courier.legacy;

public class DepotGateway {
    @Property(name = "depot.password") String depotPassword;
    @Property(name = "depot.user", defaultValue = "courier") String depotUser;
    @Property(name = "depot.token", defaultValue = "\${DEPOT_TOKEN:}") String depotToken;
    @Property(name = "depot.password-hint", defaultValue = "ask the depot manager") String passwordHint;
}
`,
    },
    {
      name: 'URLs built by concatenation whose later pieces hold no literal password: an env read, an empty H2 password, a path',
      path: 'src/main/java/com/acme/yard/Archive.java',
      code: `package com.acme.yard;

class Archive {
    Connection open(String host) throws SQLException {
        DriverManager.getConnection("jdbc:sqlserver://" + host + ";databaseName=Tacho;user=reports;password=" + System.getenv("TACHO_PASSWORD") + ";");
        DriverManager.getConnection("jdbc:h2:./data/tacho;USER=sa;PASSWORD=", "sa", "");
        return DriverManager.getConnection("jdbc:mysql://" + host + ":3306/tacho?useSSL=false&serverTimezone=UTC", "mirror", System.getenv("MIRROR_PASSWORD"));
    }

    String label(String id) {
        return "Order " + id + "; password=reset requested";
    }
}
`,
    },
  ],
  invalid: [
    {
      name: "Micronaut @Property(name = …, defaultValue = …): the default of a credential key, as MicroProfile's @ConfigProperty",
      path: 'src/main/java/courier/legacy/DepotGateway.java',
      code: `package courier.legacy;

public class DepotGateway {
    @Property(name = "depot.password", defaultValue = "⟦Mk8vTq3zLw6nXc2R⟧")
    String depotPassword;
}
`,
    },
    {
      name: "a switch expression's arm returned by a method named for a key (arrow and yield arms); a JSON text block's secret field",
      path: 'src/main/java/io/acme/sync/TokenExchange.java',
      code: `package io.acme.sync;

class TokenExchange {
    static String partnerKey(String env) {
        return switch (env) {
            case "production" -> ⟦"b1e4d0c9a7f2e8d3c6b5a4f1e0d9c8b7a6f5e4d3"⟧;
            case "staging" -> {
                yield ⟦"Kq7vTz2LmR8xWp4NbH9cYs3Fd6Gj"⟧;
            }
            default -> System.getenv("PARTNER_KEY");
        };
    }

    String body = """
            {
              "grant_type": "client_credentials",
              "client_secret": "⟦CYuAx1QqtWagq97ItuiLeHgiDrNbVhB6⟧"
            }
            """;
}
`,
    },
    {
      name: "Shiro's remember-me cipher key through Base64.decode",
      path: 'src/main/java/com/acme/shop/ShiroConfig.java',
      code: `package com.acme.shop;

class ShiroConfig {
    CookieRememberMeManager rememberMe() {
        CookieRememberMeManager manager = new CookieRememberMeManager();
        manager.setCipherKey(Base64.decode(⟦"A38YXe+PViCDfO8PR2LnPg=="⟧));
        return manager;
    }
}
`,
      messageIncludes: ['cipher key', 'System.getenv("CIPHER_KEY")'],
    },
    {
      name: "jjwt's signWith and setSigningKey, and a passphrase that reads as a sentence",
      path: 'src/main/java/com/acme/shop/TokenService.java',
      code: `package com.acme.shop;

class TokenService {
    String issue(String subject) {
        return Jwts.builder().setSubject(subject).signWith(SignatureAlgorithm.HS512, ⟦"A String Very Very Strong!!@##$"⟧).compact();
    }
    Claims read(String token) {
        return Jwts.parser().setSigningKey(⟦"ejsXeEAwGNFNQD"⟧).parseClaimsJws(token).getBody();
    }
}
`,
      messageIncludes: ['JWT signing key', 'System.getenv("JWT_SECRET")'],
    },
    {
      name: 'a Jedis pool password and a Redis AUTH',
      path: 'src/main/java/com/acme/shop/Cache.java',
      code: `package com.acme.shop;

class Cache {
    JedisPool pool = new JedisPool(new JedisPoolConfig(), "cache.internal", 6379, 2000, ⟦"BTASN7vTEncrmD"⟧);
    void connect(Jedis jedis) {
        jedis.auth(⟦"yPzQJ3uLVzXfEM"⟧);
    }
}
`,
      messageIncludes: ['Redis password', 'System.getenv("REDIS_PASSWORD")'],
    },
    {
      name: 'a constant handed to a key API: SecretKeySpec through Base64.decode and getBytes, a signer, a cipher key',
      path: 'src/main/java/com/acme/pay/CardCipher.java',
      code: `package com.acme.pay;

class CardCipher {
    private static final byte[] KEY = Base64.getDecoder().decode(⟦"My4055cc03n+UnP6/i/r1g=="⟧);
    private static final String HMAC_SEED = ⟦"Stghm93bloVnH9"⟧;
    static byte[] legacy;
    static { legacy = Base64.decodeBase64(⟦"yva7x8pKM1vKRK/Dt/aaLA=="⟧); }

    void init(Cipher cipher, Mac mac, CookieRememberMeManager manager) throws Exception {
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        mac.init(new SecretKeySpec(HMAC_SEED.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        manager.setCipherKey(legacy);
    }
}
`,
      messageIncludes: ['passed to', 'System.getenv('],
      confidence: 'sink',
    },
    {
      name: 'a literal compared with a credential getter, by equals or a constant-time compare',
      path: 'src/main/java/com/acme/pay/AdminAuth.java',
      code: `package com.acme.pay;

class AdminAuth {
    boolean check(AuthenticationRequest auth, Credentials credentials, HttpServletRequest request) {
        if (⟦"AxcIJYYKeckl4JxEtllC9NlL"⟧.equals(request.getHeader("X-Api-Key"))) return true;
        boolean ci = ⟦"mZJHpRv1RIV61R"⟧.equals(auth.getSecret());
        boolean ops = MessageDigest.isEqual(credentials.password().getBytes(), ⟦"BqER2KEnkXc56O"⟧.getBytes());
        return ci || ops || Objects.equals(credentials.getPassword(), ⟦"bQj9809jcE9EVe"⟧);
    }
}
`,
      messageIncludes: ['System.getenv('],
    },
    {
      name: 'a secret argument after a comment between the arguments',
      path: 'src/main/java/com/acme/pay/Storage.java',
      code: `package com.acme.pay;

class Storage {
    BasicAWSCredentials credentials = new BasicAWSCredentials(
            ⟦"AKIAB5S3GZFCTRMOES6G"⟧, // the uploader's key
            ⟦"lDC7KkgJ48xZUYGIAnO4OPiTJmXKxb4VRdQ/+9VN"⟧);
}
`,
      messageIncludes: ['AWS'],
    },
    {
      name: 'a constant compared with a password getter, Mongo and JavaMail passwords, a JAAS password, a dotted random password',
      path: 'src/main/java/com/acme/ops/OpsConfig.java',
      code: `package com.acme.ops;

class OpsConfig {
    private static final String SYNC_KEY = ⟦"LEWwyQNo7WhTdf"⟧;

    boolean authenticate(BasicCredentials credentials) {
        return "sync".equals(credentials.getUsername()) && SYNC_KEY.equals(credentials.getPassword());
    }

    void clients(Properties props, Transport transport, DataSourceBuilder<?> db) throws Exception {
        MongoCredential mongo = MongoCredential.createCredential("ops", "admin", ⟦"5AHkYHFbhNQp0K"⟧.toCharArray());
        transport.connect("smtp.acme.io", "ops@acme.io", ⟦"iHqG5WxnEAGj3V"⟧);
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"ops\\" password=\\"⟦m6E29UIIyfWeEL⟧\\";");
        db.password(⟦"P9povI.XgXqf"⟧);
    }
}
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: "Spring Security's UsernamePasswordAuthenticationToken built with a literal password",
      path: 'src/main/java/com/acme/ops/SystemLogin.java',
      code: `package com.acme.ops;

class SystemLogin {
    Authentication login(AuthenticationManager manager) {
        return manager.authenticate(new UsernamePasswordAuthenticationToken("system", ⟦"sVcSURnzom4IRgnIxt4zoe"⟧));
    }
}
`,
      messageIncludes: ['passed to UsernamePasswordAuthenticationToken'],
    },
    {
      name: 'the default of a config read under a credential key (Spring Environment, Properties, Typesafe config)',
      path: 'src/main/java/com/acme/ops/Settings.java',
      code: `package com.acme.ops;

class Settings {
    void load(Environment env, Properties props, Config config) {
        String secret = env.getProperty("jwt.secret", ⟦"nvWKM8jpXkWBM5JQYkOrTw"⟧);
        String password = props.getProperty("db.password", ⟦"y8Sm5xvW41MFP1"⟧);
        String token = config.getString("api.token", ⟦"4OOXGh8ZuDZ0Ld0TLSL3rn"⟧);
    }
}
`,
      messageIncludes: ['as the fallback of', 'remove the fallback'],
    },
    {
      name: 'a JNDI or R2DBC credential under a constant key; Commons Email, Aliyun and Tencent Cloud secrets passed positionally',
      path: 'src/main/java/com/acme/ops/Directory.java',
      code: `package com.acme.ops;

class Directory {
    void connect(Hashtable<String, String> env, ConnectionFactoryOptions.Builder options, Email email) {
        env.put(Context.SECURITY_CREDENTIALS, ⟦"TRBrnuLQ4Ud8"⟧);
        options.option(PASSWORD, ⟦"h8Mt6ZA5NYwU"⟧);
        email.setAuthenticator(new DefaultAuthenticator("mailer", ⟦"qTmc6WWCh7u9"⟧));
        IClientProfile profile = DefaultProfile.getProfile("cn-hangzhou", ⟦"LTAI64uFg8N6z8YQ3md13NMP"⟧, ⟦"95X9tVE3RfXi6xmqNHHRuvZ83yCjRX"⟧);
        COSCredentials cos = new BasicCOSCredentials("AKIDz8krbsJ5yKBZQpn74WFkmLPx3", ⟦"q77mzJ7d4QmYffrNPB1vdAzWCA2Cl6"⟧);
        Pusher pusher = new Pusher("1733452", "7ce3994fe559f1da69f3", ⟦"8217093eef43e3d2bc94"⟧);
    }
}
`,
      messageIncludes: ['System.getenv('],
    },
    {
      name: 'the constants of a class or interface named for credentials in the plural',
      path: 'src/main/java/com/acme/weather/ApiKeys.java',
      code: `package com.acme.weather;

public final class ApiKeys {
    public static final String OPEN_WEATHER = ⟦"bc52c0e876868dad397b5f0ec5b98147"⟧;
}

interface Secrets {
    String STRIPE_WEBHOOK = ⟦"X0k4TMOq6OlnVubUlqOJhhFN"⟧;
}
`,
      messageIncludes: ['hardcoded'],
    },
    {
      name: 'the default of a builder-declared property named for a credential, or declared sensitive',
      path: 'src/main/java/org/acme/nifi/PutContact.java',
      code: `package org.acme.nifi;

class PutContact {
    static final PropertyDescriptor API_TOKEN = new PropertyDescriptor.Builder()
            .name("api-token")
            .required(true)
            .defaultValue(⟦"YDJb24L4PHyItqRKH2Bs1hYM"⟧)
            .build();
    static final PropertyDescriptor CONNECTION = new PropertyDescriptor.Builder()
            .name("connection")
            .sensitive(true)
            .defaultValue(⟦"Ks4KXu4ANn8WtbiO5FxfthIC"⟧)
            .build();
}
`,
      messageIncludes: ['property'],
    },
    {
      name: 'a password after a URL and a user, given to a client',
      path: 'src/main/java/com/acme/hr/DirectoryPortlet.java',
      code: `package com.acme.hr;

class DirectoryPortlet {
    private final WorkdayClient workday = new WorkdayClient("https://wd5.example.com/ccx/service/acme", "ISU_Directory", ⟦"UiIfq*YBicqYMX"⟧);
}
`,
      messageIncludes: ['passed to WorkdayClient', 'WORKDAY_CLIENT_PASSWORD'],
    },
    {
      name: "Kafka client config keys by their constants (the _CONFIG suffix), and Confluent's user info by key or constant",
      path: 'src/main/java/com/acme/fraud/Topology.java',
      code: `package com.acme.fraud;

class Topology {
    void configure(java.util.Properties props) {
        props.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, ⟦"HV$#B@o5oy97Kz"⟧);
        props.put("basic.auth.user.info", ⟦"LQ7WZ3KX2MNBV5TR:IPN9rVJaSRmDOEBiUiORgsI5SogQNDm024db6qXm"⟧);
        props.put(AbstractKafkaSchemaSerDeConfig.USER_INFO_CONFIG, ⟦"LQ7WZ3KX2MNBV5TR:9MKuseR75yTiTPmEpFSzG6XvT2jFjDokovwgqLSO"⟧);
    }
}
`,
      messageIncludes: ['hardcoded'],
    },
    {
      name: "the default an annotation gives a getter or a parameter named for a credential (Beam's @Default.String, JAX-RS @DefaultValue)",
      path: 'src/main/java/com/shopline/etl/OrdersOptions.java',
      code: `package com.shopline.etl;

interface OrdersOptions extends PipelineOptions {
    @Default.String("⟦ZJmmW4bv8EiZbetUCZM3Vhpz⟧")
    String getFxApiKey();
}

class Rates {
    String rates(@QueryParam("token") @DefaultValue("⟦TcRTw14XLUeoPb6FqoBNkrH49y1aCHOw⟧") String accessToken) { return accessToken; }
}
`,
      messageIncludes: ['as the default of'],
    },
    {
      name: 'a URL built by concatenation: the piece after the host holds the password (JDBC properties, a query); no fix moves a piece',
      path: 'src/main/java/com/acme/yard/Archive.java',
      code: `package com.acme.yard;

class Archive {
    Connection open(String host) throws SQLException {
        String url = "jdbc:sqlserver://" + host + ":1433;databaseName=Tacho;user=tacho_reader;password=⟦Lq6dZHGPgERX⟧;encrypt=false";
        DriverManager.getConnection("jdbc:mysql://" + host + ":3306/tacho?user=mirror&password=⟦gAtRjwrfraPY⟧&useSSL=false");
        return DriverManager.getConnection(url);
    }
}
`,
      messageIncludes: ['"password" parameter of a URL', 'DATABASE_URL'],
    },
  ],
};
