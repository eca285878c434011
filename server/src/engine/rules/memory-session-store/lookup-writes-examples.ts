// Examples of tail30's request-free writes beside fix29b's (lookup-and-static-examples.ts): a Ruby global or constant
// hash, a Go package map, a Python dict's inline `.update(…)` and a JS module-level `let`, each refilled by a handler
// from a query that reads nothing of the request (silent), and the same write from a query on the request (reported).
import type { Examples } from '../../rule';

export const rubyLookupExamples: Examples = {
  valid: [
    {
      name: 'a Sinatra route refilling a global and a constant hash named for users from queries that read nothing of the request',
      path: 'app.rb',
      code: `require "sinatra"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
USER_LEVELS = {}

get "/levels" do
  $user_badges = DB.fetch("SELECT id, label FROM badges ORDER BY id").all
  DB[:levels].select(:id, :title).each { |row| USER_LEVELS[row[:id]] = row[:title] }
  erb :levels
end
`,
    },
  ],
  invalid: [
    {
      name: 'the same global filled from a query on the posted email: the last visitor, shown to everyone',
      path: 'app.rb',
      code: `require "sinatra"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

post "/sign-in" do
  email = params[:email].to_s.downcase
  ⟦$signed_in⟧ = DB[:members].where(email: email).first
  redirect "/"
end
`,
    },
  ],
};

export const goLookupExamples: Examples = {
  valid: [
    {
      name: 'a handler refilling a map named for customers from rows of a query that takes nothing from the request',
      path: 'handlers.go',
      code: `package main

import (
	"database/sql"
	"net/http"
)

var store *sql.DB

var customerRegions = map[string]string{}

func regions(w http.ResponseWriter, r *http.Request) {
	rows, err := store.Query("SELECT code, title FROM regions")
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var code, title string
		_ = rows.Scan(&code, &title)
		customerRegions[code] = title
	}
}
`,
    },
  ],
  invalid: [
    {
      name: 'the same map written with the row a visitor asked for, keyed by the query string',
      path: 'handlers.go',
      code: `package main

import (
	"database/sql"
	"net/http"
)

var store *sql.DB

var ⟦customerNotes⟧ = map[string]string{}

func note(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	var text string
	_ = store.QueryRow("SELECT text FROM notes WHERE code = $1", code).Scan(&text)
	customerNotes[code] = text
}
`,
    },
  ],
};

export const pythonInlineLookupExamples: Examples = {
  valid: [
    {
      name: "a dict named for accounts updated inline from a connection the view opens and a SELECT naming an account table",
      path: 'views.py',
      code: `from flask import Flask, jsonify

from .db import connect

app = Flask(__name__)
account_tiers = {}


@app.get("/tiers")
def tiers():
    conn = connect()
    account_tiers.update(conn.execute("SELECT id, title FROM account_tier").fetchall())
    return jsonify(account_tiers)
`,
    },
  ],
  invalid: [
    {
      name: "the same inline update from a query on the visitor's session",
      path: 'views.py',
      code: `from flask import Flask, jsonify, session

from .db import connect

app = Flask(__name__)
⟦account_orders⟧ = {}


@app.get("/orders")
def orders():
    conn = connect()
    account_orders.update(conn.execute("SELECT id, total FROM orders WHERE owner = ?", (session["uid"],)).fetchall())
    return jsonify(account_orders)
`,
    },
  ],
};

export const javascriptModuleLookupExamples: Examples = {
  valid: [
    {
      name: 'a module-level `let` replaced by the rows of a query that reads nothing of the request (a list of rooms)',
      path: 'server.js',
      code: `const express = require('express');
const db = require('./db');

const app = express();
let rooms = [];

app.get('/rooms', async (req, res) => {
  const result = await db.query('SELECT id, label FROM room ORDER BY label');
  rooms = result.rows;
  res.json(rooms);
});
`,
    },
  ],
  invalid: [],
};
