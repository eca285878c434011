import tornado.web

ADMIN_TOKEN = '7c741675ac9724873f29cf989e1ff799817dc0ab'  # tfl-eval: hardcoded-credential
PASSWORD_FIELD = 'password'  # tfl-eval-not: hardcoded-credential


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        password = self.get_argument(PASSWORD_FIELD)  # tfl-eval-not: hardcoded-credential
        if not password:
            self.write({'error': 'Password is required'})  # tfl-eval-not: hardcoded-credential
            return
        self.set_secure_cookie('user', self.get_argument('username'))
        self.redirect('/')


class MainHandler(tornado.web.RequestHandler):
    def get(self):
        token = self.request.headers.get('X-Admin-Token', '')  # tfl-eval-not: hardcoded-credential
        self.render('index.html', is_admin=token == ADMIN_TOKEN)


class SocketHandler(tornado.web.RequestHandler):
    pass
