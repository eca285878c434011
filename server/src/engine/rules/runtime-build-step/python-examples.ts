import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** The node layer's fact: a Dockerfile, a release compose file or a Procfile runs the script (`CMD ["python", "entrypoint.py"]`). */
const started = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], containerScripts: scripts } });
const procfileStarted = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], procfileScripts: scripts } });

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
      name: "Werkzeug's run_simple without its reloader, aiohttp's run_app, and module functions named run",
      path: 'serve.py',
      code: 'import asyncio\nimport subprocess\nfrom aiohttp import web\nfrom werkzeug.serving import run_simple\n\nrun_simple("0.0.0.0", 8000, app, use_reloader=False)\nweb.run_app(make_app())\nsubprocess.run(["migrate"], check=True)\nasyncio.run(main(debug=True))\n',
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
  ],
  invalid: [
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
  ],
};
