environment "development"
daemonize false # tfl-eval-not: daemonized-process
