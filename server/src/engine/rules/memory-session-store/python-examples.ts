import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside a split-settings production.py: base.py keeps sessions in the cache (line 40). */
const SESSIONS_IN_BASE_CACHE: ScanOptions = {
  sessionsInCache: { path: 'loans/settings/base.py', range: { start: { line: 40, character: 17 }, end: { line: 40, character: 57 } } },
};

export const pythonExamples: Examples = {
  invalid: [
    {
      name: "aiogram's FSM MemoryStorage (aiogram 3 and 2): a bot's conversations in progress in process memory",
      path: 'bot/loader.py',
      code: 'from aiogram import Dispatcher\nfrom aiogram.fsm.storage.memory import MemoryStorage\nfrom aiogram.contrib.fsm_storage.memory import MemoryStorage as LegacyStorage\n\ndp = Dispatcher(storage=⟦MemoryStorage()⟧)\nlegacy = ⟦LegacyStorage()⟧\n',
      messageIncludes: ["aiogram's MemoryStorage", 'RedisStorage'],
    },
    {
      name: "a Flask view that keeps a notice in a module global for the next request's page (one value for every user)",
      path: 'shop/__init__.py',
      code: 'from flask import Flask, redirect, request, session\n\napp = Flask(__name__)\nnotice = None\n\n\n@app.post("/cart")\ndef add_to_cart():\n    global notice\n    if len(session.get("items", [])) >= 50:\n        ⟦notice⟧ = "Your cart is full."\n        return redirect("/cart")\n    session.setdefault("items", []).append(request.form["sku"])\n    return redirect("/cart")\n',
      messageIncludes: ['set by a request handler'],
    },
    {
      name: 'a class attribute written through self in a handler method (one dict for every instance), an instance dict of a plain handler class built once, and an app factory local captured by its routes',
      path: 'shop/web.py',
      code: `import secrets\n\nfrom aiohttp import web\nfrom flask import Flask, request\n\n\nclass AuthManager:\n    ⟦sessions⟧ = {}\n\n    def login(self):\n        self.sessions[secrets.token_hex(16)] = request.form["username"]\n\n\nclass Handlers:\n    def __init__(self):\n        ⟦self.carts⟧ = {}\n\n    async def add(self, request):\n        self.carts.setdefault(request.cookies["sid"], []).append(request.match_info["sku"])\n\n\ndef create_app():\n    app = Flask(__name__)\n    ⟦notes⟧ = {}\n\n    @app.post("/notes")\n    def add_note():\n        notes.setdefault(current_user.id, []).append(request.json["text"])\n\n    return app\n`,
    },
    {
      name: "cachetools' TTLCache as the session store: named for sessions and keyed by the new session's token, or by an f-string that says session",
      path: 'labbooking/auth.py',
      code: `import secrets\n\nfrom cachetools import TTLCache\n\n⟦_sessions⟧: TTLCache[str, int] = TTLCache(maxsize=20_000, ttl=8 * 3600)\n⟦STORE⟧ = TTLCache(maxsize=1000, ttl=600)\n\n\ndef start_session(researcher_id):\n    token = secrets.token_urlsafe(32)\n    _sessions[token] = researcher_id\n    STORE[f"session:{token}"] = researcher_id\n    return token\n`,
    },
    {
      name: "split settings: base.py keeps sessions in the cache, production.py makes that cache a LocMemCache",
      path: 'loans/settings/production.py',
      code: `from .base import *\n\nCACHES = {\n    "default": {\n        "BACKEND": ⟦"django.core.cache.backends.locmem.LocMemCache"⟧,\n        "LOCATION": "loans",\n    }\n}\n`,
      options: SESSIONS_IN_BASE_CACHE,
      relatedFiles: ['loans/settings/base.py'],
      messageIncludes: ['another settings module', 'LocMemCache'],
    },
    {
      name: "sanic-session's InMemorySessionInterface, and Session(app) with no interface (its default is the in-memory one)",
      path: 'helpdesk/server.py',
      code: `from sanic import Sanic\nfrom sanic_session import InMemorySessionInterface, Session\n\napp = Sanic("helpdesk")\nSession(app, interface=⟦InMemorySessionInterface(expiry=3600)⟧)\nadmin = Sanic("admin")\n⟦Session(admin)⟧\n`,
      messageIncludes: ['sanic-session'],
    },
    {
      name: "fastapi-sessions' InMemoryBackend, and Litestar's server-side sessions with no store registered",
      path: 'app/main.py',
      code: `from uuid import UUID\nfrom fastapi_sessions.backends.implementations import InMemoryBackend\nfrom litestar import Litestar\nfrom litestar.middleware.session.server_side import ServerSideSessionConfig\n\nbackend = ⟦InMemoryBackend[UUID, QuizSession]()⟧\nsession_config = ⟦ServerSideSessionConfig(max_age=3600)⟧\napp = Litestar(route_handlers=[], middleware=[session_config.middleware])\n`,
      messageIncludes: ['Factor VI'],
    },
    {
      name: "Litestar's sessions store registered as a MemoryStore",
      path: 'app/main.py',
      code: `from litestar import Litestar\nfrom litestar.middleware.session.server_side import ServerSideSessionConfig\nfrom litestar.stores.memory import MemoryStore\n\nsession_config = ServerSideSessionConfig()\napp = Litestar(middleware=[session_config.middleware], stores={"sessions": ⟦MemoryStore()⟧})\n`,
      messageIncludes: ['Factor VI', 'MemoryStore'],
    },
    {
      name: "Beaker file and memory sessions in a Bottle app's session options",
      path: 'kiosk/app.py',
      code: `import bottle\nfrom beaker.middleware import SessionMiddleware\n\napp = bottle.Bottle()\nsession_opts = {\n    "session.type": ⟦"file"⟧,\n    "session.data_dir": "/tmp/kiosk-sessions",\n}\nwsgi = SessionMiddleware(app, session_opts)\nlegacy = SessionMiddleware(app, {"session.type": ⟦"memory"⟧})\n`,
      messageIncludes: ['Factor VI', 'Beaker', "ext:redis"],
    },
    {
      name: "CherryPy sessions on: RAM by default, or on the local disk with FileSession; a dict of visitors' lists in an exposed class",
      path: 'catalog/app.py',
      code: `import cherrypy\n\n⟦VISITOR_LISTS⟧ = {}\n\n@cherrypy.expose\nclass ProductsApi:\n    def POST(self):\n        VISITOR_LISTS.setdefault(cherrypy.session.id, []).append(cherrypy.request.json['sku'])\n\ncherrypy.config.update({\n    ⟦'tools.sessions.on': True⟧,\n})\ncherrypy.tree.mount(ProductsApi(), '/api', {'/': {'tools.sessions.on': True, ⟦'tools.sessions.storage_class': cherrypy.lib.sessions.FileSession⟧}})\n`,
    },
    {
      name: "Flask-Session SESSION_TYPE = 'filesystem'",
      path: 'config.py',
      code: `class Config:\n    SESSION_TYPE = ⟦'filesystem'⟧\n    SESSION_PERMANENT = False\n`,
      messageIncludes: ['Factor VI', 'Flask-Session', 'local disk', 'Redis'],
    },
    {
      name: 'Flask-Session through app.config',
      path: 'app.py',
      code: `app = Flask(__name__)\napp.config['SESSION_TYPE'] = ⟦'filesystem'⟧\nSession(app)\n`,
    },
    {
      name: 'Flask-Session through app.config.update',
      path: 'app/__init__.py',
      code: `app.config.update(SESSION_TYPE=⟦"filesystem"⟧, SESSION_FILE_DIR='/tmp/sessions')\n`,
    },
    {
      name: "Flask-Session 0.6+'s cachelib backend on a FileSystemCache (disk) or a SimpleCache (memory)",
      path: 'larder/__init__.py',
      code: `from cachelib.file import FileSystemCache\nimport cachelib\n\napp.config["SESSION_TYPE"] = "cachelib"\napp.config["SESSION_CACHELIB"] = ⟦FileSystemCache(cache_dir="/var/lib/app/sessions", threshold=500)⟧\nSESSION_CACHELIB = ⟦cachelib.simple.SimpleCache()⟧\n`,
      messageIncludes: ["Flask-Session's cachelib backend on a", 'not shared between processes'],
    },
    {
      name: 'Django file sessions',
      path: 'mysite/settings.py',
      code: `SESSION_ENGINE = ⟦'django.contrib.sessions.backends.file'⟧\nSESSION_FILE_PATH = '/tmp/sessions'\n`,
      messageIncludes: ['Django file sessions'],
    },
    {
      name: 'Django cache sessions on the default LocMemCache',
      path: 'mysite/settings.py',
      code: `CACHES = {\n    'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'},\n}\nSESSION_ENGINE = ⟦'django.contrib.sessions.backends.cache'⟧\n`,
      messageIncludes: ['LocMemCache'],
    },
    {
      name: "Django Channels' InMemoryChannelLayer in the deployed settings",
      path: 'supportchat/settings/production.py',
      code: `from .base import *\n\nCHANNEL_LAYERS = {\n    "default": {\n        "BACKEND": ⟦"channels.layers.InMemoryChannelLayer"⟧,\n    }\n}\n`,
      messageIncludes: ['InMemoryChannelLayer', 'RedisChannelLayer'],
    },
    {
      name: 'a Flask route keeping carts in a module-level dict keyed by the session',
      path: 'shop/views.py',
      code: `from flask import Flask, session, request\n\napp = Flask(__name__)\n⟦carts⟧ = {}\n\n@app.route('/cart', methods=['POST'])\ndef add_to_cart():\n    carts.setdefault(session['user_id'], []).append(request.form['item'])\n    return 'ok'\n`,
      messageIncludes: ['Factor VI', '`carts`', 'Redis'],
    },
    {
      name: 'a FastAPI handler writing per-user state',
      path: 'app/main.py',
      code: `from fastapi import FastAPI, Depends\n\napp = FastAPI()\n⟦logged_in⟧: dict[int, dict] = {}\n\n@app.post('/login')\nasync def login(user: User = Depends(authenticate)):\n    logged_in[user.id] = {'name': user.name}\n    return {'ok': True}\n`,
    },
    {
      name: 'a Django view keyed by request.user',
      path: 'shop/views.py',
      code: `from collections import defaultdict\n\n⟦baskets⟧ = defaultdict(list)\n\ndef add(request, product_id):\n    baskets[request.user.id].append(product_id)\n    return HttpResponse(status=204)\n`,
    },
    {
      name: 'a Flask-Login handler adding to a set',
      path: 'auth.py',
      code: `⟦active_users⟧ = set()\n\n@bp.route('/login', methods=['POST'])\n@login_required\ndef login():\n    active_users.add(current_user.id)\n`,
    },
    {
      name: "a function routed elsewhere (Connexion's operationId, add_url_rule) that reads flask's session, storing who is signed in",
      path: 'labtrack/api/sessions.py',
      code: `from flask import session\n\n⟦active_benches⟧: dict[str, str] = {}\n\ndef login(body: dict):\n    user = body['username']\n    session['user'] = user\n    active_benches[body['bench_id']] = user\n    return {'ok': True}\n`,
    },
    {
      name: "a Django Channels consumer (one per connection, in a long-lived ASGI process) adding who connected to a module-level dict",
      path: 'chat/consumers.py',
      code: `from channels.generic.websocket import AsyncJsonWebsocketConsumer\n\n⟦staff_by_desk⟧: dict[str, set[str]] = {}\n\nclass DeskConsumer(AsyncJsonWebsocketConsumer):\n    async def connect(self):\n        user = self.scope["user"]\n        staff_by_desk.setdefault(self.scope["url_route"]["kwargs"]["desk"], set()).add(user.username)\n        await self.accept()\n`,
    },
    {
      name: "socket.io event handlers (python-socketio's @sio.event, Flask-SocketIO's @socketio.on): presence by name, and who asks as the key",
      path: 'trivia/server.py',
      code: `import socketio\n\nsio = socketio.AsyncServer(async_mode="asgi")\n⟦online_players⟧ = {}\n⟦seats⟧ = {}\n\n@sio.event\nasync def connect(sid, environ, auth):\n    online_players[auth["nickname"]] = sid\n\n@socketio.on("sit")\ndef sit(data):\n    seats[session["user_id"]] = data["seat"]\n`,
    },
    {
      name: "a module-level dict written by a Tornado RequestHandler, keyed by the operator its cookie names",
      path: 'telemetry/app.py',
      code: `import tornado.web\n\n⟦pinned_dashboards⟧ = {}\n\n\nclass PinHandler(tornado.web.RequestHandler):\n    def post(self):\n        operator = self.get_secure_cookie("operator").decode()\n        pinned_dashboards.setdefault(operator, []).append(self.get_argument("dashboard"))\n`,
    },
    {
      name: 'presence by name: who is online, in a Starlette endpoint and a FastAPI route',
      path: 'app/presence.py',
      code: `from starlette.endpoints import WebSocketEndpoint\n\n⟦online_players⟧ = {}\n⟦viewers⟧ = {}\n\nclass Lobby(WebSocketEndpoint):\n    async def on_connect(self, websocket):\n        online_players[websocket.path_params["room"]] = websocket.path_params["nick"]\n\n@router.get('/docs/{doc_id}')\nasync def open_doc(doc_id: str):\n    viewers[doc_id] = viewers.get(doc_id, 0) + 1\n`,
    },
  ],
  valid: [
    {
      name: "aiogram's RedisStorage, and a MemoryStorage class of the app's own",
      path: 'bot/loader.py',
      code: 'from aiogram import Dispatcher\nfrom aiogram.fsm.storage.redis import RedisStorage\nfrom app.cache import MemoryStorage\n\ndp = Dispatcher(storage=RedisStorage.from_url("redis://cache:6379/0"))\nlocal = MemoryStorage()\n',
    },
    {
      name: 'globals a view memoises (if … is None), counts (+=) or fills with a client, and a global set outside any handler',
      path: 'app/views.py',
      code: 'import redis\nfrom flask import Flask, request\n\napp = Flask(__name__)\n_client = None\nhits = 0\nstarted = None\n\n\n@app.get("/stats")\ndef stats():\n    global _client, hits\n    if _client is None:\n        _client = build_client()\n    hits += 1\n    return {"hits": hits, "q": request.args.get("q")}\n\n\n@app.get("/cache")\ndef cache():\n    global _client\n    _client = redis.Redis.from_url(app.config["REDIS_URL"])\n    return {}\n\n\ndef boot():\n    global started\n    started = "now"\n',
    },
    {
      name: "held containers that are not per-user process state: a per-request class-based view (it has a base), a plain class filled outside handlers, a cache by name, a handler's own local written by its nested helper",
      path: 'shop/views.py',
      code: `from aiohttp import web\n\n\nclass CartView(web.View):\n    def __init__(self, request):\n        super().__init__(request)\n        self.carts = {}\n\n    async def post(self, request):\n        self.carts[request.cookies["sid"]] = 1\n\n\nclass ImportReport:\n    def __init__(self):\n        self.users = {}\n\n    def record(self, user_id, line):\n        self.users[user_id] = line\n\n\nclass Handlers:\n    def __init__(self):\n        self.price_cache = {}\n\n    async def price(self, request):\n        self.price_cache[request.match_info["sku"]] = 1\n\n\ndef summary(request):\n    users = {}\n\n    def add(row):\n        users[row.user_id] = row\n\n    for row in request.rows:\n        add(row)\n    return users\n`,
    },
    {
      name: 'HTTP client sessions cached per API token: a pool of outgoing connections, not a visitor\'s session',
      path: 'integrations/clients.py',
      code: `import requests\n\n_sessions: dict[str, requests.Session] = {}\n\n\ndef session_for(token):\n    if token not in _sessions:\n        _sessions[token] = requests.Session()\n        _sessions[token].headers["Authorization"] = f"Bearer {token}"\n    return _sessions[token]\n`,
    },
    {
      name: "cachetools caches of derived data: a decorator's TTLCache, a cache named for what it holds keyed by its input",
      path: 'labbooking/instruments.py',
      code: `from cachetools import TTLCache, cached\n\nrates = TTLCache(maxsize=64, ttl=600)\n\n\n@cached(cache=TTLCache(maxsize=1, ttl=600))\ndef instrument_catalogue():\n    return fetch_catalogue()\n\n\ndef rate(currency):\n    rates[currency] = fetch_rate(currency)\n    return rates[currency]\n`,
    },
    {
      name: 'a Tornado handler that only reads a module-level lookup table',
      path: 'telemetry/app.py',
      code: `from tornado.web import RequestHandler\n\nUNITS = {"temp": "C"}\n\n\nclass ReadingHandler(RequestHandler):\n    def get(self, sensor):\n        self.write({"unit": UNITS.get(sensor)})\n`,
    },
    {
      name: "sanic-session on Redis",
      path: 'helpdesk/server.py',
      code: `from sanic import Sanic\nfrom sanic_session import AIORedisSessionInterface, Session\n\napp = Sanic("helpdesk")\nSession(app, interface=AIORedisSessionInterface(redis))\n`,
    },
    {
      name: 'split settings: a production.py whose cache is Redis, and one that picks its own session engine',
      path: 'loans/settings/production.py',
      code: `from .base import *\n\nCACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": env("REDIS_URL")}}\n`,
      options: SESSIONS_IN_BASE_CACHE,
    },
    {
      name: 'split settings: production.py keeps sessions in the database, so its LocMemCache holds no session',
      path: 'loans/settings/prod.py',
      code: `from .base import *\n\nSESSION_ENGINE = "django.contrib.sessions.backends.db"\nCACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n`,
      options: SESSIONS_IN_BASE_CACHE,
    },
    {
      name: "split settings: the test run's LocMemCache (tests are not deployed)",
      path: 'loans/settings/test.py',
      code: `from .base import *\n\nCACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n`,
      options: SESSIONS_IN_BASE_CACHE,
    },
    {
      name: "Litestar's server-side sessions on a registered Redis store, a MemoryStore for another purpose, a config with no app in the file",
      path: 'app/main.py',
      code: `from litestar import Litestar\nfrom litestar.middleware.session.server_side import ServerSideSessionConfig\nfrom litestar.stores.memory import MemoryStore\nfrom litestar.stores.redis import RedisStore\n\nsession_config = ServerSideSessionConfig()\napp = Litestar(middleware=[session_config.middleware], stores={"sessions": RedisStore.with_client(url=os.environ["REDIS_URL"]), "rate_limit": MemoryStore()})\n`,
    },
    {
      name: 'a session config module whose app is built elsewhere',
      path: 'app/sessions.py',
      code: `from litestar.middleware.session.server_side import ServerSideSessionConfig\n\nsession_config = ServerSideSessionConfig(store="redis_sessions")\nother = ServerSideSessionConfig()\n`,
    },
    {
      name: "Flask-Session on the filesystem only in the test and development config classes",
      path: 'warranty/config.py',
      code: `import os\n\n\nclass Config:\n    SESSION_TYPE = "redis"\n\n\nclass TestConfig(Config):\n    TESTING = True\n    SESSION_TYPE = "filesystem"\n\n\nclass DevelopmentConfig(Config):\n    SESSION_TYPE = "filesystem"\n`,
    },
    {
      name: "a per-user count of calls (a per-process limiter, like hits and requests), in a FastAPI route",
      path: 'receipts/main.py',
      code: `from fastapi import FastAPI, Request\n\napp = FastAPI()\nocr_calls_per_user = {}\napi_usage_by_user = {}\n\n@app.post("/receipts")\nasync def upload(request: Request):\n    user_id = request.headers["x-user-id"]\n    ocr_calls_per_user[user_id] = ocr_calls_per_user.get(user_id, 0) + 1\n    api_usage_by_user[user_id] = 1\n    return {}\n`,
    },
    {
      name: 'Beaker sessions on Redis and in cookies',
      path: 'kiosk/app.py',
      code: `from beaker.middleware import SessionMiddleware\n\nopts = {"session.type": "ext:redis", "session.url": "redis://sessions:6379/0"}\ncookie_opts = {"session.type": "cookie", "session.validate_key": "k"}\n`,
    },
    {
      name: 'CherryPy sessions in memcached, and sessions switched off',
      path: 'catalog/app.py',
      code: `import cherrypy\n\ncherrypy.config.update({'tools.sessions.on': True, 'tools.sessions.storage_class': cherrypy.lib.sessions.MemcachedSession})\ncherrypy.tree.mount(Root(), '/', {'/': {'tools.sessions.on': False}})\n`,
    },
    { name: 'Flask-Session on Redis', path: 'config.py', code: `SESSION_TYPE = 'redis'\nSESSION_REDIS = redis.from_url(os.environ['REDIS_URL'])\n` },
    {
      name: "Flask-Session's cachelib backend on a shared cache (RedisCache), and a SimpleCache only in the test config",
      path: 'app/__init__.py',
      code: `from cachelib.redis import RedisCache\nfrom cachelib.simple import SimpleCache\n\napp.config["SESSION_TYPE"] = "cachelib"\napp.config["SESSION_CACHELIB"] = RedisCache(host=os.environ["REDIS_HOST"])\n\n\nclass TestConfig:\n    SESSION_CACHELIB = SimpleCache()\n`,
    },
    { name: 'Django db and signed-cookie sessions', path: 'mysite/settings.py', code: `SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies'\nOTHER_SESSION_ENGINE = 'django.contrib.sessions.backends.db'\n` },
    {
      name: 'Django cache sessions on Redis',
      path: 'mysite/settings.py',
      code: `CACHES = {'default': {'BACKEND': 'django.core.cache.backends.redis.RedisCache', 'LOCATION': os.environ['REDIS_URL']}}\nSESSION_ENGINE = 'django.contrib.sessions.backends.cache'\n`,
    },
    {
      name: 'cache sessions on LocMemCache only when DEBUG; Redis otherwise',
      path: 'mysite/settings.py',
      code: `if DEBUG:\n    CACHES = {'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}\nelse:\n    CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': os.environ['REDIS_URL']}}\nSESSION_ENGINE = 'django.contrib.sessions.backends.cache'\n`,
    },
    { name: 'LocMemCache without cache sessions', path: 'mysite/settings.py', code: `CACHES = {'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}\n` },
    { name: 'lru_cache and constant dicts', path: 'app/views.py', code: `from functools import lru_cache\n\nPRICES = {'basic': 10, 'pro': 20}\n\n@lru_cache(maxsize=128)\ndef price(plan):\n    return PRICES[plan]\n\n@app.get('/price/<plan>')\ndef get_price(plan):\n    return {'price': PRICES[plan]}\n` },
    { name: 'a rate limiter and a cache are per-process by design', path: 'app/views.py', code: `rate_limits = {}\nuser_cache = {}\n\n@app.route('/api')\ndef api():\n    rate_limits[request.remote_addr] = rate_limits.get(request.remote_addr, 0) + 1\n    user_cache[session['user_id']] = load_user()\n` },
    { name: 'a local dict shadows the module-level one', path: 'app/views.py', code: `carts = {}\n\n@app.route('/cart')\ndef cart():\n    carts = {}\n    carts[session['user_id']] = []\n    return carts\n` },
    { name: 'a registry filled at import time', path: 'app/plugins.py', code: `handlers_by_name = {}\nusers = {}\n\ndef register(name, fn):\n    handlers_by_name[name] = fn\n\nusers['admin'] = load_admin()\n` },
    {
      name: "a helper with no request context (no flask proxy read), and a handler storing what was asked, not who asks",
      path: 'labtrack/api/samples.py',
      code: `from flask import request\n\nrecent_barcodes = []\nkinds = {}\n\ndef remember(barcode):\n    recent_barcodes.append(barcode)\n\ndef post():\n    kinds[request.json['barcode']] = request.json['kind']\n    return {'ok': True}\n`,
    },
    {
      name: 'channel layers on Redis; the in-memory layer in local and test settings',
      path: 'supportchat/settings/base.py',
      code: `CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [env("REDIS_URL")]}}}\n`,
    },
    {
      name: 'the in-memory layer in local settings a developer runs',
      path: 'supportchat/settings/local.py',
      code: `CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}\n`,
    },
    { name: 'state in tests', path: 'tests/test_cart.py', code: `carts = {}\n\ndef test_add(request):\n    carts[session['user_id']] = []\n` },
    {
      name: "a Channels consumer keeping its own channel name by group (a connection registry), and a Kafka consumer class that is not Channels'",
      path: 'chat/consumers.py',
      code: `from channels.generic.websocket import AsyncWebsocketConsumer\nfrom kafka_tools import BaseConsumer\n\nchannels_by_group = {}\nseen = {}\n\nclass RoomConsumer(AsyncWebsocketConsumer):\n    async def connect(self):\n        channels_by_group.setdefault(self.group, set()).add(self.channel_name)\n\nclass OrdersConsumer(BaseConsumer):\n    def handle(self, message):\n        seen[message.key] = message.value\n`,
    },
    {
      name: "socket.io handlers keeping what belongs to the connection this process holds, keyed by its sid (python-socketio's parameter, Flask-SocketIO's request.sid)",
      path: 'trivia/rooms.py',
      code: `rooms_by_sid = {}\nlast_room_by_sid = {}\n\n@sio.on("join")\nasync def join(sid, data):\n    rooms_by_sid[sid] = data["room"]\n\n@sio.event\nasync def disconnect(sid):\n    rooms_by_sid.pop(sid, None)\n\n@socketio.on("draw")\ndef draw(data):\n    last_room_by_sid[request.sid] = data["board"]\n`,
    },
    { name: 'websocket connections by user', path: 'app/ws.py', code: `connections = {}\nclients = {}\n\n@app.websocket('/ws')\nasync def ws_endpoint(websocket):\n    clients[websocket.user.id] = websocket\n` },
  ],
};
