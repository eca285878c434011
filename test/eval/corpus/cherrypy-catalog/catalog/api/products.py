import cherrypy
import jwt

from catalog import settings
from catalog.db import Session
from catalog.models import Product

# Shopping lists of anonymous visitors, by session cookie.
VISITOR_LISTS = {}  # tfl-eval: memory-session-store


@cherrypy.expose
class ProductsApi:
    @cherrypy.tools.json_out()
    def GET(self, sku=None):
        with Session() as session:
            query = session.query(Product)
            if sku:
                query = query.filter_by(sku=sku)
            return [{"sku": p.sku, "title": p.title} for p in query.limit(50)]

    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        token = cherrypy.request.cookie.get(settings.TOKEN_COOKIE)
        if token is None:
            raise cherrypy.HTTPError(401, "Missing token")
        claims = jwt.decode(token.value, settings.JWT_SECRET, algorithms=[settings.JWT_ALGORITHM])
        sid = cherrypy.session.id
        VISITOR_LISTS.setdefault(sid, []).append(cherrypy.request.json["sku"])
        return {"by": claims["sub"], "items": len(VISITOR_LISTS[sid])}
