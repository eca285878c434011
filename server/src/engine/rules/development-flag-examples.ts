// The development code every rule with a development exemption leaves alone (development-code.ts inDevelopmentCode),
// read through a stage flag in each language: `const deployed = process.env.NODE_ENV === 'production'`, `deployed :=
// os.Getenv("APP_ENV") == "production"`, `DEPLOYED = ENV["RACK_ENV"] == "production"`, `$deployed = getenv('APP_ENV') ===
// 'production'`. Each app holds a file logger, an in-memory session store, a migration at start and a port behind the
// flag. With production's test in the flag the branch is production's and each rule reports its own line (marked
// `⟦rule:…⟧`); with a development test in it the same branch is a laptop's, and every rule stays silent. The helper
// apps (Ruby and Python, whose settings helpers are plain methods) hold the same lines in a method only the flag's
// branch calls: development code by its caller (development-callers.ts), in every rule alike.
import type { Examples } from '../rule';
import type { LanguageId } from '../types';

export type FlaggedRule = 'log' | 'session' | 'migration' | 'port';

interface FlaggedApp {
  language: LanguageId;
  /** Where the lines are: in the flag's branch, or in a method only that branch calls. */
  where: string;
  path: string;
  /** The flag's production test, and the development test that replaces it in the silent twin. */
  production: string;
  development: string;
  code: string;
}

const APPS: FlaggedApp[] = [
  {
    language: 'javascript',
    where: 'behind a stage flag',
    path: 'src/server.js',
    production: "process.env.NODE_ENV === 'production'",
    development: "process.env.NODE_ENV !== 'production'",
    code: `const express = require('express');
const session = require('express-session');
const winston = require('winston');
const { sequelize } = require('./models');

const deployed = process.env.NODE_ENV === 'production';
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();

async function start() {
  if (deployed) {
    logger.add(⟦log:new winston.transports.File({ filename: 'logs/app.log' })⟧);
    app.use(⟦session:session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false })⟧);
    await ⟦migration:sequelize.sync({ alter: true })⟧;
    app.listen(⟦port:3000⟧);
  }
}

start();
`,
  },
  {
    language: 'go',
    where: 'behind a stage flag',
    path: 'cmd/orders/setup.go',
    production: 'os.Getenv("APP_ENV") == "production"',
    development: 'os.Getenv("APP_ENV") == "development"',
    code: `package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Order struct{ ID uint }

func setup(r *gin.Engine, db *gorm.DB) {
	deployed := os.Getenv("APP_ENV") == "production"
	if deployed {
		f, _ := os.OpenFile("orders.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		⟦log:log.SetOutput(f)⟧
		r.Use(sessions.Sessions("orders", ⟦session:memstore.NewStore([]byte(os.Getenv("SESSION_KEY")))⟧))
		⟦migration:db.AutoMigrate(&Order{})⟧
		http.ListenAndServe(⟦port:":8080"⟧, r)
	}
}
`,
  },
  {
    language: 'ruby',
    where: 'behind a stage flag',
    path: 'app.rb',
    production: 'ENV["RACK_ENV"] == "production"',
    development: 'ENV["RACK_ENV"] == "development"',
    code: `require "logger"
require "sequel"
require "sinatra/base"

DEPLOYED = ENV["RACK_ENV"] == "production"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
if DEPLOYED
  Sequel.extension :migration
  ⟦migration:Sequel::Migrator.run(DB, "db/migrations")⟧
end

class App < Sinatra::Base
  ⟦session:use Rack::Session::Pool⟧ if DEPLOYED
  set :logger, DEPLOYED ? ⟦log:Logger.new("log/app.log")⟧ : Logger.new($stdout)
  set :port, ⟦port:4567⟧ if DEPLOYED
end
`,
  },
  {
    language: 'php',
    where: 'behind a stage flag',
    path: 'public/index.php',
    production: "getenv('APP_ENV') === 'production'",
    development: "getenv('APP_ENV') === 'local'",
    code: `<?php
use Monolog\\Handler\\StreamHandler;

$deployed = getenv('APP_ENV') === 'production';
if ($deployed) {
    $log->pushHandler(⟦log:new StreamHandler(__DIR__ . '/../var/log/app.log')⟧);
    ⟦migration:exec('vendor/bin/phinx migrate')⟧;
    ⟦session:ini_set('session.save_handler', 'files')⟧;
}
`,
  },
  {
    language: 'python',
    where: 'behind a stage flag',
    path: 'app/__init__.py',
    production: 'os.getenv("APP_ENV") == "production"',
    development: 'os.getenv("APP_ENV") == "local"',
    code: `import logging
import os

from flask import Flask

DEPLOYED = os.getenv("APP_ENV") == "production"
db = None


def create_app():
    app = Flask(__name__)
    if DEPLOYED:
        app.config["SESSION_TYPE"] = ⟦session:"filesystem"⟧
        logging.getLogger().addHandler(⟦log:logging.FileHandler("app.log")⟧)
        ⟦migration:db.create_all()⟧
        app.run(port=⟦port:5000⟧)
    return app
`,
  },
  {
    language: 'ruby',
    where: "in a method only a stage flag's branch calls",
    path: 'app.rb',
    production: 'ENV["RACK_ENV"] == "production"',
    development: 'ENV["RACK_ENV"] == "development"',
    code: `require "logger"
require "sinatra/base"

DEPLOYED = ENV["RACK_ENV"] == "production"

class App < Sinatra::Base
  def self.serve_deployed
    set :logger, ⟦log:Logger.new("log/app.log")⟧
    ⟦session:use Rack::Session::Pool⟧
    set :port, ⟦port:4567⟧
  end

  serve_deployed if DEPLOYED
end
`,
  },
  {
    language: 'python',
    where: "in a method only a stage flag's branch calls",
    path: 'app/__init__.py',
    production: 'os.getenv("APP_ENV") == "production"',
    development: 'os.getenv("APP_ENV") == "local"',
    code: `import logging
import os

from flask import Flask

db = None
DEPLOYED = os.getenv("APP_ENV") == "production"


def create_app():
    app = Flask(__name__)
    if DEPLOYED:
        _serve_deployed(app)
    return app


def _serve_deployed(app):
    logging.getLogger().addHandler(⟦log:logging.FileHandler("app.log")⟧)
    ⟦migration:db.create_all()⟧
    app.config["SESSION_TYPE"] = ⟦session:"filesystem"⟧
    app.run(port=⟦port:5000⟧)
`,
  },
];

/** A rule's examples from the apps: its own marks kept, the others' dropped; the development twin unmarked and silent. */
export function developmentFlagExamples(rule: FlaggedRule): Partial<Record<LanguageId, Examples>> {
  const examples: Partial<Record<LanguageId, Examples>> = {};
  for (const app of APPS) {
    const marked = app.code.replace(/⟦(\w+):([^⟧]*)⟧/g, (_, owner: string, text: string) => (owner === rule ? `⟦${text}⟧` : text));
    if (!marked.includes('⟦')) continue;
    const silent = app.code.replace(app.production, app.development).replace(/⟦\w+:([^⟧]*)⟧/g, '$1');
    const sets = (examples[app.language] ??= { valid: [], invalid: [] });
    sets.valid.push({ name: `${app.where} that holds a development test: a laptop's`, path: app.path, code: silent });
    sets.invalid.push({ name: `${app.where} that holds production's test: production's`, path: app.path, code: marked });
  }
  return examples;
}
