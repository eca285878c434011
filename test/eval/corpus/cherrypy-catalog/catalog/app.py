import logging

import cherrypy

from catalog import settings
from catalog.api.products import ProductsApi
from catalog.db import engine
from catalog.models import Base

logging.basicConfig(level=logging.INFO, filename="/var/log/catalog/app.log")  # tfl-eval: file-logger


def main():
    Base.metadata.create_all(engine)  # tfl-eval: startup-migration
    cherrypy.config.update({
        "server.socket_host": "0.0.0.0",
        "server.socket_port": 8080,  # tfl-eval: hardcoded-port
        "tools.sessions.on": True,
        "tools.sessions.storage_class": cherrypy.lib.sessions.FileSession,  # tfl-eval: memory-session-store
        "tools.sessions.storage_path": "/tmp/catalog-sessions",
    })
    cherrypy.tree.mount(ProductsApi(), "/api/products", {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}})
    cherrypy.engine.signals.subscribe()
    cherrypy.engine.start()
    cherrypy.engine.block()


if __name__ == "__main__":
    main()
