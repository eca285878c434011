import type { Examples } from '../../rule';

// A schema script run through JDBC as the app starts (java-schema-script.ts).
export const schemaScriptExamples: Examples = {
  valid: [
    {
      name: 'the same script run by a one-off program named for it (`./gradlew resetDb`), not by the server',
      path: 'src/main/java/org/urls/tools/ResetDatabase.java',
      code: 'public class ResetDatabase {\n  public static void main(String[] args) throws Exception {\n    var sql = Files.readString(Path.of("src/main/resources/schema.sql"));\n    try (var st = DriverManager.getConnection(System.getenv("JDBC_DATABASE_URL")).createStatement()) {\n      st.execute(sql);\n    }\n  }\n}\n',
    },
    {
      name: 'a seed data file, a plain query, and a script run from a request handler',
      path: 'src/main/java/org/urls/App.java',
      code: [
        'public class App {',
        '  public static void main(String[] args) throws Exception {',
        '    var ds = new HikariDataSource(config());',
        '    var seed = readResource("seed-data.sql");',
        '    ds.getConnection().createStatement().execute(seed);',
        '    ds.getConnection().createStatement().executeUpdate("UPDATE urls SET checked = false");',
        '    Javalin.create().post("/admin/reset", ctx -> reset(ds)).start(7070);',
        '  }',
        '  static void reset(DataSource ds) throws Exception {',
        '    ds.getConnection().createStatement().execute(readResource("schema.sql"));',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a demo whose only database is in memory, with no setting read',
      path: 'src/main/java/demo/Main.java',
      code: 'public class Main {\n  public static void main(String[] args) throws Exception {\n    var conn = DriverManager.getConnection("jdbc:h2:mem:demo");\n    RunScript.execute(conn, new FileReader("schema.sql"));\n    Javalin.create().start(7070);\n  }\n}\n',
    },
  ],
  invalid: [
    {
      name: "Hexlet's getApp(), called by main, reads schema.sql and runs it through a Statement",
      path: 'src/main/java/hexlet/code/App.java',
      code: [
        'public class App {',
        '  public static Javalin getApp() throws Exception {',
        '    var dataSource = new HikariDataSource(hikariConfig());',
        '    var url = App.class.getClassLoader().getResource("schema.sql");',
        '    var sql = Files.lines(Paths.get(url.toURI())).collect(Collectors.joining("\\n"));',
        '    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {',
        '      ⟦statement.execute(sql)⟧;',
        '    }',
        '    return Javalin.create();',
        '  }',
        '  public static void main(String[] args) throws Exception {',
        '    getApp().start(Integer.parseInt(System.getenv().getOrDefault("PORT", "7070")));',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['`execute()` runs a schema script every time the app starts'],
    },
    {
      name: "H2's RunScript in a Ktor module, MyBatis' ScriptRunner in main",
      path: 'src/main/kotlin/dev/bookmarks/Application.kt',
      code: 'fun Application.module() {\n    val ds = HikariDataSource(HikariConfig().apply { jdbcUrl = System.getenv("DB_URL") })\n    ds.connection.use { ⟦RunScript.execute(it, InputStreamReader(javaClass.getResourceAsStream("/db/schema.sql")!!))⟧ }\n}\n\nfun main() {\n    val runner = ScriptRunner(DriverManager.getConnection(System.getenv("DB_URL")))\n    ⟦runner.runScript(FileReader("ddl/init.sql"))⟧\n    embeddedServer(Netty, port = 8080, module = Application::module).start(wait = true)\n}\n',
      messageIncludes: ['runs a schema script every time the app starts'],
    },
    {
      name: "Spring's ScriptUtils in a @PostConstruct hook",
      path: 'src/main/java/org/ledger/SchemaLoader.java',
      code: '@Component\npublic class SchemaLoader {\n  @PostConstruct\n  void load() throws Exception {\n    try (var connection = dataSource.getConnection()) {\n      ⟦ScriptUtils.executeSqlScript(connection, new ClassPathResource("ledger-schema.sql"))⟧;\n    }\n  }\n}\n',
      messageIncludes: ['`ScriptUtils.executeSqlScript()`'],
    },
  ],
};
