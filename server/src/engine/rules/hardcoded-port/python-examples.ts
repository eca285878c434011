import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads in the imported settings module: `def get_port(): return 5050`. */
const SETTINGS_PORT: ScanOptions = {
  importedPorts: [{ module: 'settings', name: 'get_port', port: 5050, path: 'settings.py', range: { start: { line: 6, character: 4 }, end: { line: 6, character: 15 } } }],
};

export const pythonExamples: Examples = {
  valid: [
    {
      name: 'a local port written again from the environment, or a parameter given a literal only when the caller passed none (probe27)',
      path: 'worker.py',
      code: `import os\nfrom flask import Flask\n\nworker = Flask(__name__)\n\ndef serve(port=None):\n    if not port:\n        port = 8001\n    worker.run(port=port)\n\nif __name__ == "__main__":\n    port = 8000\n    port = int(os.getenv("PORT", port))\n    worker.run(host="0.0.0.0", port=port)\n`,
    },
    {
      name: "CherryPy's socket_port read from the environment",
      path: 'catalog/app.py',
      code: `import os\nimport cherrypy\n\ncherrypy.config.update({'server.socket_host': '0.0.0.0', 'server.socket_port': int(os.environ.get('PORT', '8080'))})\n`,
    },
    {
      name: 'Flask reads PORT',
      path: 'app.py',
      code: `import os\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))\n`,
    },
    { name: 'uvicorn from settings', path: 'main.py', code: `import uvicorn\nuvicorn.run("main:app", port=settings.port)\n` },
    { name: 'no port: the server decides', path: 'app.py', code: `app.run(debug=True)\n` },
    { name: 'a test server', path: 'tests/test_api.py', code: `server = HTTPServer(("", 8001), Handler)\n` },
    { name: 'a conftest fixture', path: 'conftest.py', code: `app.run(port=5001)\n` },
    { name: 'a constant assigned twice is not followed', path: 'app.py', code: `PORT = 5000\nPORT = int(os.environ["PORT"])\napp.run(port=PORT)\n` },
    { name: 'a socket backlog is not a port', path: 'server.py', code: `sock.bind(("", port))\nsock.listen(5)\n` },
    { name: 'gunicorn binds PORT', path: 'gunicorn.conf.py', code: `import os\nbind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"\nworkers = 4\n` },
    { name: 'a bind in a module that is not gunicorn config', path: 'app/settings.py', code: `bind = "0.0.0.0:8000"\n` },
    { name: "a per-stage gunicorn config for a developer's machine, as Procfile.local is", path: 'deploy/gunicorn_local.py', code: `bind = "127.0.0.1:8000"\nreload = True\n` },
    { name: 'port 0: any free port', path: 'server.py', code: `httpd = HTTPServer(("localhost", 0), Handler)\n` },
    {
      name: "a function of the settings module the node layer found no fixed port in, and a call with an argument",
      path: 'app.py',
      code: `from flask import Flask\n\nfrom settings import get_port, get_workers\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(port=get_workers())\n    app.run(port=get_port("prod"))\n`,
      options: SETTINGS_PORT,
    },
    { name: 'a gRPC server on the platform port', path: 'email_server.py', code: `import os\nimport grpc\nserver = grpc.server(pool)\nserver.add_insecure_port('[::]:' + os.environ.get('PORT', '8080'))\n` },
  ],
  invalid: [
    {
      name: 'a port held in a local written once (under `if __name__`), beside a function whose own `port` reads the environment (probe27)',
      path: 'app.py',
      code: `import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\ndef serve_admin():\n    port = int(os.environ.get("ADMIN_PORT", 5001))\n    app.run(port=port)\n\nif __name__ == "__main__":\n    port = 5000\n    app.run(host="0.0.0.0", port=⟦port⟧)\n`,
    },
    {
      name: "a gRPC server's literal address (`add_insecure_port`, microservices-demo's emailservice)",
      path: 'email_server.py',
      code: `import grpc\nserver = grpc.server(pool)\nserver.add_insecure_port(⟦'[::]:8080'⟧)\nserver.start()\n`,
    },
    { name: 'a gRPC address held by a module constant', path: 'server.py', code: `ADDRESS = '0.0.0.0:50051'\nserver.add_secure_port(⟦ADDRESS⟧, credentials)\n` },
    {
      name: "a gunicorn bind list of several addresses (paperless-ngx): the first is reported, with no fix, since each binds the port",
      path: 'gunicorn.conf.py',
      code: `bind = [⟦'[::]:8000'⟧, 'localhost:8000']\nworkers = 3\n`,
    },
    {
      name: 'the port from an imported function that returns a fixed number (port=get_port(), def get_port(): return 5050), the return related',
      path: 'app.py',
      code: `from flask import Flask\n\nfrom settings import get_port\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=⟦get_port()⟧)\n`,
      options: SETTINGS_PORT,
      messageIncludes: ['hardcoded port 5050', 'get_port() returns it, in settings.py'],
      relatedFiles: ['settings.py'],
    },
    {
      name: 'the same through the module: settings.get_port()',
      path: 'app.py',
      code: `import uvicorn\n\nimport settings\n\nuvicorn.run("main:app", port=⟦settings.get_port()⟧)\n`,
      options: SETTINGS_PORT,
      relatedFiles: ['settings.py'],
    },
    {
      name: "CherryPy's server.socket_port in its config dict",
      path: 'catalog/app.py',
      code: `import cherrypy\n\ncherrypy.config.update({'server.socket_host': '0.0.0.0', 'server.socket_port': ⟦8080⟧})\ncherrypy.engine.start()\n`,
      messageIncludes: ['Factor VII'],
    },
    {
      name: 'Flask app.run under __main__',
      path: 'app.py',
      code: `from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=⟦5000⟧)\n`,
      messageIncludes: ['5000', 'PORT'],
      output: `import os\nfrom flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))\n`,
    },
    {
      name: 'uvicorn.run',
      path: 'main.py',
      code: `import os\nimport uvicorn\nuvicorn.run("main:app", host="0.0.0.0", port=⟦8000⟧)\n`,
      output: `import os\nimport uvicorn\nuvicorn.run("main:app", host="0.0.0.0", port=int(os.environ.get("PORT", 8000)))\n`,
    },
    { name: 'through a module constant', path: 'server.py', code: `PORT = 8080\nweb.run_app(app, port=⟦PORT⟧)\n` },
    { name: 'stdlib HTTPServer', path: 'server.py', code: `httpd = HTTPServer(("", ⟦8000⟧), SimpleHTTPRequestHandler)\nhttpd.serve_forever()\n` },
    { name: 'tornado listen', path: 'server.py', code: `import tornado.web\napp = make_app()\napp.listen(⟦8888⟧)\n` },
    {
      name: 'a gunicorn config bind',
      path: 'gunicorn.conf.py',
      code: `bind = ⟦"0.0.0.0:8000"⟧\nworkers = 4\n`,
      output: `import os\nbind = "0.0.0.0:" + os.environ.get("PORT", "8000")\nworkers = 4\n`,
    },
    {
      name: "gunicorn's old default config name, passed with -c by a supervisor program: a loopback bind is still the app's port",
      path: 'deploy/gunicorn.conf',
      code: `import multiprocessing\n\nbind = ⟦"127.0.0.1:8001"⟧\nworkers = multiprocessing.cpu_count() * 2 + 1\n`,
      output: `import os\nimport multiprocessing\n\nbind = "127.0.0.1:" + os.environ.get("PORT", "8001")\nworkers = multiprocessing.cpu_count() * 2 + 1\n`,
    },
    { name: 'werkzeug run_simple', path: 'serve.py', code: `run_simple("0.0.0.0", ⟦5000⟧, app)\n` },
  ],
};
