# Sessions live in the cache store, memcached in production (config/environments/production.rb).
Rails.application.config.session_store :cache_store, key: "_tracker_session", expire_after: 12.hours  # tfl-eval-not: memory-session-store
