import grails.util.BuildSettings
import grails.util.Environment
import org.springframework.boot.logging.logback.ColorConverter
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter

import java.nio.charset.StandardCharsets

conversionRule 'clr', ColorConverter
conversionRule 'wex', WhitespaceThrowableProxyConverter

// See http://logback.qos.ch/manual/groovy.html for details on configuration
appender('STDOUT', ConsoleAppender) {
    encoder(PatternLayoutEncoder) {
        charset = StandardCharsets.UTF_8
        pattern = '%clr(%d{yyyy-MM-dd HH:mm:ss.SSS}){faint} %clr(%5p) %clr(---){faint} %clr([%15.15t]){faint} %clr(%-40.40logger{39}){cyan} %clr(:){faint} %m%n%wex'
    }
}

appender('CIRCULATION', RollingFileAppender) { // tfl-eval: file-logger
    file = '/var/log/library/circulation.log'
    rollingPolicy(TimeBasedRollingPolicy) {
        fileNamePattern = '/var/log/library/circulation.%d{yyyy-MM-dd}.log'
        maxHistory = 30
    }
    encoder(PatternLayoutEncoder) {
        pattern = '%d %level %logger - %msg%n'
    }
}

def targetDir = BuildSettings.TARGET_DIR
if (Environment.isDevelopmentMode() && targetDir != null) {
    appender('FULL_STACKTRACE', FileAppender) { // tfl-eval-not: file-logger
        file = "${targetDir}/stacktrace.log"
        append = true
        encoder(PatternLayoutEncoder) {
            pattern = '%level %logger - %msg%n'
        }
    }
    logger('StackTrace', ERROR, ['FULL_STACKTRACE'], false)
}

logger('library.circulation', INFO, ['CIRCULATION'], false)
root(INFO, ['STDOUT'])
