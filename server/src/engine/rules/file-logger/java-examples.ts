import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
    {
      name: "the app's own appender class that sends events to stdout and reads a template file, and a plain class that writes a file",
      path: 'src/main/java/com/acme/logging/JsonStdoutAppender.java',
      code: 'package com.acme.logging;\n\nimport ch.qos.logback.classic.spi.ILoggingEvent;\nimport ch.qos.logback.core.AppenderBase;\nimport java.io.FileInputStream;\nimport java.io.FileWriter;\nimport java.io.PrintWriter;\n\npublic class JsonStdoutAppender extends AppenderBase<ILoggingEvent> {\n    private final PrintWriter out = new PrintWriter(System.out, true);\n\n    @Override\n    protected void append(ILoggingEvent event) {\n        out.println(event.getFormattedMessage());\n    }\n}\n\nclass ReportExporter {\n    void export(String rows) throws Exception {\n        try (FileWriter w = new FileWriter("report.csv")) {\n            w.write(rows);\n        }\n    }\n}\n',
    },
    {
      name: "tinylog's console writer; a writer key in a properties file that is not tinylog's",
      path: 'src/main/resources/tinylog.properties',
      code: 'writer = console\nwriter.format = {level}: {message}\n',
    },
    { name: 'another properties file', path: 'src/main/resources/export.properties', code: 'writer = file\n' },
    {
      name: 'java.util.logging to the console only, a FileHandler configured but not in any handlers list, and slf4j-simple on System.err',
      path: 'src/main/resources/logging.properties',
      code: 'handlers=java.util.logging.ConsoleHandler\njava.util.logging.FileHandler.pattern=%h/app%u.log\norg.slf4j.simpleLogger.logFile=System.err\n',
    },
    {
      name: 'console logging, levels and patterns; a log file only when LOG_FILE is set',
      path: 'src/main/resources/application.properties',
      code: [
        'logging.level.root=INFO',
        'logging.level.com.acme=DEBUG',
        'logging.pattern.console=%d %-5level %logger - %msg%n',
        'logging.file.name=${LOG_FILE:}',
        '',
      ].join('\n'),
    },
    {
      name: 'YAML with structured console logging only',
      path: 'src/main/resources/application.yml',
      code: 'logging:\n  structured:\n    format:\n      console: ecs\n  level:\n    root: info\n',
    },
    {
      name: 'a log file in the test profile and in test resources',
      path: 'src/main/resources/application-test.yml',
      code: 'logging:\n  file:\n    name: build/test.log\n',
    },
    {
      name: 'test resources',
      path: 'src/test/resources/application.properties',
      code: 'logging.file.name=target/test.log\n',
    },
    {
      name: 'Quarkus file logging switched off, and only in the dev profile',
      path: 'src/main/resources/application.properties',
      code: 'quarkus.log.file.enable=false\n%dev.quarkus.log.file.enable=true\n',
    },
    {
      name: "access logs that reach the console: Tomcat's to /dev/stdout, Jetty's with no file name (stderr), and switched on only in the dev profile",
      path: 'src/main/resources/application.properties',
      code: [
        'server.tomcat.accesslog.enabled=true',
        'server.tomcat.accesslog.directory=/dev',
        'server.tomcat.accesslog.prefix=stdout',
        'server.tomcat.accesslog.suffix=',
        'server.jetty.accesslog.enabled=true',
        'server.jetty.accesslog.filename=${ACCESS_LOG_FILE:}',
        '#---',
        'spring.config.activate.on-profile=dev',
        'server.undertow.accesslog.enabled=true',
        '',
      ].join('\n'),
    },
    {
      name: 'the access log switched off',
      path: 'src/main/resources/application.yml',
      code: 'server:\n  tomcat:\n    accesslog:\n      enabled: false\n      directory: /var/log/app\n',
    },
  ],
  invalid: [
    {
      name: "the app's own logback appender class that appends every event to a file it opens itself",
      path: 'src/main/java/com/acme/logging/DailyFileAppender.java',
      code: 'package com.acme.logging;\n\nimport ch.qos.logback.classic.spi.ILoggingEvent;\nimport ch.qos.logback.core.AppenderBase;\nimport java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\nimport java.time.LocalDate;\n\npublic class DailyFileAppender extends AppenderBase<ILoggingEvent> {\n    @Override\n    protected void append(ILoggingEvent event) {\n        try (FileOutputStream out = ⟦new FileOutputStream("logs/" + LocalDate.now() + ".log", true)⟧) {\n            out.write((event.getFormattedMessage() + "\\n").getBytes(StandardCharsets.UTF_8));\n        } catch (IOException e) {\n            addError("write failed", e);\n        }\n    }\n}\n',
      messageIncludes: ['appender class DailyFileAppender opens a file itself'],
    },
    {
      name: "the embedded server's access log in files: Tomcat's (logs/ under its base folder by default), Undertow's, Jetty's file name",
      path: 'src/main/resources/application.properties',
      code: [
        '⟦server.tomcat.accesslog.enabled⟧=true',
        'server.tomcat.accesslog.directory=/var/log/fleet',
        '⟦server.undertow.accesslog.enabled⟧=true',
        '⟦server.jetty.accesslog.filename⟧=/var/log/app/access-yyyy_mm_dd.log',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XI', 'access log'],
    },
    {
      name: 'YAML: Undertow access log with its folder',
      path: 'src/main/resources/application.yml',
      code: 'server:\n  undertow:\n    accesslog:\n      ⟦enabled⟧: true\n      dir: /srv/quotes/logs\n',
      messageIncludes: ['Undertow'],
    },
    {
      name: "tinylog's file, rolling file and shared file writers",
      path: 'src/main/resources/tinylog.properties',
      code: 'writer1 = console\n⟦writer2⟧ = rolling file\nwriter2.file = logs/permits-{count}.log\n⟦writer⟧ = file\n⟦writerAudit⟧ = shared file\n',
      messageIncludes: ['the tinylog', 'writes the log to a file'],
    },
    {
      name: "java.util.logging's FileHandler in logging.properties, and slf4j-simple writing to a file",
      path: 'src/main/resources/logging.properties',
      code: '⟦handlers⟧=java.util.logging.ConsoleHandler, java.util.logging.FileHandler\njava.util.logging.FileHandler.pattern=/var/log/notes/notes-%u.log\n⟦org.slf4j.simpleLogger.logFile⟧=/var/log/notes/app.log\n',
      messageIncludes: ['Factor XI', 'writes the log to a file'],
    },
    {
      name: 'Quarkus file logging switched on',
      path: 'src/main/resources/application.properties',
      code: 'quarkus.http.port=8080\n⟦quarkus.log.file.enable⟧=true\nquarkus.log.file.path=/var/log/rides/rides.log\n',
      messageIncludes: ['Quarkus'],
    },
    {
      name: 'logging.file.name in application.properties',
      path: 'src/main/resources/application.properties',
      code: 'spring.application.name=shop\n⟦logging.file.name⟧=/var/log/shop/app.log\n',
      messageIncludes: ['Factor XI', '"logging.file.name"', 'stdout'],
    },
    {
      name: 'nested YAML keys, the legacy logging.file and a path with an env default',
      path: 'src/main/resources/application.yml',
      code: 'logging:\n  file:\n    ⟦path⟧: ${LOG_DIR:/var/log/shop}\n---\n⟦logging.file⟧: shop.log\n',
    },
  ],
};

export const xmlExamples: Examples = {
  valid: [
    {
      name: 'a console appender only',
      path: 'src/main/resources/logback.xml',
      code: [
        '<configuration>',
        '  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">',
        '    <encoder><pattern>%d %-5level %logger - %msg%n</pattern></encoder>',
        '  </appender>',
        '  <!-- <appender name="FILE" class="ch.qos.logback.core.FileAppender"/> -->',
        '  <root level="INFO"><appender-ref ref="CONSOLE"/></root>',
        '</configuration>',
        '',
      ].join('\n'),
    },
    {
      name: 'a file appender that no logger uses, and one in a dev profile',
      path: 'src/main/resources/logback-spring.xml',
      code: [
        '<configuration>',
        '  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender"/>',
        '  <appender name="UNUSED" class="ch.qos.logback.core.FileAppender"><file>x.log</file></appender>',
        '  <springProfile name="dev">',
        '    <appender name="DEVFILE" class="ch.qos.logback.core.FileAppender"><file>dev.log</file></appender>',
        '    <root><appender-ref ref="DEVFILE"/></root>',
        '  </springProfile>',
        '  <root level="INFO"><appender-ref ref="CONSOLE"/></root>',
        '</configuration>',
        '',
      ].join('\n'),
    },
    {
      name: 'log4j2 Console appender',
      path: 'src/main/resources/log4j2.xml',
      code: '<Configuration>\n  <Appenders>\n    <Console name="Out" target="SYSTEM_OUT"/>\n  </Appenders>\n  <Loggers><Root level="info"><AppenderRef ref="Out"/></Root></Loggers>\n</Configuration>\n',
    },
    {
      name: 'logback-test.xml',
      path: 'src/main/resources/logback-test.xml',
      code: '<configuration><appender name="F" class="ch.qos.logback.core.FileAppender"/><root><appender-ref ref="F"/></root></configuration>\n',
    },
    {
      name: "Tomcat's access log to the container's stdout (directory /dev, prefix stdout, no suffix), a commented-out valve and other valves",
      path: 'conf/server.xml',
      code: [
        '<Server><Service name="Catalina"><Engine name="Catalina"><Host name="localhost">',
        '  <!-- <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" /> -->',
        '  <Valve className="org.apache.catalina.valves.AccessLogValve" directory="/dev" prefix="stdout" suffix="" rotatable="false" buffered="false" />',
        '  <Valve className="org.apache.catalina.valves.RemoteIpValve" remoteIpHeader="x-forwarded-for" />',
        '</Host></Engine></Service></Server>',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Tomcat's access log valves writing files: the default folder (logs/ under CATALINA_BASE) and a JSON valve in a context descriptor",
      path: 'conf/server.xml',
      code: [
        '<Server><Service name="Catalina"><Engine name="Catalina"><Host name="localhost">',
        '  <Valve className="⟦org.apache.catalina.valves.AccessLogValve⟧" directory="logs" prefix="localhost_access_log" suffix=".txt" />',
        '  <Valve className="⟦org.apache.catalina.valves.JsonAccessLogValve⟧" />',
        '</Host></Engine></Service></Server>',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XI', "Tomcat's ", 'writes the access log to files', 'stdout'],
    },
    {
      name: 'logback RollingFileAppender used by root',
      path: 'src/main/resources/logback.xml',
      code: [
        '<configuration>',
        '  <appender name="FILE" class="⟦ch.qos.logback.core.rolling.RollingFileAppender⟧">',
        '    <file>logs/shop.log</file>',
        '  </appender>',
        '  <root level="INFO"><appender-ref ref="FILE"/></root>',
        '</configuration>',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XI', 'RollingFileAppender', '"FILE"'],
    },
    {
      name: 'logback: root writes an info file and an error file: one finding per logger, the second appender related',
      path: 'src/main/resources/logback-spring.xml',
      code: [
        '<configuration>',
        '  <appender name="FILE_INFO" class="⟦ch.qos.logback.core.rolling.RollingFileAppender⟧"><file>logs/info.log</file></appender>',
        '  <appender name="FILE_ERROR" class="⟪ch.qos.logback.core.rolling.RollingFileAppender⟫"><file>logs/error.log</file></appender>',
        '  <appender name="AUDIT" class="⟦ch.qos.logback.core.FileAppender⟧"><file>logs/audit.log</file></appender>',
        '  <logger name="audit" additivity="false"><appender-ref ref="AUDIT"/></logger>',
        '  <root level="INFO"><appender-ref ref="FILE_INFO"/><appender-ref ref="FILE_ERROR"/></root>',
        '</configuration>',
        '',
      ].join('\n'),
    },
    {
      name: "Spring Boot's file-appender.xml include",
      path: 'src/main/resources/logback-spring.xml',
      code: [
        '<configuration>',
        '  <include resource="org/springframework/boot/logging/logback/defaults.xml"/>',
        '  <include resource="⟦org/springframework/boot/logging/logback/file-appender.xml⟧"/>',
        '  <root level="INFO"><appender-ref ref="FILE"/></root>',
        '</configuration>',
        '',
      ].join('\n'),
    },
    {
      name: 'log4j2 File and RollingFile appenders of one logger: one finding, the second related',
      path: 'src/main/resources/log4j2.xml',
      code: [
        '<Configuration>',
        '  <Appenders>',
        '    <⟦File⟧ name="App" fileName="logs/app.log"/>',
        '    <⟪RollingFile⟫ name="Rolling" fileName="logs/r.log" filePattern="logs/r-%i.log"/>',
        '  </Appenders>',
        '  <Loggers><Root level="info"><AppenderRef ref="App"/><AppenderRef ref="Rolling"/></Root></Loggers>',
        '</Configuration>',
        '',
      ].join('\n'),
    },
  ],
};

export const codeExamples: Examples = {
  valid: [
    {
      name: 'console handlers, and a FileHandler that is not java.util.logging\'s',
      path: 'src/main/java/com/acme/shop/Logs.java',
      code: [
        'import java.util.logging.ConsoleHandler;',
        'import com.acme.upload.FileHandler;',
        'class Logs {',
        '  void setUp(Logger logger) {',
        '    logger.addHandler(new ConsoleHandler());',
        '    var uploads = new FileHandler(storage);',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "Jetty's request log through SLF4J, and Jetty's writer with no file name (stderr); Undertow's JBoss logging receiver",
      path: 'src/main/java/com/acme/shop/Server.java',
      code: [
        'import org.eclipse.jetty.server.*;',
        'import io.undertow.server.handlers.accesslog.*;',
        'class Servers {',
        '  void logs(Server server, Server health) {',
        '    server.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter(), CustomRequestLog.NCSA_FORMAT));',
        '    health.setRequestLog(new CustomRequestLog(new RequestLogWriter(), "%r %s"));',
        '    var legacy = new NCSARequestLog(null);',
        '    var probes = new AccessLogHandler(next, new JBossLoggingAccessLogReceiver(), "common", loader);',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a file handler in a test',
      path: 'src/test/java/com/acme/shop/LogsTest.java',
      code: 'import java.util.logging.FileHandler;\nclass LogsTest { FileHandler h = new FileHandler("build/test.log"); }\n',
    },
  ],
  invalid: [
    {
      name: 'java.util.logging FileHandler',
      path: 'src/main/java/com/acme/shop/Logs.java',
      code: [
        'import java.util.logging.*;',
        'class Logs {',
        '  void setUp(Logger logger) throws IOException {',
        '    logger.addHandler(⟦new FileHandler("shop.log", true)⟧);',
        '    logger.addHandler(⟦new java.util.logging.FileHandler("audit.log")⟧);',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XI', 'java.util.logging.FileHandler'],
    },
    {
      name: 'Kotlin: a logback RollingFileAppender and a JUL FileHandler',
      path: 'src/main/kotlin/com/acme/shop/Logs.kt',
      code: [
        'import ch.qos.logback.core.rolling.RollingFileAppender',
        'import java.util.logging.FileHandler',
        'fun setUp(logger: java.util.logging.Logger) {',
        '  val appender = ⟦RollingFileAppender<ILoggingEvent>()⟧',
        '  logger.addHandler(⟦FileHandler("shop.log")⟧)',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "web servers' request logs in files: Jetty's RequestLogWriter and NCSARequestLog given a file, Undertow's DefaultAccessLogReceiver",
      path: 'src/main/java/com/acme/shop/Server.java',
      code: [
        'import org.eclipse.jetty.server.*;',
        'import io.undertow.server.handlers.accesslog.DefaultAccessLogReceiver;',
        'class Servers {',
        '  void logs(Server server, Server gateway, String dir) {',
        '    RequestLogWriter writer = ⟦new RequestLogWriter("logs/yyyy_mm_dd.request.log")⟧;',
        '    server.setRequestLog(new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT));',
        '    gateway.setRequestLog(⟦new NCSARequestLog(dir + "/gateway.log")⟧);',
        '    var receiver = ⟦DefaultAccessLogReceiver.builder()⟧.setOutputDirectory(Paths.get("/var/log/app")).build();',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor XI', 'writes the log to a file'],
    },
    {
      name: "Kotlin: Jetty's RequestLogWriter given a file",
      path: 'src/main/kotlin/com/acme/shop/Server.kt',
      code: 'import org.eclipse.jetty.server.RequestLogWriter\nfun writer() = ⟦RequestLogWriter("/var/log/shop/access.log")⟧\n',
    },
  ],
};

/** Dropwizard's config.yml: file appenders of the app's log and of the request log. */
export const dropwizardYamlExamples: Examples = {
  invalid: [
    {
      name: 'Dropwizard file appenders for the log and the request log, beside console ones',
      path: 'config.yml',
      code: `server:\n  requestLog:\n    appenders:\n      - type: console\n      - type: ⟦file⟧\n        currentLogFilename: /var/log/kennel/requests.log\nlogging:\n  level: INFO\n  appenders:\n    - type: console\n    - type: ⟦file⟧\n      currentLogFilename: /var/log/kennel/kennel.log\n      archivedLogFilenamePattern: /var/log/kennel/kennel-%d.log.gz\n`,
      messageIncludes: ['Dropwizard `type: file` appender writes'],
    },
  ],
  valid: [
    {
      name: 'Dropwizard console and syslog appenders; an appender list elsewhere in a YAML file',
      path: 'config.yml',
      code: `logging:\n  appenders:\n    - type: console\n      target: stdout\n    - type: syslog\n      host: localhost\npipeline:\n  appenders:\n    - type: file\n`,
    },
  ],
};
