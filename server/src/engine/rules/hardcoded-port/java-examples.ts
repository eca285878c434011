import type { Examples } from '../../rule';

export const javaExamples: Examples = {
  valid: [
    {
      name: "a field's default that the configuration replaces before the server starts (ZooKeeper's metrics provider)",
      path: 'src/main/java/org/acme/metrics/PrometheusMetricsProvider.java',
      code: `class PrometheusMetricsProvider {\n    private int port = 7000;\n\n    public void configure(Properties configuration) {\n        this.port = Integer.parseInt(configuration.getProperty("httpPort", "7000"));\n    }\n\n    public void start() {\n        server = new Server(new InetSocketAddress(host, port));\n    }\n}\n`,
    },
    {
      name: 'a Jersey container whose base URI comes from the environment, or carries the port it was given',
      path: 'src/main/java/permits/Main.java',
      code: `import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;\n\nclass Main {\n    public static void main(String[] args) {\n        GrizzlyHttpServerFactory.createHttpServer(URI.create(System.getenv("BASE_URI")), config);\n        GrizzlyHttpServerFactory.createHttpServer(UriBuilder.fromUri("http://0.0.0.0/").port(port).build(), config);\n    }\n}\n`,
    },
    {
      name: 'the port from PORT',
      path: 'src/main/java/shop/Main.java',
      code: `class Main {\n  public static void main(String[] args) throws Exception {\n    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));\n    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);\n    server.start();\n  }\n}\n`,
    },
    {
      name: 'a client connecting is not a server listening',
      path: 'src/main/java/shop/Probe.java',
      code: `class Probe {\n  void probe(Socket socket) throws IOException { socket.connect(new InetSocketAddress("inventory.internal", 8080), 500); }\n}\n`,
    },
    {
      name: 'a test server',
      path: 'src/test/java/shop/ApiTest.java',
      code: `class ApiTest {\n  HttpServer server = HttpServer.create(new InetSocketAddress(8089), 0);\n}\n`,
    },
    {
      name: 'port 0 asks for any free port',
      path: 'src/main/java/shop/Main.java',
      code: `class Main {\n  ServerSocket socket = new ServerSocket(0);\n}\n`,
    },
    {
      name: 'start(8080) on something that is not Javalin',
      path: 'src/main/java/shop/Jobs.java',
      code: `class Jobs {\n  void run(Scheduler scheduler) { scheduler.start(8080); }\n}\n`,
    },
    {
      name: 'a constant assigned in two places is not followed',
      path: 'src/main/java/shop/Main.java',
      code: `class Main {\n  void a() { int port = 8080; }\n  void b() { int port = Integer.parseInt(System.getenv("PORT")); new ServerSocket(port); }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a method's local port written once, beside another method whose local `port` reads the environment (probe27)",
      path: 'src/main/java/feed/FeedServer.java',
      code: `class FeedServer {\n  public static void main(String[] args) throws Exception {\n    int port = 8088;\n    HttpServer.create(new InetSocketAddress(⟦port⟧), 0).start();\n  }\n\n  static void admin() throws Exception {\n    int port = Integer.parseInt(System.getenv("ADMIN_PORT"));\n    HttpServer.create(new InetSocketAddress(port), 0).start();\n  }\n}\n`,
    },
    {
      name: "a Jersey container on a base URI with a literal port (Grizzly, the JDK's)",
      path: 'src/main/java/permits/Main.java',
      code: `import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;\n\nclass Main {\n    public static void main(String[] args) {\n        GrizzlyHttpServerFactory.createHttpServer(URI.create(⟦"http://0.0.0.0:8080/"⟧), config);\n        JdkHttpServerFactory.createHttpServer(new URI(⟦"http://localhost:9090/api"⟧), config);\n    }\n}\n`,
      messageIncludes: ['Factor VII'],
    },
    {
      name: 'the JDK HttpServer',
      path: 'src/main/java/shop/Main.java',
      code: `class Main {\n  public static void main(String[] args) throws Exception {\n    HttpServer server = HttpServer.create(new InetSocketAddress(⟦8080⟧), 0);\n    server.start();\n  }\n}\n`,
      messageIncludes: ['8080', 'System.getenv("PORT")'],
      output: `class Main {\n  public static void main(String[] args) throws Exception {\n    HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"))), 0);\n    server.start();\n  }\n}\n`,
    },
    { name: 'ServerSocket', path: 'src/main/java/shop/Echo.java', code: `class Echo {\n  ServerSocket socket = new ServerSocket(⟦9000⟧);\n}\n` },
    {
      name: 'Javalin through a constant',
      path: 'src/main/java/shop/App.java',
      code: `import io.javalin.Javalin;\n\nclass App {\n  static final int PORT = 7000;\n  public static void main(String[] args) {\n    Javalin.create().start(⟦PORT⟧);\n  }\n}\n`,
      output: `import io.javalin.Javalin;\n\nclass App {\n  static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PORT", "7000"));\n  public static void main(String[] args) {\n    Javalin.create().start(PORT);\n  }\n}\n`,
    },
    { name: 'Spark port', path: 'src/main/java/shop/App.java', code: `import static spark.Spark.*;\n\nclass App {\n  public static void main(String[] args) {\n    port(⟦4567⟧);\n    get("/hello", (req, res) -> "Hello");\n  }\n}\n` },
    { name: 'Undertow listener', path: 'src/main/java/shop/App.java', code: `class App {\n  void run() { Undertow.builder().addHttpListener(⟦8080⟧, "0.0.0.0").build().start(); }\n}\n` },
    { name: 'Vert.x listen', path: 'src/main/java/shop/App.java', code: `import io.vertx.core.Vertx;\n\nclass App {\n  void run(Vertx vertx) { vertx.createHttpServer().requestHandler(this::handle).listen(⟦8080⟧); }\n}\n` },
    { name: 'gRPC ServerBuilder', path: 'src/main/java/shop/GrpcMain.java', code: `class GrpcMain {\n  void run() { Server server = ServerBuilder.forPort(⟦50051⟧).addService(new Orders()).build().start(); }\n}\n` },
  ],
};
