# Sessions ride on the Rails cache (see the environment files for which cache).
Rails.application.config.session_store :cache_store, key: "_bikeshare_session", expire_after: 12.hours
