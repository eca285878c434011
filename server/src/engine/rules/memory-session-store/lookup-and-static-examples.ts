// Examples of probe29's two VI shapes: a per-user name refilled from a query that reads nothing of the request (a
// lookup table, silent in JS and Python), and another class's static collection written by a controller (Java, Kotlin).
import type { Examples } from '../../rule';

export const javascriptLookupExamples: Examples = {
  valid: [
    {
      name: "closure variables `profile` and `userTypes` replaced by a query's rows that reads nothing of the request (lists of kinds), by callback and by await",
      path: 'routes/signup.js',
      code: `const pool = require('./pool');

module.exports = function routes(router) {
  let profile = [];
  let userTypes = {};

  router.get('/register', (req, res) => {
    pool.query('SELECT code, label FROM profile_type WHERE active = 1', function (err, found) {
      if (!err) profile = found;
      res.render('register', { kinds: profile });
    });
  });

  router.get('/types', async (req, res) => {
    const result = await pool.query('SELECT code, label FROM user_type');
    userTypes = result.rows;
    res.send(userTypes);
  });
};
`,
    },
  ],
  invalid: [
    {
      // Reduced by prefilter-reduced, the wrapper's line goes and the indented `let` stands at module level: the
      // request-state check's prefilter reads indented `let`s too (tail30; it once looked at a line's start only).
      name: "the same shape with the query reading the request: `account` holds the last visitor's row, served to everyone",
      path: 'routes/members.js',
      code: `const pool = require('./pool');

module.exports = (router) => {
  let ⟦account⟧ = {};

  router.post('/members/signin', (req, res) => {
    pool.query('SELECT id, name FROM member WHERE email = ?', [req.body.email], (err, rows) => {
      if (err || rows.length === 0) return res.redirect('/members/signin');
      account = rows[0];
      res.redirect('/members/home');
    });
  });

  router.get('/members/home', (req, res) => res.render('home', { account }));
};
`,
    },
    {
      name: 'a module-level `let` written with indentation, set by a handler from the request (the lexer finds no brace open before it)',
      path: 'src/desk.ts',
      code: `import express from 'express';

const app = express();

  let lastCard: string | undefined;

app.post('/desk/checkout', (req, res) => {
  ⟦lastCard⟧ = req.body.card;
  res.redirect('/desk');
});
`,
    },
  ],
};

export const pythonLookupExamples: Examples = {
  valid: [
    {
      name: 'module dicts named for accounts and users refilled from a constant SELECT, by update and by a loop over the rows',
      path: 'app.py',
      code: `import sqlite3

from flask import Blueprint

bp = Blueprint("admin", __name__)
db = sqlite3.connect("/data/app.db", check_same_thread=False)
account_levels = {}
user_roles = {}


@bp.get("/levels")
def levels():
    rows = db.execute("SELECT code, label FROM level").fetchall()
    account_levels.update(rows)
    return {"levels": account_levels}


@bp.get("/roles")
def roles():
    for code, label in db.execute("SELECT code, label FROM role"):
        user_roles[code] = label
    return {"roles": user_roles}
`,
    },
  ],
  invalid: [
    {
      name: "the same dict filled from a query that reads the request's form",
      path: 'app.py',
      code: `from flask import Flask, request
from db import fetch_all

app = Flask(__name__)
⟦customers⟧ = {}


@app.route("/lookup", methods=["POST"])
def lookup():
    for row_id, row in fetch_all("SELECT id, name FROM customer WHERE email = %s", (request.form["email"],)):
        customers[row_id] = row
    return "", 204
`,
    },
  ],
};

export const jvmStaticWriteExamples: Examples = {
  valid: [
    {
      name: "a controller that reads another class's static map, and a static map filled in a static block",
      path: 'src/main/java/club/quiz/web/KindController.java',
      code: [
        '@RestController',
        'public class KindController {',
        '  @GetMapping("/kind")',
        '  public String kind(@RequestParam String code) {',
        '    return QuizApplication.KINDS.getOrDefault(code, "?");',
        '  }',
        '}',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "login tokens put in the application class's static HashMap by a controller (probe29)",
      path: 'src/main/java/club/quiz/web/UserController.java',
      code: [
        '@RestController',
        'public class UserController {',
        '  @PostMapping("/login")',
        '  public String login(@RequestParam String name, @RequestParam String password) {',
        '    User user = users.check(name, password);',
        '    ⟦QuizApplication.tokenList⟧.put(user.getId(), System.currentTimeMillis());',
        '    return "ok";',
        '  }',
        '}',
      ].join('\n'),
      messageIncludes: ['static collection'],
    },
    {
      name: "Kotlin: a companion object's map written by index in a controller",
      path: 'src/main/kotlin/shop/api/AuthController.kt',
      code: [
        '@RestController',
        'class AuthController(private val accounts: AccountService) {',
        '    @PostMapping("/login")',
        '    fun login(@RequestParam email: String): String {',
        '        val sid = UUID.randomUUID().toString()',
        '        ⟦ShopApplication.sessions⟧[sid] = accounts.find(email).id',
        '        return sid',
        '    }',
        '}',
      ].join('\n'),
    },
  ],
};
