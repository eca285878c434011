import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** The node layer's fact: a Dockerfile, a release compose file or a Procfile runs the script (`CMD ["python", "entrypoint.py"]`). */
const started = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], containerScripts: scripts } });
const procfileStarted = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], procfileScripts: scripts } });
/** The same fact in a project whose manifest declares these distributions and has these modules of its own. */
const startedIn = (script: string, distributions: string[], localModules: string[] = []): ScanOptions => ({
  dependencies: { systemPackages: [], containerScripts: [script], python: { manifest: 'requirements.txt', distributions, localModules } },
});

export const pythonExamples: Examples = {
  valid: [
    {
      name: "uvicorn.run with reload=True in a script no deploy file runs: a developer's runner (production starts uvicorn's command line)",
      path: 'main.py',
      code: 'import uvicorn\n\nif __name__ == "__main__":\n    uvicorn.run("app.main:app", port=8000, reload=True)\n',
    },
    {
      name: 'the reloader left to the deploy (`reload=os.getenv(...) == "1"`), or off',
      path: 'entrypoint.py',
      code: 'import os\nimport uvicorn\n\nuvicorn.run("main:app", host="0.0.0.0", reload=os.getenv("RELOAD", "") == "1")\nuvicorn.run("main:app", host="0.0.0.0", reload=False)\n',
      options: started('entrypoint.py'),
    },
    {
      name: "aiohttp's run_app, module functions named run, and a run_simple of the project's own (not Werkzeug's)",
      path: 'serve.py',
      code: 'import asyncio\nimport subprocess\nfrom aiohttp import web\nfrom perf.server import run_simple\n\nrun_simple(app, samples=200)\nweb.run_app(make_app())\nsubprocess.run(["migrate"], check=True)\nasyncio.run(main(debug=True))\n',
      options: started('serve.py'),
    },
    {
      name: 'debug mode only in a development branch of the script the image runs; production serves with waitress',
      path: 'run.py',
      code: 'import os\nfrom waitress import serve\nfrom shop import app\n\nif os.environ.get("FLASK_ENV") == "development":\n    app.run(debug=True)\nelse:\n    serve(app, host="0.0.0.0", port=int(os.environ["PORT"]))\n',
      options: procfileStarted('run.py'),
    },
    {
      name: "a script named for a developer's machine, even if an image runs it",
      path: 'run_dev.py',
      code: 'from shop import app\n\napp.run(debug=True)\n',
      options: started('run_dev.py'),
    },
    {
      name: "a plain Flask app.run in a module the image starts with gunicorn (`CMD [\"gunicorn\", \"app:app\"]`): no deploy file runs the script",
      path: 'app.py',
      code: 'import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)))\n',
      options: { dependencies: { systemPackages: [], containerScripts: ['gunicorn.conf.py'] } },
    },
    {
      name: "app.run as the fallback of a script that serves with waitress (the production server it starts)",
      path: 'serve.py',
      code: 'import os\nfrom waitress import serve\nfrom kiosk import app\n\nif os.environ.get("SIMPLE") == "1":\n    app.run(host="0.0.0.0", port=int(os.environ["PORT"]))\nelse:\n    serve(app, host="0.0.0.0", port=int(os.environ["PORT"]))\n',
      options: startedIn('serve.py', ['flask', 'waitress'], ['kiosk']),
    },
    {
      name: "Werkzeug's run_simple as the fallback of a script that serves with waitress",
      path: 'serve.py',
      code: 'import os\nfrom waitress import serve\nfrom werkzeug.serving import run_simple\nfrom notes import app\n\nif os.environ.get("SERVER") == "werkzeug":\n    run_simple("0.0.0.0", int(os.environ["PORT"]), app)\nelse:\n    serve(app, host="0.0.0.0", port=int(os.environ["PORT"]))\n',
      options: started('serve.py'),
    },
    {
      name: "Sanic's run (its production server, with workers) and Flask-SocketIO's run (eventlet's server)",
      path: 'server.py',
      code: 'import os\nfrom flask import Flask\nfrom flask_socketio import SocketIO\nfrom sanic import Sanic\n\napi = Sanic("scores")\napi.run(host="0.0.0.0", port=int(os.environ["PORT"]), workers=4)\nweb = Flask(__name__)\nsocketio = SocketIO(web)\nsocketio.run(web, host="0.0.0.0", port=int(os.environ["PORT"]))\n',
      options: startedIn('server.py', ['flask', 'flask-socketio', 'sanic']),
    },
    {
      name: "an app of unknown make in a project that declares no Flask, and a runner that is no app (`job.run()`)",
      path: 'run.py',
      code: 'from worker import make_app, job\n\napp = make_app()\napp.run(host="0.0.0.0")\njob.run()\n',
      options: startedIn('run.py', ['aiohttp'], ['worker']),
    },
  ],
  invalid: [
    {
      name: "a plain Flask app.run in the script the image runs (`CMD [\"python\", \"app.py\"]`): Werkzeug's development server",
      path: 'app.py',
      code: 'import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    ⟦app.run⟧(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))\n',
      options: started('app.py'),
      messageIncludes: ["Flask's built-in development server", 'Factor V'],
    },
    {
      name: "a Flask app built by the project's factory (`create_app()`) or imported from its package, run by a Procfile's `web: python run.py`",
      path: 'run.py',
      code: 'import os\nfrom journal import create_app\n\napp = create_app()\n⟦app.run⟧(host="0.0.0.0", port=int(os.environ["PORT"]), threaded=True)\n',
      options: { dependencies: { systemPackages: [], procfileScripts: ['run.py'], python: { manifest: 'requirements.txt', distributions: ['flask'], localModules: ['journal'] } } },
    },
    {
      name: "an app imported from the project's module, and Dash's run (the same Werkzeug server under Dash)",
      path: 'start.py',
      code: 'import os\nimport dash\nfrom shop import app\n\n⟦app.run⟧(host="0.0.0.0")\nboard = dash.Dash(__name__)\n⟦board.run⟧(host="0.0.0.0", port=int(os.environ["PORT"]))\n',
      options: startedIn('start.py', ['flask', 'dash'], ['shop']),
    },
    {
      name: 'uvicorn.run(..., reload=True) in the script the image runs (probe29: bidding, `ENTRYPOINT ["python3", "entrypoint.py"]`)',
      path: 'entrypoint.py',
      code: 'import os\nimport uvicorn\n\nif __name__ == "__main__":\n    ⟦uvicorn.run⟧("app:app", host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), reload=True)\n',
      options: started('entrypoint.py'),
      messageIncludes: ['uvicorn.run with reload=True', 'Factor V'],
    },
    {
      name: "Flask's app.run(debug=True) in the script a Procfile runs (`web: python run.py`)",
      path: 'run.py',
      code: 'import os\nfrom shop import create_app\n\napp = create_app()\n⟦app.run⟧(host="0.0.0.0", port=int(os.environ["PORT"]), debug=True)\n',
      options: procfileStarted('run.py'),
      messageIncludes: ['app.run in debug mode'],
    },
    {
      name: "Django's runserver through call_command, and Werkzeug's run_simple with its reloader",
      path: 'boot.py',
      code: 'import os\nfrom django.core.management import call_command\nfrom werkzeug.serving import run_simple\n\n⟦call_command⟧("runserver", f"0.0.0.0:{os.environ[\'PORT\']}")\n⟦run_simple⟧("0.0.0.0", 8000, app, use_reloader=True)\n',
      options: started('boot.py'),
    },
    {
      name: "Werkzeug's run_simple without its reloader (`use_reloader=False`) in the script the image runs: the server app.run starts",
      path: 'serve.py',
      code: 'import os\nimport werkzeug\nfrom werkzeug.serving import run_simple\nfrom notes import app\n\n⟦run_simple⟧("0.0.0.0", int(os.environ["PORT"]), app, use_reloader=False, threaded=True)\n⟦werkzeug.run_simple⟧("0.0.0.0", 8001, app)\n',
      options: started('serve.py'),
      messageIncludes: ["Werkzeug's development server (run_simple", 'Factor V'],
    },
  ],
};
