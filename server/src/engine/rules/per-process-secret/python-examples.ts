import type { Examples } from '../../rule';

export const pythonExamples: Examples = {
  valid: [
    {
      name: 'a view the app factory registers, not calls: it runs per request',
      path: 'app/__init__.py',
      code: `import secrets\n\ndef rotate_key():\n    session["secret"] = secrets.token_hex(32)\n    return "ok"\n\ndef create_app():\n    app = Flask(__name__)\n    app.add_url_rule("/rotate", view_func=rotate_key)\n    return app\n`,
    },
    {
      name: 'a helper only a CLI command calls, and a helper nobody calls',
      path: 'app/__init__.py',
      code: `import os\n\ndef _rotate_key(app):\n    app.secret_key = os.urandom(32)\n\ndef _unused(app):\n    app.config["SECRET_KEY"] = os.urandom(16)\n\ndef create_app():\n    app = Flask(__name__)\n\n    @app.cli.command("rotate-key")\n    def rotate_key_command():\n        _rotate_key(app)\n\n    return app\n`,
    },
    {
      name: 'a helper only the debug branch calls',
      path: 'svc/server.py',
      code: `import secrets\n\napp = Quart(__name__)\n\ndef dev_session_key(application):\n    application.config["SECRET_KEY"] = secrets.token_hex(16)\n\nif app.debug:\n    dev_session_key(app)\n`,
    },
    { name: 'the key from the environment', path: 'app/__init__.py', code: `import os\nfrom flask import Flask\napp = Flask(__name__)\napp.secret_key = os.environ["SECRET_KEY"]\n` },
    {
      name: "a CSRF token, a reset token and a salt made in a view: per request",
      path: 'app/views.py',
      code: `import os, secrets\n\n@bp.post("/reset")\ndef password_reset():\n    session["csrf_token"] = secrets.token_hex(16)\n    user.reset_token = secrets.token_urlsafe(32)\n    user.salt = os.urandom(16)\n`,
    },
    { name: 'an invite link and a request id', path: 'app/invites.py', code: `import secrets, uuid\ninvite_token = secrets.token_urlsafe(24)\nrequest_id = str(uuid.uuid4())\n` },
    {
      name: 'a key made once and kept in a shared file, then read',
      path: 'ledger/keys.py',
      code: `from django.core.management.utils import get_random_secret_key\n\ndef signing_key():\n    if not KEY_PATH.exists():\n        KEY_PATH.write_text(get_random_secret_key())\n    return KEY_PATH.read_text()\n\nSECRET_KEY = signing_key()\n`,
    },
    { name: 'a script that prints a key for the operator', path: 'scripts/generate_secret.py', code: `import secrets\nsecret_key = secrets.token_hex(32)\nprint(secret_key)\n` },
    { name: 'a tool file, named for it', path: 'make_secret_key.py', code: `import secrets\nSECRET_KEY = secrets.token_hex(32)\n` },
    { name: 'test settings', path: 'tests/conftest.py', code: `import os\napp.config.update(SECRET_KEY=os.urandom(16))\n` },
    { name: 'a webhook secret per client, in a model method', path: 'clients/models.py', code: `import secrets\nclass Client(Model):\n    def rotate(self):\n        self.webhook_secret = secrets.token_hex(32)\n` },
    {
      name: 'a random key only in the development settings class, production reading the environment',
      path: 'config.py',
      code: `import os\n\nclass ProductionConfig:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n\nclass DevelopmentConfig:\n    SECRET_KEY = os.urandom(24)\n`,
    },
  ],
  invalid: [
    {
      name: 'a helper the app factory calls, whatever its name',
      path: 'app/__init__.py',
      code: `import os\n\ndef _attach_session(app):\n    app.secret_key = ⟦os.urandom(24)⟧\n\ndef create_app():\n    app = Flask(__name__)\n    _attach_session(app)\n    return app\n`,
    },
    {
      name: 'Flask secret_key in the app factory',
      path: 'board/__init__.py',
      code: `import os\nfrom flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    app.secret_key = ⟦os.urandom(24)⟧\n    return app\n`,
      messageIncludes: ['SECRET_KEY', 'restart', 'replica'],
      severity: 'warning',
      output: `import os\nfrom flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    app.secret_key = os.environ["SECRET_KEY"]\n    return app\n`,
    },
    {
      name: 'a Flask config class (import os added by the fix)',
      path: 'board/config.py',
      code: `import secrets\n\nclass Config:\n    SECRET_KEY = ⟦secrets.token_hex(32)⟧\n`,
      output: `import os\nimport secrets\n\nclass Config:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n`,
    },
    {
      name: 'a JWT key from a UUID',
      path: 'board/config.py',
      code: `import os, uuid\n\nclass Config:\n    JWT_SECRET_KEY = ⟦str(uuid.uuid4())⟧\n`,
      output: `import os, uuid\n\nclass Config:\n    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]\n`,
    },
    {
      name: "Django's get_random_secret_key() in settings",
      path: 'ledger/settings.py',
      code: `import os\nfrom django.core.management.utils import get_random_secret_key\nSECRET_KEY = ⟦get_random_secret_key()⟧\n`,
      output: `import os\nfrom django.core.management.utils import get_random_secret_key\nSECRET_KEY = os.environ["SECRET_KEY"]\n`,
    },
    {
      name: 'config subscript and update keyword',
      path: 'app.py',
      code: `import os\napp.config["SECRET_KEY"] = ⟦os.urandom(32).hex()⟧\napp.config.update(JWT_SECRET_KEY=⟦secrets.token_urlsafe(48)⟧)\n`,
    },
    {
      name: 'a random fallback after an environment read is information',
      path: 'board/config.py',
      code: `import os\nclass StagingConfig:\n    SECRET_KEY = ⟦os.environ.get("SECRET_KEY") or os.urandom(24)⟧\n`,
      severity: 'info',
      messageIncludes: ['environment variable', 'development convenience'],
    },
    {
      name: 'a pydantic BaseSettings field: the environment variable wins, the random value is its default',
      path: 'app/core/config.py',
      code: `import secrets\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    SECRET_KEY: str = ⟦secrets.token_urlsafe(32)⟧\n`,
      severity: 'info',
    },
    {
      name: 'os.getenv with a random default',
      path: 'settings.py',
      code: `import os, secrets\nSECRET_KEY = ⟦os.getenv("SECRET_KEY", secrets.token_hex(32))⟧\n`,
      severity: 'info',
    },
  ],
};
