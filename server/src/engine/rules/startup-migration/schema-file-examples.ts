import type { Examples } from '../../rule';

// A schema file the app runs whole as it starts, in Go (go-schema-file.ts), Python (python-schema-file.ts) and PHP
// (php-schema-script.ts); Java's and Kotlin's are java-schema-script-examples.ts.
export const goSchemaFileExamples: Examples = {
  valid: [
    {
      name: 'a seed program under cmd/seed, and a data file run by the server',
      path: 'cmd/seed/main.go',
      code: 'package main\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\nfunc main() {\n\tdb, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))\n\tschema, _ := os.ReadFile("db/schema.sql")\n\tdb.Exec(string(schema))\n}\n',
    },
    {
      name: 'an embedded data file run as the server starts is no schema change',
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"database/sql"\n\t_ "embed"\n\t"net/http"\n\t"os"\n)\n\n//go:embed testdata/seed.sql\nvar seed string\n\nfunc main() {\n\tdb, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))\n\tdb.Exec(seed)\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n',
    },
  ],
  invalid: [
    {
      name: 'an embedded schema.sql, and one read with os.ReadFile, run through Exec before the server listens: one start, one finding (the second is its related location)',
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"database/sql"\n\t_ "embed"\n\t"net/http"\n\t"os"\n)\n\n//go:embed schema.sql\nvar schema string\n\nfunc main() {\n\tdb, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))\n\t⟦db.Exec(schema)⟧\n\tmore, _ := os.ReadFile("db/views.sql")\n\t⟪db.Exec(string(more))⟫\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n',
      messageIncludes: ['`db.Exec()` changes the schema every time the app starts'],
    },
  ],
};

export const pythonSchemaFileExamples: Examples = {
  valid: [
    {
      name: "Flask's tutorial: init_db runs schema.sql, from the `flask init-db` command only",
      path: 'notes/db.py',
      code: 'import click\nfrom flask import current_app\n\n\ndef init_db():\n    db = get_db()\n    with current_app.open_resource("schema.sql") as f:\n        db.executescript(f.read().decode("utf8"))\n\n\n@click.command("init-db")\ndef init_db_command():\n    init_db()\n',
    },
    {
      name: 'a data file run in the app factory',
      path: 'notes/__init__.py',
      code: 'import sqlite3\nfrom flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    conn = sqlite3.connect(app.config["DATABASE"])\n    conn.executescript(open("sample_data.sql").read())\n    return app\n',
    },
  ],
  invalid: [
    {
      name: 'the app factory runs schema.sql through executescript, read directly and through a with block: one finding, the second related',
      path: 'journal/__init__.py',
      code: 'import sqlite3\nfrom flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    conn = sqlite3.connect(app.config["DATABASE"])\n    ⟦conn.executescript(open("schema.sql").read())⟧\n    with app.open_resource("views.sql") as f:\n        ⟪conn.executescript(f.read().decode("utf8"))⟫\n    return app\n',
      messageIncludes: ['every time the app starts'],
    },
  ],
};

export const phpSchemaFileExamples: Examples = {
  valid: [
    {
      name: 'an install script run once by hand, and a data file and a query in the front controller',
      path: 'public/index.php',
      code: "<?php\n$pdo = new PDO(getenv('DATABASE_DSN'));\n$pdo->exec(file_get_contents(__DIR__ . '/../sql/seed-data.sql'));\n$pdo->exec('UPDATE visits SET total = total + 1');\n",
    },
    {
      name: 'bin/install.php is no boot file',
      path: 'bin/install.php',
      code: "<?php\n$pdo = new PDO(getenv('DATABASE_DSN'));\n$pdo->exec(file_get_contents(__DIR__ . '/../sql/schema.sql'));\n",
    },
  ],
  invalid: [
    {
      name: 'the front controller runs schema.sql through PDO (also through a variable), and DDL, on every request: one finding, the others related',
      path: 'public/index.php',
      code: "<?php\n$pdo = new PDO(getenv('DATABASE_DSN'));\n⟦$pdo->exec(file_get_contents(__DIR__ . '/../sql/schema.sql'))⟧;\n$ddl = file_get_contents(__DIR__ . '/../sql/views.sql');\n⟪$pdo->exec($ddl)⟫;\n⟪$pdo->exec('CREATE TABLE IF NOT EXISTS hits (id SERIAL PRIMARY KEY)')⟫;\n",
      messageIncludes: ['every time the app boots'],
    },
  ],
};
