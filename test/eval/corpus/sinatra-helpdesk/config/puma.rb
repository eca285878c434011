workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))
threads 5, 5
port ENV.fetch("PORT", 4567)
stdout_redirect nil # tfl-eval-not: file-logger
