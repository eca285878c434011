import type { Examples } from '../../rule';

const SERVICE = 'src/main/java/com/acme/shop/PaymentService.java';

export const javaExamples: Examples = {
  valid: [
    {
      name: "a servlet container's names: a form's field, a request attribute's dotted name, a config key compared by name",
      path: 'java/org/apache/catalina/authenticator/Constants.java',
      code: `public final class Constants {
    public static final String FORM_PASSWORD = "j_password";
    public static final String PASSWORD_FIELD = "user_pass";
    String CERTIFICATE_KEY = "jakarta.servlet.request.X509Certificate";

    void parse(String key, String value) {
        if (key.equals("quorumListenOnAllIPs")) {
            listenOnAllIPs = Boolean.parseBoolean(value);
        }
    }
}
`,
    },
    {
      name: 'env reads, @Value placeholders, names of fields and columns, UI text',
      path: SERVICE,
      code: [
        'package com.acme.shop;',
        '',
        'import org.springframework.beans.factory.annotation.Value;',
        '',
        'public class PaymentService {',
        '  private static final String PASSWORD_PARAM = "password";',
        '  private static final String API_KEY_HEADER = "X-Api-Key";',
        '  private final String apiKey = System.getenv("STRIPE_API_KEY");',
        '  @Value("${stripe.secret-key}") private String secretKey;',
        '  @Value("${db.password:}") private String dbPassword;',
        '  @JsonProperty("password") private String password;',
        '  @Column(name = "password_hash") private String passwordHash;',
        '  private String token = System.getenv().getOrDefault("GITHUB_TOKEN", "");',
        '  private String region = System.getenv().getOrDefault("AWS_REGION", "eu-west-1");',
        '  String promptText = "Enter your password";',
        '',
        '  void login(Form form) {',
        '    form.setPassword(request.getParameter("password"));',
        '    String port = Optional.ofNullable(System.getenv("PORT")).orElse("8080");',
        '    String region = config.get("claims.docstore.region").asString().orElse("eu-central-1");',
        '    String archivePassword = config.getOptionalValue("archive.password", String.class).orElse("");',
        '    String owner = users.get("admin").map(User::name).orElse("Xk3vR8tQm2Lw9NzP");',
        '    if (password.equals(confirmPassword)) log.info("password changed");',
        '    var url = "jdbc:postgresql://db:5432/shop";',
        '    String msg = "Invalid token";',
        '    props.put("password", System.getenv("SMTP_PASSWORD"));',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'placeholder values in tests (changeme, test, dummy)',
      path: 'src/test/java/com/acme/shop/PaymentServiceTest.java',
      code: [
        'class PaymentServiceTest {',
        '  private static final String PASSWORD = "test-password";',
        '  void setUp() {',
        '    dataSource.setPassword("changeme");',
        '    container.withPassword("test");',
        '    var user = User.withUsername("user").password("password").build();',
        '    var h2 = DriverManager.getConnection("jdbc:h2:mem:test;USER=sa;PASSWORD=sa", "sa", "");',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'an embedded H2 URL',
      path: 'src/main/java/com/acme/shop/Db.java',
      code: [
        'class Db {',
        '  static final String MEM = "jdbc:h2:mem:shop;password=sa";',
        '}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a static final API key',
      path: SERVICE,
      code: 'class PaymentService {\n  private static final String API_KEY = ⟦"vrSqHURYYxUREk-a"⟧;\n}\n',
      messageIncludes: ['Factor III', 'API key', '"API_KEY"', 'System.getenv("API_KEY")'],
      fix: { kind: 'move-to-env', envName: 'API_KEY', value: 'vrSqHURYYxUREk-a' },
    },
    {
      name: 'a local password variable with an escaped quote',
      path: SERVICE,
      code: 'class A {\n  void m() {\n    String password = ⟦"K5hj\\"nhfzD"⟧;\n  }\n}\n',
      fix: { kind: 'move-to-env', envName: 'PASSWORD', value: 'K5hj"nhfzD' },
    },
    {
      name: 'a setter and a builder method',
      path: 'src/main/java/com/acme/shop/DataSourceConfig.java',
      code: [
        'class DataSourceConfig {',
        '  DataSource dataSource() {',
        '    HikariDataSource ds = new HikariDataSource();',
        '    ds.setPassword(⟦"cns0BSASk5uAV75O"⟧);',
        '    return DataSourceBuilder.create().username("shop").password(⟦"raFOFKw8JSfDK4oZ"⟧).build();',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['password'],
    },
    {
      name: 'DriverManager.getConnection with a password argument',
      path: 'src/main/java/com/acme/shop/Db.java',
      code: 'class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(url, "shop", ⟦"EfAaRpMyedQGiSsH"⟧);\n  }\n}\n',
      messageIncludes: ['passed to DriverManager.getConnection'],
      fix: { kind: 'move-to-env', envName: 'DB_PASSWORD' },
    },
    {
      name: 'a char[] password and a HMAC secret',
      path: 'src/main/java/com/acme/shop/Auth.java',
      code: [
        'class Auth {',
        '  PasswordAuthentication auth = new PasswordAuthentication("mailer", ⟦"NuWdMnIVUzVQbZbo"⟧.toCharArray());',
        '  Algorithm algorithm = Algorithm.HMAC256(⟦"VXIHIpOGyPbj0AEN"⟧);',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'env-read fallbacks: getOrDefault and Optional.orElse',
      path: 'src/main/java/com/acme/shop/Config.java',
      code: [
        'class Config {',
        '  String jwtSecret = System.getenv().getOrDefault("JWT_SECRET", ⟦"kE4RRWHzis8dr8SC"⟧);',
        '  String dbPassword = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse(⟦"Tq7mN2xLp9Rw"⟧);',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['as the fallback of System.getenv(', 'remove the fallback'],
    },
    {
      name: 'config-lookup fallbacks: Helidon config.get(k).asString().orElse, MicroProfile getOptionalValue(k).orElse',
      path: 'src/main/java/io/acme/claims/Keys.java',
      code: [
        'class Keys {',
        '  static String signingKey(Config config) {',
        '    return config.get("claims.signing.key").asString().orElse(⟦"Jx7rTq2WmN9vLk4PzH8s"⟧);',
        '  }',
        '  String token = ConfigProvider.getConfig().getOptionalValue("archive.token", String.class).orElse(⟦"b4Xn8QwR2tLm7VzK9pHs"⟧);',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['as the fallback of config "'],
    },
    {
      name: 'the default of a Spring @Value placeholder (Kotlin-style escapes not needed in Java)',
      path: SERVICE,
      code: 'class A {\n  @Value("${spring.datasource.password:⟦Wq8xZr3LmT5v⟧}")\n  private String password;\n}\n',
      messageIncludes: ['as the default of ${spring.datasource.password}', 'SPRING_DATASOURCE_PASSWORD'],
    },
    {
      name: 'a JDBC URL with a password parameter, and a user:password URL',
      path: 'src/main/java/com/acme/shop/Db.java',
      code: [
        'class Db {',
        '  static final String URL = "jdbc:mysql://db.internal:3306/shop?user=shop&password=⟦Zr8Lq2Nx5Vw⟧";',
        '  static final String MONGO = "mongodb://shop:⟦Hy6Tq1Rz8Pk⟧@mongo.internal:27017/shop";',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['connection URL'],
    },
    {
      name: 'a GitHub token inside a header value and a whole AWS key id',
      path: 'src/main/java/com/acme/shop/Clients.java',
      code: [
        'class Clients {',
        '  void call() {',
        '    request.header("Authorization", "Bearer ⟦ghp_ut12ms9tuwS1jGZIqXuGSmDyS50mdJ5Zkj4a⟧");',
        '    String awsKey = ⟦"AKIABILOFHT5B6YGYVKX"⟧;',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['rotate it'],
    },
    {
      name: 'a map entry and a system property under credential keys',
      path: 'src/main/java/com/acme/shop/Mail.java',
      code: [
        'class Mail {',
        '  void configure(Properties props) {',
        '    props.put("mail.smtp.password", ⟦"Gh5Kx9Lp2Qw"⟧);',
        '    System.setProperty("javax.net.ssl.trustStorePassword", ⟦"Tr9Sd4Kf7Lm"⟧);',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
  ],
};

export const jdbcConfigExamples: Examples = {
  valid: [
    {
      name: 'a JDBC URL without a password, one with a placeholder, an embedded H2 database',
      path: 'src/main/resources/application.properties',
      code: [
        'spring.datasource.url=jdbc:postgresql://db:5432/shop',
        'reporting.datasource.url=jdbc:mysql://reports:3306/r?user=r&password=${REPORTS_DB_PASSWORD}',
        'cache.datasource.url=jdbc:h2:mem:cache;USER=sa;PASSWORD=sa',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a SQL Server URL with a password parameter',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=jdbc:sqlserver://sql.internal:1433;databaseName=shop;user=shop;password=⟦Mx7Qp2Lz9Rt⟧\n',
      messageIncludes: ['"spring.datasource.url"'],
      fix: { kind: 'move-to-env', envName: 'DATASOURCE_URL' },
    },
    {
      name: 'a nested YAML key',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: "jdbc:mysql://db.internal/shop?password=⟦Np4Wz8Kq1Ls⟧&useSSL=true"\n',
    },
  ],
};
