// A JSON file under the app as its database (json-file-store.ts and each language's reading): reported where a
// repository or a handler rewrites the file it reads its records back from, or where a file hands such a repository
// (its own class in another module, lowdb's or node-json-db's) a path under the app; silent for configuration and
// caches, start-up writes, the environment's folders, the temporary folder, one-off scripts and tests.
import type { Examples } from '../../rule';
import type { ImportedJsonStore } from '../../types';

const AT = { start: { line: 8, character: 4 }, end: { line: 8, character: 13 } };
const JSON_REPO: ImportedJsonStore = { module: './jsonRepo', name: '', parameter: 0, path: 'src/jsonRepo.js', range: AT };
const JSON_STORE: ImportedJsonStore = { module: './storage/JsonStore', name: 'JsonStore', parameter: 0, path: 'src/storage/JsonStore.ts', range: AT };
const RB_STORE: ImportedJsonStore = { module: 'lib/json_store.rb', name: 'JsonStore', parameter: 0, path: 'lib/json_store.rb', range: AT };
const PY_REPOSITORY: ImportedJsonStore = { module: '.storage', name: 'JsonRepository', parameter: 0, path: 'app/storage.py', range: AT };

export const javascriptJsonFileExamples: Examples = {
  valid: [
    {
      name: "another module's repository given a path under the folder the environment names, and one in the temporary folder",
      path: 'src/repositories.js',
      code: "const os = require('os');\nconst path = require('path');\nconst JsonRepo = require('./jsonRepo');\nconst products = new JsonRepo(path.join(process.env.CATALOGUE_DIR, 'products.json'));\nconst rates = new JsonRepo(path.join(os.tmpdir(), 'rates.json'));\nmodule.exports = { products, rates };\n",
      options: { importedJsonStores: [JSON_REPO] },
    },
    {
      name: 'a one-off import script constructing the repository',
      path: 'scripts/import-products.js',
      code: "const JsonRepo = require('../src/jsonRepo');\nconst products = new JsonRepo('data/products.json');\n",
      options: { importedJsonStores: [{ ...JSON_REPO, module: '../src/jsonRepo' }] },
    },
    {
      name: "feature flags shipped with the release, and a class of the same name from a package (not the app's module)",
      path: 'src/flags.ts',
      code: "import { JsonStore } from 'json-store-lib';\nimport { JsonStore as Local } from './storage/JsonStore';\nexport const flags = new Local('feature-flags.json');\nexport const other = new JsonStore('carts.json');\n",
      options: { importedJsonStores: [JSON_STORE] },
    },
    {
      name: "lowdb in an Electron app: the desktop user's own settings, on their own disk",
      path: 'src/main.js',
      code: "const { app } = require('electron');\nconst low = require('lowdb');\nconst FileSync = require('lowdb/adapters/FileSync');\nconst db = low(new FileSync('db.json'));\n",
    },
    {
      name: 'lowdb on a file the environment names',
      path: 'src/db.js',
      code: "const low = require('lowdb');\nconst FileSync = require('lowdb/adapters/FileSync');\nconst db = low(new FileSync(process.env.DB_FILE));\n",
    },
    {
      name: 'written once when the module loads (the front end\'s runtime settings), then read: no request writes it',
      path: 'src/config.js',
      code: "const fs = require('fs');\nconst file = 'public/app-state.json';\nfs.writeFileSync(file, JSON.stringify({ api: '/api' }));\nfunction current() {\n  return JSON.parse(fs.readFileSync(file, 'utf8'));\n}\nfunction update(s) {\n  return s;\n}\n",
    },
    {
      name: "a folder from the environment: the deploy may mount a shared volume there",
      path: 'src/orders.js',
      code: "const fs = require('fs');\nconst path = require('path');\nconst dir = process.env.DATA_DIR;\nconst ordersFile = path.join(dir, 'orders.json');\nasync function saveOrders(o) {\n  await fs.promises.writeFile(ordersFile, JSON.stringify(o));\n}\nasync function findOrders() {\n  return JSON.parse(await fs.promises.readFile(ordersFile, 'utf8'));\n}\n",
    },
    {
      name: "a cache in the OS's temporary folder: recomputed when missing",
      path: 'src/prices.js',
      code: "const fs = require('fs');\nconst os = require('os');\nconst file = require('path').join(os.tmpdir(), 'prices.json');\nfunction savePrices(p) {\n  fs.writeFileSync(file, JSON.stringify(p));\n}\nfunction findPrices() {\n  return JSON.parse(fs.readFileSync(file, 'utf8'));\n}\n",
    },
    {
      name: 'a seed script under scripts/: a one-off task',
      path: 'scripts/seed.js',
      code: "const fs = require('fs');\nconst file = 'data/products.json';\nfunction addProduct(p) {\n  const all = JSON.parse(fs.readFileSync(file, 'utf8'));\n  all.push(p);\n  fs.writeFileSync(file, JSON.stringify(all));\n}\n",
    },
    {
      name: 'a cache named as one, written by a handler',
      path: 'src/avatarCache.js',
      code: "const fs = require('fs');\nconst cacheFile = 'avatar-cache.json';\nfunction saveAvatar(m) {\n  fs.writeFileSync(cacheFile, JSON.stringify(m));\n  return JSON.parse(fs.readFileSync(cacheFile, 'utf8'));\n}\n",
    },
    {
      name: "the repository itself, its path given by another file: reported there, at `new JsonRepo('carts.json')`",
      path: 'src/repo.js',
      code: "const fs = require('fs');\nmodule.exports = class JsonRepo {\n  constructor(file) { this.file = file; }\n  async all() { return JSON.parse(await fs.promises.readFile(this.file, 'utf8')); }\n  async save(items) { await fs.promises.writeFile(this.file, JSON.stringify(items)); }\n};\n",
    },
  ],
  invalid: [
    {
      name: "another module's repository class given carts.json in the working directory (probe28 item 8's shape)",
      path: 'src/carts.js',
      code: "const JsonRepo = require('./jsonRepo');\nmodule.exports = ⟦new JsonRepo('carts.json')⟧;\n",
      options: { importedJsonStores: [JSON_REPO] },
      relatedFiles: ['src/jsonRepo.js'],
      messageIncludes: ['repository keeps its records in a JSON file'],
    },
    {
      name: 'a generic store class imported by name, given a file under the data folder beside the code',
      path: 'src/stores.ts',
      code: "import path from 'path';\nimport { JsonStore } from './storage/JsonStore';\nconst dataDir = path.resolve(__dirname, '..', 'data');\nexport const sessions = ⟦new JsonStore<Session>(path.join(dataDir, 'sessions.json'))⟧;\n",
      options: { importedJsonStores: [JSON_STORE] },
      relatedFiles: ['src/storage/JsonStore.ts'],
    },
    {
      name: "lowdb's FileSync adapter on a file beside the app",
      path: 'src/db.js',
      code: "const low = require('lowdb');\nconst FileSync = require('lowdb/adapters/FileSync');\nconst db = low(⟦new FileSync('db.json')⟧);\nmodule.exports = db;\n",
    },
    {
      name: "lowdb 7's JSONFilePreset and node-json-db's Config (which adds .json itself)",
      path: 'src/db.ts',
      code: "import { JSONFilePreset } from 'lowdb/node';\nimport { Config, JsonDB } from 'node-json-db';\nexport const carts = await ⟦JSONFilePreset('carts.json', { carts: [] })⟧;\nexport const wishlists = new JsonDB(⟦new Config('wishlists', true, false, '/')⟧);\n",
    },
    {
      name: "a cart repository rewriting carts.json beside the code (probe28 item 8's shape)",
      path: 'src/store/cartRepository.js',
      code: "const fs = require('fs');\nconst path = require('path');\nconst CARTS_FILE = path.join(__dirname, 'data', 'carts.json');\nclass CartRepository {\n  async load() {\n    return JSON.parse(await fs.promises.⟪readFile⟫(CARTS_FILE, 'utf8'));\n  }\n  async addItem(userId, item) {\n    const carts = await this.load();\n    (carts[userId] ||= []).push(item);\n    await fs.promises.⟦writeFile⟧(CARTS_FILE, JSON.stringify(carts));\n  }\n}\nmodule.exports = new CartRepository();\n",
      messageIncludes: ["this container's disk", 'keep them in a database'],
    },
    {
      name: 'users kept in users.json in the working directory, written by a create function',
      path: 'src/userStore.ts',
      code: "import { readFileSync, writeFileSync } from 'fs';\nconst usersPath = 'users.json';\nexport function createUser(user: { email: string }): void {\n  const users = JSON.parse(⟪readFileSync⟫(usersPath, 'utf8'));\n  users.push(user);\n  ⟦writeFileSync⟧(usersPath, JSON.stringify(users));\n}\n",
    },
  ],
};

export const pythonJsonFileExamples: Examples = {
  valid: [
    {
      name: "another module's repository given a path in the temporary folder, and one a test builds",
      path: 'app/repositories.py',
      code: 'import os\nimport tempfile\nfrom .storage import JsonRepository\nrates = JsonRepository(os.path.join(tempfile.gettempdir(), "fx-rates.json"))\ninvoices = JsonRepository(os.environ["INVOICE_FILE"])\n',
      options: { importedJsonStores: [PY_REPOSITORY] },
    },
    {
      name: 'the path from the environment (a mounted volume)',
      path: 'app/backup.py',
      code: 'import json\nimport os\nDATA_DIR = os.environ.get("DATA_DIR", "/srv/app")\nNOTES_PATH = os.path.join(DATA_DIR, "notes.json")\n\ndef save(notes):\n    with open(NOTES_PATH, "w") as fh:\n        json.dump(notes, fh)\n\ndef find_all():\n    with open(NOTES_PATH) as fh:\n        return json.load(fh)\n',
    },
    {
      name: 'a manifest written at start-up and never read back by the app',
      path: 'app/__init__.py',
      code: 'import json\n\ndef create_app():\n    with open("static/manifest.json", "w") as fh:\n        json.dump({"v": 1}, fh)\n',
    },
    {
      name: "feature flags cached in the temporary folder",
      path: 'app/flags.py',
      code: 'import json\nimport os\nimport tempfile\nFLAGS = os.path.join(tempfile.gettempdir(), "flags.json")\n\ndef save_flags(f):\n    with open(FLAGS, "w") as fh:\n        json.dump(f, fh)\n\ndef find_flags():\n    with open(FLAGS) as fh:\n        return json.load(fh)\n',
    },
  ],
  invalid: [
    {
      name: "another module's repository class given orders.json under the app's data folder",
      path: 'app/repositories.py',
      code: 'from pathlib import Path\nfrom .storage import JsonRepository\nDATA = Path(__file__).parent / "data"\norders = ⟦JsonRepository(DATA / "orders.json")⟧\n',
      options: { importedJsonStores: [PY_REPOSITORY] },
      relatedFiles: ['app/storage.py'],
    },
    {
      name: "a note repository rewriting notes.json under the app's folder",
      path: 'app/repository.py',
      code: 'import json\nimport os\nNOTES_PATH = os.path.join(os.path.dirname(__file__), "data", "notes.json")\n\nclass NoteRepository:\n    def _load(self):\n        with ⟪open⟫(NOTES_PATH, encoding="utf-8") as fh:\n            return json.load(fh)\n\n    def create(self, note):\n        notes = self._load()\n        notes.append(note)\n        with ⟦open⟧(NOTES_PATH, "w", encoding="utf-8") as fh:\n            json.dump(notes, fh)\n',
    },
    {
      name: 'a Flask handler registering accounts in accounts.json (pathlib read, json.dump to open(…, "w"))',
      path: 'app/accounts.py',
      code: 'import json\nfrom pathlib import Path\nfrom flask import request\nACCOUNTS = Path(__file__).parent / "accounts.json"\n\n@bp.post("/accounts")\ndef sign_up():\n    accounts = json.loads(⟪ACCOUNTS.read_text⟫())\n    accounts[request.json["email"]] = request.json["name"]\n    json.dump(accounts, ⟦open⟧(ACCOUNTS, "w"))\n    return "", 201\n',
    },
  ],
};

export const rubyJsonFileExamples: Examples = {
  valid: [
    {
      name: 'build info written when the app boots (top level), read by a status page',
      path: 'lib/boot.rb',
      code: 'require "json"\nINFO = "public/release.json"\nFile.write(INFO, { sha: "dev" }.to_json)\n\ndef find_release\n  JSON.parse(File.read(INFO))\nend\n',
    },
    {
      name: "a required file's store class given a path under the folder the environment names",
      path: 'app.rb',
      code: 'require_relative "lib/json_store"\nARCHIVE = JsonStore.new(File.join(ENV.fetch("ARCHIVE_DIR"), "reservations.json"))\n',
      options: { importedJsonStores: [RB_STORE] },
    },
    {
      name: 'an archive under the folder the environment names',
      path: 'lib/archive.rb',
      code: 'require "json"\nPATH = File.join(ENV.fetch("ARCHIVE_DIR"), "orders.json")\n\ndef save_orders(orders)\n  File.write(PATH, orders.to_json)\nend\n\ndef find_orders\n  JSON.parse(File.read(PATH))\nend\n',
    },
  ],
  invalid: [
    {
      name: "a required file's store class given reservations.json under the app's data folder",
      path: 'app.rb',
      code: 'require "sinatra"\nrequire_relative "lib/json_store"\nRESERVATIONS = ⟦JsonStore.new(File.join(__dir__, "data", "reservations.json"))⟧\n',
      options: { importedJsonStores: [RB_STORE] },
      relatedFiles: ['lib/json_store.rb'],
    },
    {
      name: 'an order store rewriting orders.json beside the app',
      path: 'lib/order_store.rb',
      code: 'require "json"\nclass OrderStore\n  FILE = File.expand_path("../data/orders.json", __dir__)\n\n  def all\n    JSON.parse(⟪File.read⟫(FILE))\n  end\n\n  def create(order)\n    orders = all << order\n    ⟦File.write⟧(FILE, JSON.generate(orders))\n  end\nend\n',
    },
    {
      name: "Sinatra's login route keeping sessions in sessions.json",
      path: 'app.rb',
      code: 'require "sinatra"\nrequire "json"\nSESSIONS_PATH = "sessions.json"\n\npost "/login" do\n  sessions = JSON.parse(⟪File.read⟫(SESSIONS_PATH))\n  sessions[params[:token]] = params[:email]\n  ⟦File.open⟧(SESSIONS_PATH, "w") { |f| f.write(sessions.to_json) }\nend\n',
    },
  ],
};

export const phpJsonFileExamples: Examples = {
  valid: [
    {
      name: "rates cached in the system's temporary folder",
      path: 'src/Cache.php',
      code: "<?php\nclass Cache\n{\n    public function save(array $rates): void\n    {\n        file_put_contents(sys_get_temp_dir() . '/rates.json', json_encode($rates));\n        json_decode(file_get_contents(sys_get_temp_dir() . '/rates.json'), true);\n    }\n}\n",
    },
    {
      name: 'a sitemap generated by a deploy tool under bin/',
      path: 'bin/build-pages.php',
      code: "<?php\nfunction update() {\n    $out = __DIR__ . '/../public/pages.json';\n    $pages = json_decode(file_get_contents($out), true);\n    file_put_contents($out, json_encode($pages));\n}\n",
    },
  ],
  invalid: [
    {
      name: "a booking repository rewriting storage/bookings.json",
      path: 'src/BookingRepository.php',
      code: "<?php\nclass BookingRepository\n{\n    private string $file;\n\n    public function __construct()\n    {\n        $this->file = __DIR__ . '/../storage/bookings.json';\n    }\n\n    public function save(array $booking): void\n    {\n        $all = json_decode(⟪file_get_contents⟫($this->file), true) ?? [];\n        $all[] = $booking;\n        ⟦file_put_contents⟧($this->file, json_encode($all));\n    }\n}\n",
    },
  ],
};

export const goJsonFileExamples: Examples = {
  valid: [
    {
      name: 'snapshots under the folder the environment names',
      path: 'store/snapshots.go',
      code: 'package store\n\nimport (\n\t"os"\n\t"path/filepath"\n)\n\nvar snapshotPath = filepath.Join(os.Getenv("SNAPSHOT_DIR"), "tasks.json")\n\nfunc SaveSnapshot(data []byte) error {\n\treturn os.WriteFile(snapshotPath, data, 0o600)\n}\n\nfunc FindSnapshot() ([]byte, error) {\n\treturn os.ReadFile(snapshotPath)\n}\n',
    },
  ],
  invalid: [
    {
      name: "a task repository rewriting data/tasks.json in the working directory",
      path: 'store/tasks.go',
      code: 'package store\n\nimport "os"\n\nconst tasksFile = "data/tasks.json"\n\ntype Repo struct{}\n\nfunc (r *Repo) Add(data []byte) error {\n\tif _, err := ⟪os.ReadFile⟫(tasksFile); err != nil {\n\t\treturn err\n\t}\n\treturn ⟦os.WriteFile⟧(tasksFile, data, 0o644)\n}\n',
    },
  ],
};
