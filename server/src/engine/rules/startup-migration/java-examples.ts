import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
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
