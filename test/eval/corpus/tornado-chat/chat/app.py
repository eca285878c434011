import os

import tornado.ioloop
import tornado.web

from .handlers import LoginHandler, MainHandler, SocketHandler


def make_app():
    settings = dict(
        cookie_secret='tJeDTokTiVjhkd5fBdieBoV9O2lstJ7KCi8Xh1VyTt4=',  # tfl-eval: hardcoded-credential
        login_url='/auth/login',
        xsrf_cookies=True,
        template_path=os.path.join(os.path.dirname(__file__), 'templates'),
        github_oauth={'key': 'Iv1.e04ee1696475b943', 'secret': '5c1b7c9c4d93ace89e4e71c3806bef5ab4b8dfd5'},  # tfl-eval: hardcoded-credential
    )
    return tornado.web.Application([
        (r'/', MainHandler),
        (r'/auth/login', LoginHandler),
        (r'/chatsocket', SocketHandler),
    ], **settings)


if __name__ == '__main__':
    app = make_app()
    app.listen(int(os.environ.get('PORT', '8888')))
    tornado.ioloop.IOLoop.current().start()  # tfl-eval: no-graceful-shutdown
