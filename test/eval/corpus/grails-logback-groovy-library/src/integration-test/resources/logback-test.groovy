appender('TESTFILE', FileAppender) { // tfl-eval-not: file-logger
    file = 'build/test-results/integration.log'
    encoder(PatternLayoutEncoder) { pattern = '%msg%n' }
}
root(DEBUG, ['TESTFILE'])
