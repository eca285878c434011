import os

import werkzeug
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from admin import admin_app
from storefront import shop_app

application = DispatcherMiddleware(shop_app, {"/admin": admin_app})

werkzeug.run_simple(  # tfl-eval: runtime-build-step
    "0.0.0.0",
    int(os.environ.get("PORT", "8000")),
    application,
    threaded=True,
    use_reloader=False,
)
