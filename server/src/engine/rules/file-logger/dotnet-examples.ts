import type { Examples } from '../../rule';

/** Serilog and NLog configured in appsettings*.json. */
export const appsettingsExamples: Examples = {
  valid: [
    {
      name: 'Serilog to the console and Seq; the File sink package only listed in Using; a setting that names a file',
      path: 'src/Fleet.Api/appsettings.json',
      code: `{\n  "Serilog": {\n    "Using": [ "Serilog.Sinks.Console", "Serilog.Sinks.File" ],\n    "WriteTo": [\n      { "Name": "Console" },\n      { "Name": "Seq", "Args": { "serverUrl": "http://seq:5341" } }\n    ]\n  },\n  "Telemetry": { "ExportPath": "telemetry/export.json" }\n}\n`,
    },
    {
      name: 'a File sink in appsettings.Development.json: only development machines load it',
      path: 'src/Fleet.Api/appsettings.Development.json',
      code: `{ "Serilog": { "WriteTo": [ { "Name": "File", "Args": { "path": "logs/dev-.txt" } } ] } }\n`,
    },
    {
      name: 'an NLog File target no rule writes to',
      path: 'appsettings.json',
      code: `{\n  "NLog": {\n    "targets": {\n      "old": { "type": "File", "fileName": "/var/log/old.log" },\n      "stdout": { "type": "Console" }\n    },\n    "rules": [ { "logger": "*", "minLevel": "Info", "writeTo": "stdout" } ]\n  }\n}\n`,
    },
    { name: 'a File sink in another JSON file', path: 'config/sinks.json', code: `{ "Serilog": { "WriteTo": [ { "Name": "File" } ] } }\n` },
  ],
  invalid: [
    {
      name: "Serilog's File sink in a list, and RollingFile inside Async's configure in the numbered-object form",
      path: 'src/Fleet.Api/appsettings.Production.json',
      code: `{\n  "Serilog": {\n    "WriteTo": {\n      "0": { "Name": "Console" },\n      "1": { "Name": "Async", "Args": { "configure": [ { "Name": ⟦"RollingFile"⟧, "Args": { "pathFormat": "logs/fleet-{Date}.log" } } ] } },\n      "2": { "Name": ⟦"File"⟧, "Args": { "path": "/var/log/fleet/api-.log" } }\n    }\n  }\n}\n`,
      messageIncludes: ["Serilog's", 'sink writes the log to a file'],
    },
    {
      name: 'an NLog File target a rule writes to (keys in any case), and one inside an AsyncWrapper',
      path: 'appsettings.json',
      code: `{\n  "NLog": {\n    "targets": {\n      "trips": { "type": ⟦"File"⟧, "fileName": "/var/log/telematics/trips.log" },\n      "audit": { "type": "AsyncWrapper", "target": { "type": ⟦"File"⟧, "fileName": "audit.log" } }\n    },\n    "rules": [ { "logger": "*", "minLevel": "Info", "writeTo": "Trips, audit" } ]\n  }\n}\n`,
      messageIncludes: ['NLog File target'],
    },
  ],
};

/** log4net and NLog XML configs: log4net.config, nlog.config, a web.config section. */
export const dotnetXmlExamples: Examples = {
  valid: [
    {
      name: 'log4net console and trace appenders; a FileAppender no logger refers to',
      path: 'ClaimsPortal/log4net.config',
      code: `<log4net>\n  <appender name="Console" type="log4net.Appender.ConsoleAppender" />\n  <appender name="Audit" type="log4net.Appender.FileAppender">\n    <file value="App_Data\\Logs\\audit.log" />\n  </appender>\n  <root>\n    <appender-ref ref="Console" />\n  </root>\n</log4net>\n`,
    },
    {
      name: 'NLog console targets; a File target no rule writes to',
      path: 'nlog.config',
      code: `<nlog xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <targets>\n    <target xsi:type="ColoredConsole" name="console" />\n    <target xsi:type="File" name="legacy" fileName="D:\\archive\\app.log" />\n  </targets>\n  <rules>\n    <logger name="*" minlevel="Info" writeTo="console" />\n  </rules>\n</nlog>\n`,
    },
  ],
  invalid: [
    {
      name: 'a log4net RollingFileAppender named with its assembly, in a web.config section',
      path: 'ClaimsPortal/Web.config',
      code: `<configuration>\n  <log4net>\n    <appender name="ErrorFile" type="⟦log4net.Appender.RollingFileAppender, log4net⟧">\n      <file value="C:\\inetpub\\logs\\errors.log" />\n    </appender>\n    <root>\n      <appender-ref ref="ErrorFile" />\n    </root>\n  </log4net>\n</configuration>\n`,
      messageIncludes: ['RollingFileAppender'],
    },
    {
      name: 'an NLog File target a rule writes to, and one inside an AsyncWrapper the same rule names (related: one logger)',
      path: 'src/Worker/nlog.config',
      code: `<nlog xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <targets>\n    <target xsi:type="⟦File⟧" name="allfile" fileName="\${basedir}/logs/worker.log" />\n    <target xsi:type="AsyncWrapper" name="async">\n      <target xsi:type="⟪File⟫" name="inner" fileName="logs/async.log" />\n    </target>\n  </targets>\n  <rules>\n    <logger name="*" minlevel="Trace" writeTo="allfile,async" />\n  </rules>\n</nlog>\n`,
      messageIncludes: ['NLog File target'],
    },
  ],
};

/** logback.groovy (Grails, logback-classic up to 1.2). */
export const logbackGroovyExamples: Examples = {
  valid: [
    {
      name: 'a console appender; a file appender only in development mode, and one only when LOG_DIR is set',
      path: 'grails-app/conf/logback.groovy',
      code: `appender('STDOUT', ConsoleAppender) {\n    encoder(PatternLayoutEncoder) { pattern = '%m%n' }\n}\ndef logDir = System.getenv('LOG_DIR')\nif (Environment.isDevelopmentMode()) {\n    appender('FULL_STACKTRACE', FileAppender) { file = 'target/stacktrace.log' }\n}\nif (logDir) {\n    appender('AUDIT', FileAppender) { file = "\${logDir}/audit.log" }\n}\nlogger('StackTrace', ERROR, ['FULL_STACKTRACE'], false)\nlogger('audit', INFO, ['AUDIT'])\nroot(INFO, ['STDOUT'])\n`,
    },
    {
      name: 'a file appender no logger uses',
      path: 'src/main/resources/logback.groovy',
      code: `appender('OLD', FileAppender) { file = 'old.log' }\nappender('JSON', ConsoleAppender) { encoder(LogstashEncoder) }\nroot(INFO, ['JSON'])\n`,
    },
  ],
  invalid: [
    {
      name: 'a RollingFileAppender by its simple and its full name, used by a logger',
      path: 'grails-app/conf/logback.groovy',
      code: `appender('CIRCULATION', ⟦RollingFileAppender⟧) {\n    file = '/var/log/library/circulation.log'\n}\nappender("SETTLEMENT", ⟦ch.qos.logback.core.rolling.RollingFileAppender⟧) {\n    file = "logs/settlement.log"\n}\nlogger('library.circulation', INFO, ['CIRCULATION', "SETTLEMENT"], false)\nroot(INFO, ['STDOUT'])\n`,
      messageIncludes: ['RollingFileAppender "', 'writes the log to a file'],
    },
  ],
};
