import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
    {
      name: "Flyway inside the app's own method named for migrating: the call in main or a start hook is the finding, not this body (one problem, one finding)",
      path: 'src/main/kotlin/com/example/shortlinks/Database.kt',
      code: `package com.example.shortlinks\n\nimport org.flywaydb.core.Flyway\nimport javax.sql.DataSource\n\nobject Database {\n    fun runMigrations(ds: DataSource) {\n        Flyway.configure().dataSource(ds).load().migrate()\n    }\n}\n`,
    },
    {
      name: 'ddl-auto validate/none, Flyway left to its own (documented) start-up run, SQL init for embedded DBs',
      path: 'src/main/resources/application.properties',
      code: [
        'spring.jpa.hibernate.ddl-auto=validate',
        'spring.jpa.generate-ddl=false',
        'spring.flyway.enabled=true',
        'spring.sql.init.mode=embedded',
        '',
      ].join('\n'),
    },
    {
      name: 'create-drop in the test profile (a YAML document) and in application-test.properties',
      path: 'src/main/resources/application.yml',
      code: [
        'spring:',
        '  jpa:',
        '    hibernate:',
        '      ddl-auto: none',
        '---',
        'spring:',
        '  config:',
        '    activate:',
        '      on-profile: test',
        '  jpa:',
        '    hibernate:',
        '      ddl-auto: create-drop',
        '',
      ].join('\n'),
    },
    {
      name: 'a #--- document of application.properties activated on the test profile',
      path: 'src/main/resources/application.properties',
      code: [
        'spring.jpa.hibernate.ddl-auto=validate',
        '#---',
        'spring.config.activate.on-profile=test',
        'spring.jpa.hibernate.ddl-auto=create-drop',
        '',
      ].join('\n'),
    },
    {
      name: 'the test profile file',
      path: 'src/main/resources/application-test.properties',
      code: 'spring.jpa.hibernate.ddl-auto=create-drop\n',
    },
    {
      name: 'test resources',
      path: 'src/test/resources/application.yml',
      code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create\n',
    },
  ],
  invalid: [
    {
      name: "Kotlin's main calling the app's own migration method before the server starts",
      path: 'src/main/kotlin/com/example/shortlinks/Application.kt',
      code: `package com.example.shortlinks\n\nfun main() {\n    val ds = Database.dataSource()\n    ⟦Database.runMigrations(ds)⟧\n    embeddedServer(Netty, port = 8080) { module(ds) }.start(wait = true)\n}\n`,
      messageIncludes: ['`runMigrations()` changes the schema every time the app starts'],
    },
    {
      name: 'Quarkus and Micronaut spell the Hibernate switch their own way',
      path: 'src/main/resources/application.properties',
      code: 'quarkus.flyway.migrate-at-start=true\nquarkus.hibernate-orm.database.generation=⟦update⟧\njpa.default.properties.hibernate.hbm2ddl.auto=⟦create-drop⟧\n%dev.quarkus.hibernate-orm.database.generation=drop-and-create\n',
      messageIncludes: ['Factor XII', 'every time the app starts'],
    },
    {
      name: 'ddl-auto=update in application.properties',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=${DATABASE_URL}\nspring.jpa.hibernate.ddl-auto=⟦update⟧\n',
      messageIncludes: ['Factor XII', 'changes the schema', 'validate', 'one-off'],
    },
    {
      name: 'nested YAML keys, relaxed binding, generate-ddl and hbm2ddl',
      path: 'src/main/resources/application-prod.yml',
      code: [
        'spring:',
        '  jpa:',
        '    generate-ddl: ⟦true⟧',
        '    hibernate:',
        '      ddlAuto: ⟦create⟧',
        '    properties:',
        '      hibernate.hbm2ddl.auto: ⟦update⟧',
        '  sql:',
        '    init:',
        '      mode: ⟦always⟧',
        '',
      ].join('\n'),
    },
  ],
};

export const codeExamples: Examples = {
  valid: [
    {
      name: "a createTables() in a handler method, and one in a one-off migrate program",
      path: 'src/main/java/org/notes/web/AdminHandler.java',
      code: 'class AdminHandler { void handle(HttpExchange exchange) { store.createTables(); } void main2() { db.createIndex(); } }\n',
    },
    {
      name: 'hbm2ddl.auto=validate in code, a hbm2ddl value from the environment, and the same put in a test',
      path: 'src/main/java/com/acme/shop/JpaConfig.java',
      code: [
        'class JpaConfig {',
        '  Properties jpa() {',
        '    Properties props = new Properties();',
        '    props.put("hibernate.hbm2ddl.auto", "validate");',
        '    props.setProperty(AvailableSettings.HBM2DDL_AUTO, System.getenv("DDL_AUTO"));',
        '    props.put("hibernate.jdbc.batch_size", "update");',
        '    return props;',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'create-drop for an integration test database',
      path: 'src/test/java/com/acme/shop/TestJpaConfig.java',
      code: 'class TestJpaConfig { void props(Properties p) { p.put("hibernate.hbm2ddl.auto", "create-drop"); } }\n',
    },
    {
      name: 'a SpringLiquibase built in a test configuration method that is no bean',
      path: 'src/main/java/com/acme/shop/LiquibaseFactory.java',
      code: 'class LiquibaseFactory {\n  static SpringLiquibase forTests(DataSource ds) { SpringLiquibase bean = new SpringLiquibase(); bean.setShouldRun(false); return bean; }\n}\n',
    },
    {
      name: 'a Flyway bean without initMethod, flyway.info(), and a migrate() of something else',
      path: 'src/main/java/com/acme/shop/DbConfig.java',
      code: [
        'class DbConfig {',
        '  @Bean Flyway flyway(DataSource ds) { return Flyway.configure().dataSource(ds).load(); }',
        '  void report(Flyway flyway) { log.info("{}", flyway.info().current()); }',
        '  void upgrade(SchemaTool tool) { tool.migrate(); }',
        '  void save(Liquibase liquibase, Repo repo) { repo.update(entity); }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a one-off migration program (its own main)',
      path: 'src/main/java/com/acme/shop/tools/MigrateDatabase.java',
      code: [
        'public class MigrateDatabase {',
        '  public static void main(String[] args) {',
        '    Flyway.configure().dataSource(System.getenv("DATABASE_URL"), null, null).load().migrate();',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "Exposed's SchemaUtils in a one-off migrate program, and a query that only reads the schema",
      path: 'src/main/kotlin/com/acme/fleet/tools/Migrate.kt',
      code: 'fun main() {\n  Database.connect(System.getenv("JDBC_DATABASE_URL"))\n  transaction { SchemaUtils.create(Vehicles) }\n}\n',
    },
    {
      name: 'a create() of something other than SchemaUtils',
      path: 'src/main/kotlin/com/acme/fleet/Application.kt',
      code: 'fun Application.module() {\n  val repo = VehicleRepository.create(dataSource)\n  routing { }\n}\n',
    },
    {
      name: 'migrations in an integration test',
      path: 'src/test/kotlin/com/acme/shop/RepoTest.kt',
      code: 'class RepoTest {\n  @BeforeAll fun migrate() { Flyway.configure().dataSource(db.jdbcUrl, "u", "p").load().migrate() }\n}\n',
    },
  ],
  invalid: [
    {
      name: "the app's own schema set-up called from the main that starts the server",
      path: 'src/main/java/org/notes/Main.java',
      code: [
        'public final class Main {',
        '  public static void main(String[] args) throws Exception {',
        '    NoteStore store = new NoteStore();',
        '    ⟦store.createTables()⟧;',
        '    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);',
        '    server.start();',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['`createTables()` changes the schema every time the app starts'],
    },
    {
      name: "Hibernate's hbm2ddl.auto=update put into the entity manager factory's properties in code",
      path: 'src/main/java/com/acme/shop/JpaConfig.java',
      code: [
        'class JpaConfig {',
        '  LocalContainerEntityManagerFactoryBean emf(DataSource ds) {',
        '    Properties props = new Properties();',
        '    ⟦props.put("hibernate.hbm2ddl.auto", "update")⟧;',
        '    ⟦props.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "drop-and-create")⟧;',
        '    return null;',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XII', "Hibernate's schema setting", 'every time the app starts; set it to validate'],
    },
    {
      name: 'the same switch from Kotlin',
      path: 'src/main/kotlin/com/acme/shop/JpaConfig.kt',
      code: 'fun jpaProperties() = java.util.Properties().apply { ⟦setProperty("hibernate.hbm2ddl.auto", "create")⟧ }\n',
    },
    {
      name: 'flyway.migrate() in @PostConstruct',
      path: 'src/main/java/com/acme/shop/DbConfig.java',
      code: [
        'class DbConfig {',
        '  private final Flyway flyway;',
        '  @PostConstruct void init() { ⟦flyway.migrate()⟧; }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XII', '`flyway.migrate()`', 'every time the app starts', 'flyway migrate'],
    },
    {
      name: 'a chain in main before the app starts, and Liquibase update',
      path: 'src/main/java/com/acme/shop/Application.java',
      code: [
        'public class Application {',
        '  public static void main(String[] args) throws Exception {',
        '    ⟦Flyway.configure().dataSource(url, user, password).load().migrate()⟧;',
        '    Liquibase liquibase = new Liquibase("db/changelog.xml", accessor, database);',
        '    ⟪liquibase.update(new Contexts())⟫;',
        '    SpringApplication.run(Application.class, args);',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a SpringLiquibase bean, in Java and in Kotlin',
      path: 'src/main/java/com/acme/shop/LiquibaseConfig.java',
      code: 'class LiquibaseConfig {\n  @Bean\n  SpringLiquibase liquibase(DataSource ds) {\n    SpringLiquibase bean = ⟦new SpringLiquibase()⟧;\n    bean.setDataSource(ds);\n    return bean;\n  }\n}\n',
      messageIncludes: ['Factor XII', 'SpringLiquibase', 'liquibase update'],
    },
    {
      name: 'a SpringLiquibase bean in Kotlin',
      path: 'src/main/kotlin/com/stampcard/config/LiquibaseConfig.kt',
      code: 'class LiquibaseConfig {\n    @Bean\n    fun liquibase(dataSource: DataSource): SpringLiquibase = ⟦SpringLiquibase()⟧.apply {\n        this.dataSource = dataSource\n    }\n}\n',
    },
    {
      name: '@Bean(initMethod = "migrate")',
      path: 'src/main/java/com/acme/shop/DbConfig.java',
      code: 'class DbConfig {\n  @Bean(⟦initMethod = "migrate"⟧)\n  Flyway flyway(DataSource ds) { return Flyway.configure().dataSource(ds).load(); }\n}\n',
    },
    {
      name: 'Kotlin: a CommandLineRunner in a migration-named file still runs on start',
      path: 'src/main/kotlin/com/acme/shop/migration/MigrationRunner.kt',
      code: [
        '@Component',
        'class MigrationRunner(private val flyway: Flyway) : CommandLineRunner {',
        '  override fun run(vararg args: String) {',
        '    ⟦flyway.migrate()⟧',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'Kotlin: a val initialized from Flyway.configure() and a Ktor module',
      path: 'src/main/kotlin/com/acme/shop/Application.kt',
      code: [
        'fun Application.module() {',
        '  val flyway = Flyway.configure().dataSource(dataSource).load()',
        '  ⟦flyway.migrate()⟧',
        '  routing { }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "Kotlin: Exposed's SchemaUtils in a Ktor module",
      path: 'src/main/kotlin/com/acme/fleet/Application.kt',
      code: [
        'fun Application.module() {',
        '  Database.connect(System.getenv("JDBC_DATABASE_URL"))',
        '  transaction { ⟦SchemaUtils.createMissingTablesAndColumns(Vehicles, Trips)⟧ }',
        '  routing { }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['`SchemaUtils.createMissingTablesAndColumns()`', 'every time the app starts'],
    },
  ],
};

/** persistence.xml and hibernate.cfg.xml. */
export const jpaXmlExamples: Examples = {
  invalid: [
    {
      name: "hbm2ddl.auto in persistence.xml (attribute) and hibernate.cfg.xml (content); JPA's schema-generation action",
      path: 'src/main/resources/META-INF/persistence.xml',
      code: `<persistence>\n  <persistence-unit name="permits">\n    <properties>\n      <property name="hibernate.hbm2ddl.auto" value="⟦update⟧"/>\n      <property name="jakarta.persistence.schema-generation.database.action" value="⟦drop-and-create⟧"/>\n    </properties>\n  </persistence-unit>\n</persistence>\n`,
      messageIncludes: ['Factor XII', 'every time the app starts'],
    },
    {
      name: 'hibernate.cfg.xml',
      path: 'src/main/resources/hibernate.cfg.xml',
      code: `<hibernate-configuration>\n  <session-factory>\n    <property name="hbm2ddl.auto">⟦create⟧</property>\n  </session-factory>\n</hibernate-configuration>\n`,
    },
  ],
  valid: [
    {
      name: 'validate and none; an XML file that is no JPA config',
      path: 'src/main/resources/META-INF/persistence.xml',
      code: `<persistence>\n  <persistence-unit name="permits">\n    <properties>\n      <property name="hibernate.hbm2ddl.auto" value="validate"/>\n      <property name="jakarta.persistence.schema-generation.database.action" value="none"/>\n    </properties>\n  </persistence-unit>\n</persistence>\n`,
    },
    { name: 'a Spring beans file', path: 'src/main/resources/beans.xml', code: `<beans>\n  <property name="hibernate.hbm2ddl.auto" value="update"/>\n</beans>\n` },
  ],
};
