Rails.application.config.session_store :cache_store, key: "_choirbook_session"
