Payroll::Application.config.session_store :cookie_store, key: "_payroll_session", httponly: false
