import type { Examples } from '../../rule';

const handled = `import com.sun.net.httpserver.HttpServer;

class Main {
  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(5)));
  }
}
`;

export const javaExamples: Examples = {
  valid: [
    { name: 'a shutdown hook stops the server', path: 'src/main/java/shop/Main.java', code: handled },
    {
      name: 'a class that stops its server',
      path: 'src/main/java/shop/AdminServer.java',
      code: `class AdminServer {\n  private HttpServer server;\n  void start() throws IOException { server = HttpServer.create(new InetSocketAddress(9901), 0); server.start(); }\n  void close() { server.stop(1); }\n}\n`,
    },
    {
      name: 'Spring Boot handles SIGTERM itself',
      path: 'src/main/java/shop/Application.java',
      code: `@SpringBootApplication\npublic class Application {\n  public static void main(String[] args) { SpringApplication.run(Application.class, args); }\n}\n`,
    },
    { name: 'a test server', path: 'src/test/java/shop/ApiTest.java', code: `class ApiTest {\n  HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);\n}\n` },
  ],
  invalid: [
    {
      name: 'the JDK HttpServer with no hook',
      path: 'src/main/java/shop/Main.java',
      code: `import com.sun.net.httpserver.HttpServer;\n\nclass Main {\n  public static void main(String[] args) throws Exception {\n    HttpServer server = ⟦HttpServer.create⟧(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0);\n    server.createContext("/", new Handler());\n    server.start();\n  }\n}\n`,
      messageIncludes: ['addShutdownHook(new Thread(() -> server.stop(5)))'],
    },
  ],
};

export const kotlinExamples: Examples = {
  valid: [
    {
      name: 'Ktor engines install a shutdown hook by default',
      path: 'src/main/kotlin/shop/Application.kt',
      code: `fun main() {\n    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080) { module() }.start(wait = true)\n}\n`,
    },
    {
      name: 'a hook stops the server',
      path: 'src/main/kotlin/shop/Main.kt',
      code: `fun main() {\n    val server = HttpServer.create(InetSocketAddress(8080), 0)\n    server.start()\n    Runtime.getRuntime().addShutdownHook(Thread { server.stop(5) })\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'the JDK HttpServer from Kotlin',
      path: 'src/main/kotlin/shop/Main.kt',
      code: `import com.sun.net.httpserver.HttpServer\n\nfun main() {\n    val server = ⟦HttpServer.create⟧(InetSocketAddress(8080), 0)\n    server.start()\n}\n`,
      messageIncludes: ['Thread { server.stop(5) }'],
    },
  ],
};
