// Examples of one JSON file per record (`${id}.json` under a folder of the app, written by a handler and read back) in
// the five languages json-file-store.ts reads, with the folders that stay silent (the environment's, the OS's temporary
// one), and lowdb in a command-line tool (one user's data, one process at a time).
import type { Examples } from '../../rule';

export const javascriptRecordFileExamples: Examples = {
  valid: [
    {
      name: 'one file per invoice in a folder the environment names (a mounted volume)',
      path: 'src/invoices.js',
      code: "const fs = require('fs');\nconst path = require('path');\nconst express = require('express');\n\nconst INVOICE_DIR = process.env.INVOICE_DIR;\nconst router = express.Router();\n\nrouter.put('/invoices/:no', (req, res) => {\n  fs.writeFileSync(path.join(INVOICE_DIR, `${req.params.no}.json`), JSON.stringify(req.body));\n  res.json(JSON.parse(fs.readFileSync(path.join(INVOICE_DIR, `${req.params.no}.json`), 'utf8')));\n});\n\nmodule.exports = router;\n",
    },
    {
      name: 'lowdb in a command-line tool (a shebang, commander, no server): the user\'s own list',
      path: 'src/notes-cli.js',
      code: "#!/usr/bin/env node\nconst { Command } = require('commander');\nconst low = require('lowdb');\nconst FileSync = require('lowdb/adapters/FileSync');\n\nconst db = low(new FileSync('notes.json'));\nnew Command().command('add <text>').action((text) => db.get('notes').push({ text }).write()).parse();\n",
    },
  ],
  invalid: [
    {
      name: 'one file per invoice in a folder beside the code, written by a route and read back through a local',
      path: 'src/invoices.js',
      code: "const fs = require('fs');\nconst path = require('path');\nconst express = require('express');\n\nconst INVOICE_DIR = path.join(__dirname, 'invoices');\nconst router = express.Router();\n\nrouter.put('/invoices/:no', (req, res) => {\n  fs.⟦writeFileSync⟧(path.join(INVOICE_DIR, `${req.params.no}.json`), JSON.stringify(req.body));\n  const saved = path.join(INVOICE_DIR, `${req.params.no}.json`);\n  res.json(JSON.parse(fs.⟪readFileSync⟫(saved, 'utf8')));\n});\n\nmodule.exports = router;\n",
    },
  ],
};

export const pythonRecordFileExamples: Examples = {
  valid: [
    {
      name: "one file per survey answer in the OS's temporary folder",
      path: 'survey/views.py',
      code: 'import json\nimport os\nimport tempfile\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\nANSWER_DIR = os.path.join(tempfile.gettempdir(), "answers")\n\n\n@app.post("/answers/<answer_id>")\ndef save(answer_id):\n    with open(os.path.join(ANSWER_DIR, f"{answer_id}.json"), "w") as out:\n        json.dump(request.get_json(), out)\n    with open(os.path.join(ANSWER_DIR, f"{answer_id}.json")) as saved:\n        return json.load(saved)\n',
    },
  ],
  invalid: [
    {
      name: 'one file per survey answer under the app\'s folder, written by a view and read back',
      path: 'survey/views.py',
      code: 'import json\nimport os\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\nANSWER_DIR = os.path.join(os.path.dirname(__file__), "answers")\n\n\n@app.post("/answers/<answer_id>")\ndef save(answer_id):\n    with ⟦open⟧(os.path.join(ANSWER_DIR, f"{answer_id}.json"), "w") as out:\n        json.dump(request.get_json(), out)\n    with ⟪open⟫(os.path.join(ANSWER_DIR, f"{answer_id}.json")) as saved:\n        return json.load(saved)\n',
    },
  ],
};

export const rubyRecordFileExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: 'one file per booking under the app, written by a Sinatra route and read by another',
      path: 'app.rb',
      code: 'require "sinatra"\nrequire "json"\n\nBOOKINGS = File.join(__dir__, "bookings")\n\npost "/bookings/:ref" do\n  ⟦File.write⟧(File.join(BOOKINGS, "#{params[:ref]}.json"), request.body.read)\n  201\nend\n\nget "/bookings/:ref" do\n  ⟪File.read⟫(File.join(BOOKINGS, "#{params[:ref]}.json"))\nend\n',
    },
  ],
};

export const phpRecordFileExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: 'one file per poll vote under the app, written when a form is posted and read back',
      path: 'public/vote.php',
      code: '<?php\n$votesDir = __DIR__ . \'/../votes\';\n\nif ($_SERVER[\'REQUEST_METHOD\'] === \'POST\') {\n    $ref = bin2hex(random_bytes(6));\n    ⟦file_put_contents⟧($votesDir . "/{$ref}.json", json_encode($_POST));\n}\n\necho ⟪file_get_contents⟫($votesDir . "/{$_GET[\'ref\']}.json");\n',
    },
  ],
};

export const goRecordFileExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: 'one file per receipt under the app, written by a handler and read by another',
      path: 'receipts.go',
      code: 'package main\n\nimport (\n\t"io"\n\t"net/http"\n\t"os"\n\t"path/filepath"\n)\n\nvar receiptDir = filepath.Join("var", "receipts")\n\nfunc putReceipt(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(r.Body)\n\t_ = ⟦os.WriteFile⟧(filepath.Join(receiptDir, r.PathValue("no")+".json"), body, 0o644)\n}\n\nfunc getReceipt(w http.ResponseWriter, r *http.Request) {\n\tdata, _ := ⟪os.ReadFile⟫(filepath.Join(receiptDir, r.PathValue("no")+".json"))\n\t_, _ = w.Write(data)\n}\n',
    },
  ],
};
