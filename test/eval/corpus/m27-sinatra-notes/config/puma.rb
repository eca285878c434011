port ENV.fetch("PORT", 3000)
workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))
