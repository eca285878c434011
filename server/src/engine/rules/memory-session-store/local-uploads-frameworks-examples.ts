// Uploads kept on the local disk through a framework's own helper (express-fileupload's `mv`, FastAPI's
// `shutil.copyfileobj(upload.file, …)`, Laravel's `store(…, 'local')`), and destinations the deploy chooses from the
// environment, which stay silent in every language.
import type { Examples } from '../../rule';

export const javascriptFileUploadExamples: Examples = {
  valid: [
    {
      name: 'express-fileupload: a folder from the environment, the temporary folder then a bucket, multer dest from the environment',
      path: 'src/routes/files.js',
      code: [
        "const os = require('os');",
        "const path = require('path');",
        "const fs = require('fs/promises');",
        "const multer = require('multer');",
        'const upload = multer({ dest: process.env.UPLOAD_DIR });',
        "router.post('/attachments', async (req, res) => {",
        '  const target = path.join(process.env.ATTACHMENT_DIR, req.files.doc.name);',
        '  await req.files.doc.mv(target);',
        '  res.end();',
        '});',
        "router.post('/exports', async (req, res) => {",
        '  const archive = req.files.archive;',
        '  const staged = path.join(os.tmpdir(), archive.name);',
        '  await archive.mv(staged);',
        '  await bucket.upload(staged);',
        '  await fs.unlink(staged);',
        '  res.end();',
        '});',
        "cli.command('mv').action((from, to) => files.mv(from, to));",
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "express-fileupload: `req.files.x.mv()` into the app's folder",
      path: 'src/routes/avatars.js',
      code: [
        "router.post('/avatars', async (req, res) => {",
        '  const { avatar } = req.files;',
        "  await ⟦avatar.mv('./uploads/avatars/' + avatar.name)⟧;",
        '  ⟦req.files.cover.mv(`public/covers/${req.params.id}.png`, (err) => res.end())⟧;',
        '});',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk', 'express-fileupload'],
    },
  ],
};

export const pythonUploadFrameworkExamples: Examples = {
  valid: [
    {
      name: 'FastAPI: a named temporary file sent to S3; a folder from the environment; Flask save into an environment folder',
      path: 'app/main.py',
      code: [
        'import os, shutil, tempfile',
        'from fastapi import FastAPI, File, UploadFile',
        'from flask import request',
        '',
        '@app.post("/reports")',
        'async def report(file: UploadFile = File(...)):',
        '    with tempfile.NamedTemporaryFile(delete=False) as staged:',
        '        shutil.copyfileobj(file.file, staged)',
        '    s3.upload_file(staged.name, BUCKET, file.filename)',
        '',
        '@app.post("/imports")',
        'async def imports(file: UploadFile):',
        '    target = os.path.join(os.environ["IMPORT_DIR"], file.filename)',
        '    with open(target, "wb") as out:',
        '        shutil.copyfileobj(file.file, out)',
        '',
        'def scans():',
        '    request.files["scan"].save(os.path.join(os.getenv("SCAN_DIR"), "scan.pdf"))',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "FastAPI: `shutil.copyfileobj(upload.file, …)` into a file opened in the app's folder",
      path: 'app/main.py',
      code: [
        'import shutil',
        'from fastapi import FastAPI, File, UploadFile',
        '',
        '@app.post("/screenshots")',
        'async def screenshot(file: UploadFile = File(...)):',
        '    with open(f"uploads/{file.filename}", "wb") as buffer:',
        '        ⟦shutil.copyfileobj(file.file, buffer)⟧',
        '    return {"name": file.filename}',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk'],
    },
  ],
};

export const phpUploadFrameworkExamples: Examples = {
  valid: [
    {
      name: "Laravel: the default disk (FILESYSTEM_DISK decides), S3, a model's own store(); move_uploaded_file into an environment folder",
      path: 'app/Http/Controllers/FileController.php',
      code: [
        '<?php',
        'class FileController extends Controller',
        '{',
        '    public function store(Request $request)',
        '    {',
        "        $request->file('document')->store('documents');",
        "        $request->file('banner')->store('banners', 's3');",
        "        $request->file('logo')->storeAs('logos', 'logo.png', ['disk' => 's3']);",
        "        $target = getenv('SCAN_DIR') . '/' . basename($_FILES['scan']['name']);",
        "        move_uploaded_file($_FILES['scan']['tmp_name'], $target);",
        '    }',
        '}',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Laravel: an upload stored on the generated `local` or `public` disk (storage/app on this server)",
      path: 'app/Http/Controllers/AvatarController.php',
      code: [
        '<?php',
        'class AvatarController extends Controller',
        '{',
        '    public function update(Request $request)',
        '    {',
        "        $path = ⟦$request->file('avatar')->store('avatars', 'local')⟧;",
        "        ⟦$request->file('cover')->storeAs('covers', 'c.png', ['disk' => 'public'])⟧;",
        '    }',
        '}',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk', 'Laravel'],
    },
  ],
};
