import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
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
  ],
  invalid: [
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
  ],
  invalid: [
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
      name: 'log4j2 File and RollingFile appenders',
      path: 'src/main/resources/log4j2.xml',
      code: [
        '<Configuration>',
        '  <Appenders>',
        '    <⟦File⟧ name="App" fileName="logs/app.log"/>',
        '    <⟦RollingFile⟧ name="Rolling" fileName="logs/r.log" filePattern="logs/r-%i.log"/>',
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
