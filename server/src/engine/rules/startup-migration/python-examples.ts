import type { Examples } from '../../rule';
import type { ImportedMigration, ScanOptions } from '../../types';

/** What the node layer reads in the modules a file imports: `def init_db(): Base.metadata.create_all(bind=engine)`. */
const at = (line: number): ImportedMigration['range'] => ({ start: { line, character: 4 }, end: { line, character: 41 } });
const INIT_DB_IN_BASE: ScanOptions = {
  importedMigrations: [{ module: 'app.db.base', name: 'init_db', label: 'Base.metadata.create_all()', path: 'app/db/base.py', range: at(19) }],
};
const CREATE_TABLES_BESIDE: ScanOptions = {
  importedMigrations: [
    { module: '.database', name: 'create_db_and_tables', label: 'SQLModel.metadata.create_all()', path: 'heroes/database.py', range: at(11) },
    { module: '.database', name: 'init_models', label: 'conn.run_sync()', path: 'heroes/database.py', range: at(15) },
  ],
};

export const pythonExamples: Examples = {
  invalid: [
    {
      name: 'a models module creates its tables at module level: the handlers import it, so it runs at every start (probe30)',
      path: 'models.py',
      code: "import os\nfrom sqlalchemy import Column, Integer, String, create_engine\nfrom sqlalchemy.orm import declarative_base, sessionmaker\n\nengine = create_engine(os.environ['DATABASE_URL'])\nBase = declarative_base()\n\nclass Note(Base):\n    __tablename__ = 'note'\n    id = Column(Integer, primary_key=True)\n    text = Column(String(200))\n\n⟦Base.metadata.create_all(engine)⟧\nSession = sessionmaker(bind=engine)\n",
    },
    {
      name: "Flask-SQLAlchemy models beside an app context at module level: `db.create_all()` runs on import",
      path: 'catalog.py',
      code: "from extensions import db\nfrom wsgi import app\n\nclass Product(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n\nwith app.app_context():\n    ⟦db.create_all()⟧\n",
    },
    {
      name: "a container's Python entry migrates through execute_from_command_line, then execs gunicorn",
      path: 'docker/serve.py',
      code: `import os\nfrom django.core.management import execute_from_command_line\n\ndef main():\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")\n    ⟦execute_from_command_line(["manage.py", "migrate", "--noinput"])⟧\n    os.execvp("gunicorn", ["gunicorn", "clinic.wsgi"])\n\nif __name__ == "__main__":\n    main()\n`,
      messageIncludes: ["execute_from_command_line([..., 'migrate'])"],
    },
    {
      name: "a function of another module whose body creates the schema (the node layer's fact), called from a FastAPI start-up hook, by name",
      path: 'app/main.py',
      code: `from fastapi import FastAPI\n\nfrom app.db.base import init_db\n\napp = FastAPI()\n\n\n@app.on_event("startup")\ndef on_startup():\n    ⟦init_db()⟧\n`,
      options: INIT_DB_IN_BASE,
      relatedFiles: ['app/db/base.py'],
      messageIncludes: ['`init_db()` runs `Base.metadata.create_all()` (in app/db/base.py) every time the app starts'],
    },
    {
      name: 'the same through a relative import in a lifespan, and through an imported module in a Flask factory',
      path: 'heroes/main.py',
      code: `from contextlib import asynccontextmanager\n\nfrom fastapi import FastAPI\nfrom flask import Flask\n\nfrom . import database\nfrom .database import create_db_and_tables as create_tables_now\n\n\n@asynccontextmanager\nasync def lifespan(app):\n    ⟦create_tables_now()⟧\n    yield\n\n\ndef create_app():\n    flask_app = Flask(__name__)\n    with flask_app.app_context():\n        ⟦database.init_models()⟧\n    return flask_app\n`,
      options: CREATE_TABLES_BESIDE,
      relatedFiles: ['heroes/database.py'],
    },
    {
      name: "the app's own migration function imported from another module, called in a FastAPI lifespan and through an imported module in create_app",
      path: 'shortlinks/main.py',
      code: `from contextlib import asynccontextmanager\n\nfrom fastapi import FastAPI\nfrom flask import Flask\n\nfrom shortlinks import schema\nfrom shortlinks.db import run_migrations\n\n\n@asynccontextmanager\nasync def lifespan(app):\n    ⟦run_migrations()⟧\n    yield\n\n\napp = FastAPI(lifespan=lifespan)\n\n\ndef create_app():\n    flask_app = Flask(__name__)\n    ⟦schema.ensure_schema(flask_app.config["DATABASE_URL"])⟧\n    return flask_app\n`,
      messageIncludes: ['runs migrations every time the app starts'],
    },
    {
      name: "peewee's create_tables at module level of the app, and Pony's generate_mapping(create_tables=True)",
      path: 'pantry/app.py',
      code: `from flask import Flask\nfrom pony.orm import Database\nfrom pantry.models import Item, User, db\n\napp = Flask(__name__)\ndb.connect()\n⟦db.create_tables([Item, User], safe=True)⟧\nlegacy = Database()\n⟪legacy.generate_mapping(create_tables=True)⟫\n`,
      messageIncludes: ['`db.create_tables()` creates the schema every time the app starts'],
    },
    {
      name: "Tortoise's register_tortoise(generate_schemas=True) at module level of a FastAPI app",
      path: 'helpdesk/main.py',
      code: `import os\nfrom fastapi import FastAPI\nfrom tortoise.contrib.fastapi import register_tortoise\n\napp = FastAPI()\n⟦register_tortoise(app, db_url=os.environ["DATABASE_URL"], modules={"models": ["helpdesk.models"]}, generate_schemas=True)⟧\n`,
      messageIncludes: ['`register_tortoise(generate_schemas=True)`', 'aerich upgrade'],
    },
    {
      name: "Tortoise.generate_schemas() in a start-up hook",
      path: 'app.py',
      code: `from sanic import Sanic\nfrom tortoise import Tortoise\n\napp = Sanic("shop")\n\n@app.before_server_start\nasync def init_orm(app):\n    await Tortoise.init(db_url="sqlite://db.sqlite3", modules={"models": ["models"]})\n    await ⟦Tortoise.generate_schemas()⟧\n`,
    },
    {
      name: "gunicorn's on_starting hook in its config file runs migrate before the workers fork",
      path: 'deploy/gunicorn.conf.py',
      code: `import os\n\nbind = "0.0.0.0:" + os.environ.get("PORT", "8000")\n\ndef on_starting(server):\n    import django\n    from django.core.management import call_command\n    django.setup()\n    ⟦call_command("migrate", interactive=False)⟧\n`,
    },
    {
      name: 'hand-written DDL held in a module constant assigned once, run through a connection at module level of the app',
      path: 'app.py',
      code: `import os\nimport psycopg\nfrom flask import Flask\n\nSCHEMA = \"\"\"\nCREATE TABLE IF NOT EXISTS tasks (id serial PRIMARY KEY, title text)\n\"\"\"\n\napp = Flask(__name__)\nconn = psycopg.connect(os.environ["DATABASE_URL"])\n⟦conn.execute(SCHEMA)⟧\n`,
    },
    {
      name: 'hand-written DDL through a cursor, at module level of the app',
      path: 'app.py',
      code: `import os\nimport psycopg2\nfrom flask import Flask\n\napp = Flask(__name__)\nconn = psycopg2.connect(os.environ["DATABASE_URL"])\nwith conn.cursor() as cur:\n    ⟦cur.execute("CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)")⟧\n    ⟪cur.execute(text("ALTER TABLE notes ADD COLUMN IF NOT EXISTS title text"))⟫\n`,
      messageIncludes: ['`cur.execute()`', 'one-off admin process'],
    },
    {
      name: "a Flask package's __init__.py that builds the app at module level and creates the schema there",
      path: 'app/__init__.py',
      code: `from flask import Flask\nfrom flask_migrate import upgrade\nfrom .models import db\n\napp = Flask(__name__)\ndb.init_app(app)\nwith app.app_context():\n    ⟦db.create_all()⟧\n    ⟪upgrade()⟫\n`,
    },
    {
      name: 'drop_all then create_all in one app factory: one finding, the other related',
      path: 'app/__init__.py',
      code: `from flask import Flask\nfrom .models import db\n\ndef create_app():\n    app = Flask(__name__)\n    with app.app_context():\n        ⟦db.drop_all()⟧\n        ⟪db.create_all()⟫\n    return app\n`,
      messageIncludes: ['1 more migration call in the same function'],
    },
    {
      name: "call_command('migrate') in wsgi.py",
      path: 'mysite/wsgi.py',
      code: `import os\nfrom django.core.management import call_command\nfrom django.core.wsgi import get_wsgi_application\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\napplication = get_wsgi_application()\n⟦call_command('migrate')⟧\n`,
      messageIncludes: ['Factor XII', "`call_command('migrate')` runs migrations every time the app starts", 'python manage.py migrate'],
    },
    {
      name: 'migrate in AppConfig.ready()',
      path: 'shop/apps.py',
      code: `from django.apps import AppConfig\nfrom django.core import management\n\nclass ShopConfig(AppConfig):\n    name = 'shop'\n\n    def ready(self):\n        ⟦management.call_command('migrate', interactive=False)⟧\n`,
    },
    {
      name: 'create_all() in the main() that starts the server (CherryPy), called from the __main__ guard',
      path: 'catalog/server.py',
      code: `import cherrypy\nfrom catalog.db import engine\nfrom catalog.models import Base\n\ndef main():\n    ⟦Base.metadata.create_all(engine)⟧\n    cherrypy.engine.start()\n    cherrypy.engine.block()\n\nif __name__ == '__main__':\n    main()\n`,
    },
    {
      name: 'db.create_all() in the Flask app factory',
      path: 'app/__init__.py',
      code: `from flask import Flask\nfrom .models import db\n\ndef create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    with app.app_context():\n        ⟦db.create_all()⟧\n    return app\n`,
      messageIncludes: ['`db.create_all()` creates the schema', 'flask db upgrade'],
    },
    {
      name: "yoyo's apply_migrations through a helper of the Flask factory",
      path: 'app/__init__.py',
      code: `from yoyo import get_backend, read_migrations\n\n\ndef _migrate(url):\n    backend = get_backend(url)\n    with backend.lock():\n        ⟦backend.apply_migrations(backend.to_apply(read_migrations("migrations")))⟧\n\n\ndef create_app():\n    app = Flask(__name__)\n    _migrate(app.config["DATABASE_URL"])\n    return app\n`,
      messageIncludes: ['runs migrations every time the app starts', 'yoyo apply'],
    },
    {
      name: "peewee-migrate's Router.run() at module level of a Falcon app, through a name or chained",
      path: 'loyalty/app.py',
      code: `from peewee_migrate import Router\n\nrouter = Router(db, migrate_dir="migrations")\n⟦router.run()⟧\napp = falcon.App()\n`,
      messageIncludes: ['`router.run()` runs migrations', 'pw_migrate migrate'],
    },
    {
      name: "peewee-migrate's Router(db).run() chained in an app factory",
      path: 'app/__init__.py',
      code: `import peewee_migrate\n\n\ndef create_app():\n    app = Flask(__name__)\n    ⟦peewee_migrate.Router(db).run()⟧\n    return app\n`,
    },
    {
      name: 'flask_migrate.upgrade() in the app factory',
      path: 'app/__init__.py',
      code: `from flask_migrate import Migrate, upgrade\n\ndef create_app():\n    app = Flask(__name__)\n    Migrate(app, db)\n    with app.app_context():\n        ⟦upgrade()⟧\n    return app\n`,
      messageIncludes: ['`upgrade()` runs migrations'],
    },
    {
      name: 'alembic upgrade in a FastAPI startup hook',
      path: 'app/main.py',
      code: `from alembic import command\nfrom alembic.config import Config\n\napp = FastAPI()\n\n@app.on_event('startup')\ndef migrate():\n    ⟦command.upgrade(Config('alembic.ini'), 'head')⟧\n`,
      messageIncludes: ['alembic upgrade head'],
    },
    {
      name: "start hooks registered rather than decorated: BlackSheep's on_start +=, aiohttp's on_startup.append, Starlette's add_event_handler, Sanic's listener",
      path: 'clinic/web.py',
      code: `from alembic import command\n\nasync def create_schema(application):\n    async with engine.begin() as conn:\n        await ⟦conn.run_sync(Base.metadata.create_all)⟧\n\nasync def migrate(app):\n    ⟦command.upgrade(cfg, 'head')⟧\n\ndef upgrade_db():\n    ⟦command.upgrade(cfg, 'head')⟧\n\n@app.listener('before_server_start')\nasync def setup(app, loop):\n    ⟦command.upgrade(cfg, 'head')⟧\n\napp.on_start += create_schema\nweb_app.on_startup.append(migrate)\nstarlette_app.add_event_handler('startup', upgrade_db)\n`,
    },
    {
      name: 'alembic upgrade in a lifespan, through a helper',
      path: 'service/api.py',
      code: `from contextlib import asynccontextmanager\nfrom alembic.command import upgrade\n\ndef run_migrations():\n    ⟦upgrade(alembic_cfg, 'head')⟧\n\n@asynccontextmanager\nasync def lifespan(app):\n    run_migrations()\n    yield\n\napp = FastAPI(lifespan=lifespan)\n`,
    },
    {
      name: "Pyramid's app factory: main(global_config, **settings) and a function returning make_wsgi_app()",
      path: 'wiki/__init__.py',
      code: `from pyramid.config import Configurator\nfrom sqlalchemy import engine_from_config\n\ndef main(global_config, **settings):\n    engine = engine_from_config(settings, 'sqlalchemy.')\n    ⟦Base.metadata.create_all(engine)⟧\n    return Configurator(settings=settings).make_wsgi_app()\n\ndef build(settings):\n    config = Configurator(settings=settings)\n    ⟦Base.metadata.create_all(engine_from_config(settings))⟧\n    return config.make_wsgi_app()\n`,
    },
    {
      name: 'the FastAPI tutorial: Base.metadata.create_all at module level of main.py',
      path: 'sql_app/main.py',
      code: `from . import models\nfrom .database import engine\n\n⟦models.Base.metadata.create_all(bind=engine)⟧\n\napp = FastAPI()\n`,
      messageIncludes: ['creates the schema every time the app starts', 'Alembic', 'alembic upgrade head'],
    },
    {
      name: 'app.py __main__ block that also starts the server',
      path: 'app.py',
      code: `if __name__ == '__main__':\n    with app.app_context():\n        ⟦db.create_all()⟧\n    app.run(host='0.0.0.0')\n`,
    },
  ],
  valid: [
    {
      name: "a models module that creates its tables only when run by hand (`__main__`), in a click command, or a module declaring no models",
      path: 'app/models.py',
      code: "import click\nfrom app.db import Base, engine\n\nclass Ticket(Base):\n    __tablename__ = 'tickets'\n\n@click.command()\ndef init_db():\n    Base.metadata.create_all(bind=engine)\n\nif __name__ == '__main__':\n    Base.metadata.create_all(bind=engine)\n",
    },
    {
      name: 'a helper module with no model classes of its own, creating tables at module level, is no models module',
      path: 'app/tools.py',
      code: "from app.db import Base, engine\nfrom app import models\n\nBase.metadata.create_all(bind=engine)\n",
    },
    {
      name: "execute_from_command_line: a one-off entry that migrates and starts nothing; the argv handed over; collectstatic before gunicorn",
      path: 'docker/prepare.py',
      code: `import sys\nfrom django.core.management import execute_from_command_line\n\ndef main():\n    execute_from_command_line(["manage.py", "migrate", "--noinput"])\n    execute_from_command_line(["manage.py", "createcachetable"])\n\ndef serve():\n    execute_from_command_line(["manage.py", "collectstatic", "--noinput"])\n    execute_from_command_line(sys.argv)\n    os.execvp("gunicorn", ["gunicorn", "clinic.wsgi"])\n\nif __name__ == "__main__":\n    main()\n`,
    },
    {
      name: "the app's migration function in a one-off script, an opt-in start-up, a same-named function of this file that migrates nothing, and a name that is not a migration",
      path: 'shortlinks/main.py',
      code: `import os\n\nfrom fastapi import FastAPI\n\nfrom shortlinks.db import run_migrations, run_reports\n\n\ndef migrate_cache():\n    cache.clear()\n\n\napp = FastAPI()\nmigrate_cache()\nrun_reports()\nif os.environ.get("RUN_MIGRATIONS") == "1":\n    run_migrations()\n`,
    },
    {
      name: "peewee's create_tables in tests and in an init script, register_tortoise without generate_schemas, an on_starting that is not gunicorn's",
      path: 'pantry/app.py',
      code: `import os\nfrom django.core.management import call_command\nfrom flask import Flask\nfrom tortoise.contrib.fastapi import register_tortoise\n\napp = Flask(__name__)\nregister_tortoise(app, db_url=os.environ["DATABASE_URL"], modules={"models": ["models"]}, generate_schemas=False)\nshelf.create_tables(layout)\n\ndef on_starting(server):\n    call_command("migrate")\n`,
    },
    {
      name: "peewee's create_tables in a test module",
      path: 'tests/test_app.py',
      code: `from pantry.models import Item, db\n\ndef setup_module():\n    db.create_tables([Item])\n`,
    },
    {
      name: "shutdown and cleanup hooks registered the same ways: on_stop, on_cleanup, add_event_handler('shutdown')",
      path: 'clinic/web.py',
      code: `async def drop(application):\n    await conn.run_sync(Base.metadata.create_all)\n\ndef close():\n    command.upgrade(cfg, 'head')\n\napp.on_stop += drop\nweb_app.on_cleanup.append(drop)\nstarlette_app.add_event_handler('shutdown', close)\n`,
    },
    {
      name: 'a main() that only creates the schema starts no server: a one-off',
      path: 'catalog/maintenance.py',
      code: `from catalog.db import engine\nfrom catalog.models import Base\n\ndef main():\n    Base.metadata.create_all(engine)\n    print('schema ready')\n\nif __name__ == '__main__':\n    main()\n`,
    },
    {
      name: 'queries that change no schema, DDL in a request handler and in a CLI command',
      path: 'app.py',
      code: `from flask import Flask\nimport click\n\napp = Flask(__name__)\ncur = connect().cursor()\ncur.execute("SELECT 1")\n\n@app.post("/admin/reset")\ndef reset():\n    cur.execute("DROP TABLE sessions")\n    return ""\n\n@app.cli.command("init-db")\ndef init_db():\n    cur.execute("CREATE TABLE notes (id integer)")\n`,
    },
    {
      name: 'a models module that builds no app: its module-level create_all is a script\'s',
      path: 'app/models.py',
      code: `from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\nclass User(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n\nif __name__ == "__main__":\n    db.create_all()\n`,
    },
    {
      name: 'alembic/env.py',
      path: 'alembic/env.py',
      code: `from alembic import context\nfrom app.models import Base\n\ntarget_metadata = Base.metadata\n\ndef run_migrations_online():\n    with connectable.connect() as connection:\n        context.configure(connection=connection, target_metadata=target_metadata)\n        with context.begin_transaction():\n            context.run_migrations()\n\nrun_migrations_online()\n`,
    },
    { name: 'manage.py', path: 'manage.py', code: `from django.core.management import call_command, execute_from_command_line\nif __name__ == '__main__':\n    call_command('migrate')\n    execute_from_command_line(sys.argv)\n` },
    { name: 'a management command', path: 'shop/management/commands/bootstrap.py', code: `from django.core.management import BaseCommand, call_command\n\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        call_command('migrate')\n` },
    { name: "Pyramid's initialize_db console script (not an app factory)", path: 'wiki/initialize_db.py', code: `def main(argv=sys.argv):\n    settings = get_appsettings(argv[1])\n    engine = engine_from_config(settings, 'sqlalchemy.')\n    Base.metadata.create_all(engine)\n` },
    {
      name: "yoyo in a one-off script; a run() that is not a peewee-migrate Router's; apply_migrations with no yoyo import",
      path: 'app/__init__.py',
      code: `from peewee_migrate import Router\n\nworker = Thread(target=poll)\nworker.run()\n\n\ndef create_app():\n    app = Flask(__name__)\n    plugins.apply_migrations(app)\n    return app\n`,
    },
    { name: 'yoyo in a migrate script', path: 'scripts/migrate.py', code: `from yoyo import get_backend, read_migrations\nbackend = get_backend(os.environ["DATABASE_URL"])\nbackend.apply_migrations(backend.to_apply(read_migrations("migrations")))\n` },
    { name: 'a script', path: 'scripts/init_db.py', code: `from app.database import Base, engine\nBase.metadata.create_all(bind=engine)\n` },
    { name: 'test setup', path: 'tests/conftest.py', code: `@pytest.fixture\ndef app():\n    app = create_app()\n    with app.app_context():\n        db.create_all()\n        yield app\n        db.drop_all()\n` },
    { name: 'an alembic migration', path: 'migrations/versions/1a2b3c_add_users.py', code: `def upgrade():\n    op.create_table('users', sa.Column('id', sa.Integer))\n` },
    {
      name: 'a Flask CLI command registered in the factory',
      path: 'app/__init__.py',
      code: `def create_app():\n    app = Flask(__name__)\n\n    @app.cli.command('init-db')\n    def init_db():\n        db.create_all()\n\n    return app\n`,
    },
    { name: 'an opt-in migration flag', path: 'app/__init__.py', code: `def create_app():\n    app = Flask(__name__)\n    if os.environ.get('RUN_MIGRATIONS'):\n        upgrade()\n    return app\n` },
    { name: 'a __main__ block that only creates tables', path: 'app.py', code: `if __name__ == '__main__':\n    with app.app_context():\n        db.create_all()\n` },
    { name: 'other management commands in wsgi.py', path: 'mysite/wsgi.py', code: `from django.core.management import call_command\napplication = get_wsgi_application()\ncall_command('collectstatic', interactive=False)\n` },
    {
      name: "another module's migrating function called from a Flask CLI command, a route, behind an opt-in flag, and a function of that module that migrates nothing",
      path: 'app/main.py',
      code: `import os\n\nimport click\nfrom fastapi import FastAPI\n\nfrom app.db.base import get_db, init_db\n\napp = FastAPI()\n\n\n@click.command("init-db")\ndef init_db_command():\n    init_db()\n\n\n@app.post("/admin/reset")\ndef reset():\n    init_db()\n\n\n@app.on_event("startup")\ndef on_startup():\n    get_db()\n    if os.environ.get("AUTO_MIGRATE"):\n        init_db()\n`,
      options: INIT_DB_IN_BASE,
    },
    {
      name: 'a function of the same name from another module than the one that migrates, and a test that calls the real one',
      path: 'app/main.py',
      code: `from fastapi import FastAPI\n\nfrom app.core.db import init_db\n\napp = FastAPI()\n\n\n@app.on_event("startup")\ndef on_startup():\n    init_db()\n`,
      options: INIT_DB_IN_BASE,
    },
    { name: "a test's set-up calling the migrating function", path: 'tests/conftest.py', code: `from app.db.base import init_db\n\n\ndef create_app():\n    init_db()\n`, options: INIT_DB_IN_BASE },
    { name: 'a function named upgrade that is not flask_migrate', path: 'app/main.py', code: `from .billing import upgrade\n\n@app.post('/plan')\ndef change_plan():\n    upgrade()\n` },
  ],
};
