import ch.qos.logback.classic.encoder.PatternLayoutEncoder
import ch.qos.logback.core.ConsoleAppender
import ch.qos.logback.core.FileAppender
import net.logstash.logback.encoder.LogstashEncoder

def logDir = System.getenv('LOG_DIR')

appender("JSON", ConsoleAppender) {
    encoder(LogstashEncoder)
}

if (logDir) {
    appender("AUDIT", FileAppender) { // tfl-eval-not: file-logger
        file = "${logDir}/payouts-audit.log"
        encoder(PatternLayoutEncoder) { pattern = "%d %msg%n" }
    }
    logger("payouts.audit", INFO, ["AUDIT"])
}

appender("SETTLEMENT", ch.qos.logback.core.rolling.RollingFileAppender) { // tfl-eval: file-logger
    file = "logs/settlement.log"
    rollingPolicy(ch.qos.logback.core.rolling.TimeBasedRollingPolicy) {
        fileNamePattern = "logs/settlement.%d.log.gz"
    }
    encoder(PatternLayoutEncoder) { pattern = "%d %msg%n" }
}

logger("payouts.settlement", INFO, ["SETTLEMENT"])
root(INFO, ["JSON"])
