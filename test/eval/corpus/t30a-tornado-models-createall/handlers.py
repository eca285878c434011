import json

from tornado.web import RequestHandler

from models import Chapter, Session


class ChapterList(RequestHandler):
    def get(self):
        with Session() as db:
            titles = [c.title for c in db.query(Chapter).all()]
        self.write(json.dumps(titles))
