Rails.application.config.session_store :redis_session_store,
  key: "_jobboard_session",
  serializer: :json,
  redis: { expire_after: 2.weeks, key_prefix: "jobboard:session:", url: ENV.fetch("REDIS_URL") }
