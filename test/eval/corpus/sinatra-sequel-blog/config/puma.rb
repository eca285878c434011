port ENV.fetch("PORT", 9292)
workers ENV.fetch("WEB_CONCURRENCY", 2).to_i
