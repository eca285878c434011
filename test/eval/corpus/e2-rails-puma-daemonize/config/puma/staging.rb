environment "staging"
workers 1
daemonize # tfl-eval: daemonized-process
