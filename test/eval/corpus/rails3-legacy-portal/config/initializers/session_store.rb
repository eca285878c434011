Portal::Application.config.session_store :cookie_store, key: '_portal_session' # tfl-eval-not: hardcoded-credential
