import type { DeclaredDependencies, ScanOptions } from '../../types';
import type { Examples } from '../../rule';

const declared = (packages: string[], more: Partial<NonNullable<DeclaredDependencies['npm']>> = {}, systemPackages: string[] = []): ScanOptions => ({
  dependencies: {
    npm: { manifest: 'package.json', packages, localPrefixes: [], hostModules: [], ...more },
    systemPackages,
  },
});

const SHOP = declared(['express', 'pg', 'lodash', '@aws-sdk/client-s3', 'shop', 'typescript', '@types/node']);

export const javascriptExamples: Examples = {
  valid: [
    {
      name: "a vendored library's build: a UMD wrapper's CommonJS branch, browserify's and AMD's own require parameters",
      path: 'content/themes/casper/assets/built/gallery.js',
      code: [
        '(function (root, factory) {',
        "  if (typeof define === 'function' && define.amd) define(['ev-emitter/ev-emitter'], factory);",
        "  else if (typeof module === 'object' && module.exports) module.exports = factory(require('ev-emitter'));",
        '  else root.Gallery = factory(root.EvEmitter);',
        "})(this, function (EvEmitter) { return EvEmitter; });",
        "var bundle = {1: [function (require, module, exports) { var ms = require('ms'); module.exports = ms; }, { ms: 2 }]};",
        "define(['require'], function (require) { return require('he'); });",
        '',
      ].join('\n'),
      options: SHOP,
    },
    {
      name: "a scaffolder resolving a driver from the project it generated (require.resolve with paths)",
      path: 'lib/helpers.js',
      code: [
        "async function checkDbConnection(root) {",
        "  const mysqlPath = require.resolve('mysql2/promise', { paths: [root] });",
        "  const pgPath = require.resolve('pg', { paths: [root] });",
        "  return [require(mysqlPath), require(pgPath)];",
        "}",
        "module.exports = { checkDbConnection };",
        '',
      ].join('\n'),
      options: declared(['commander']),
    },
    {
      name: 'declared packages, subpaths, scoped packages, builtins with and without node:',
      path: 'src/server.js',
      code: [
        "const express = require('express');",
        "const fp = require('lodash/fp');",
        "const { S3Client } = require('@aws-sdk/client-s3');",
        "const fs = require('fs');",
        "const { join } = require('node:path');",
        "const { readFile } = require('fs/promises');",
        "const pool = new (require('pg').Pool)();",
        '',
      ].join('\n'),
      options: SHOP,
    },
    {
      name: 'relative and absolute paths, aliases of the project, the package itself, other runtimes',
      path: 'src/app.ts',
      code: [
        "import { db } from './db';",
        "import config from '../config/index.js';",
        "import Button from '@/components/Button';",
        "import util from '~/lib/util';",
        "import internal from '#internal/thing';",
        "import models from 'app/models';",
        "import self from 'shop/package.json';",
        "import { Database } from 'bun:sqlite';",
        "import pwa from 'virtual:pwa-register';",
        "import raw from '!!raw-loader!./file.txt';",
        "import { Meteor } from 'meteor/meteor';",
        "import http from 'k6/http';",
        "import { check } from 'k6';",
        "import { $, serve } from 'bun';",
        '',
      ].join('\n'),
      options: declared(['shop'], { localPrefixes: ['app'] }),
    },
    {
      name: 'type-only imports need no runtime dependency',
      path: 'src/types.ts',
      code: "import type { Request } from 'express-serve-static-core';\nexport type { Options } from 'http-proxy-middleware';\n",
      options: SHOP,
    },
    {
      name: "an import whose every name is marked `type` (`import { type UserModel } from 'models/user'`), and `export { type X } from`: erased",
      path: 'lib/security.ts',
      code: "import { type UserModel } from 'models/user';\nimport { type A, type B } from 'typed-only';\nexport { type Options } from 'http-proxy-middleware';\nexport const id = (u: UserModel): number => u.id;\n",
      options: SHOP,
    },
    {
      name: 'an optional dependency tried in a try/catch',
      path: 'src/json.js',
      code: "let fast;\ntry {\n  fast = require('fast-json-stringify');\n} catch {\n  fast = JSON.stringify;\n}\n",
      options: SHOP,
    },
    {
      name: 'the host provides vscode to an extension',
      path: 'src/extension.ts',
      code: "import * as vscode from 'vscode';\nexport function activate(context: vscode.ExtensionContext) {}\n",
      options: declared([], { hostModules: ['vscode'] }),
    },
    {
      name: 'no package.json around the file: nothing is known, nothing reported',
      path: 'scripts/one-off.js',
      code: "const axios = require('axios');\n",
    },
    {
      name: 'a vendored ffmpeg and an image that installs ImageMagick',
      path: 'src/media.js',
      code: "const { execFile, exec } = require('child_process');\nexecFile('ffmpeg', ['-i', 'in.mp4', 'out.webm']);\nexec('convert in.png -resize 50% out.png');\n",
      options: declared(['ffmpeg-static'], {}, ['imagemagick']),
    },
    {
      name: 'a program that is not a system tool we know, and a dynamic command',
      path: 'src/run.js',
      code: "const { spawn } = require('node:child_process');\nspawn('node', ['worker.js']);\nspawn(process.env.TOOL, []);\n",
      options: SHOP,
    },
  ],
  invalid: [
    {
      name: 'an import with one value name beside type names is loaded at run time',
      path: 'lib/security.ts',
      code: "import { type Options, createProxyMiddleware } from ⟦'http-proxy-middleware'⟧;\nexport const proxy = (o: Options) => createProxyMiddleware(o);\n",
      options: SHOP,
    },
    {
      name: 'require of a package no manifest declares',
      path: 'src/server.js',
      code: "const express = require('express');\nconst axios = require(⟦'axios'⟧);\nconst again = require('axios');\n",
      options: SHOP,
      messageIncludes: ['"axios" is imported but package.json does not declare it', 'dependencies'],
    },
    {
      name: "the app's own require beside a test of the module system that does not guard it, and a require in a function whose parameter is another name",
      path: 'src/cache.js',
      code: [
        "const store = require(⟦'ioredis'⟧);",
        "if (typeof window === 'undefined') module.exports = require(⟦'node-cache'⟧);",
        "function load(requireFn) { return require(⟦'lru-cache'⟧); }",
        '',
      ].join('\n'),
      options: SHOP,
    },
    {
      name: 'ESM imports, export-from, dynamic import, require.resolve, scoped subpath',
      path: 'src/app.mjs',
      code: [
        "import dayjs from ⟦'dayjs'⟧;",
        "export { v4 } from ⟦'uuid'⟧;",
        "const sharp = await import(⟦'sharp'⟧);",
        "const worker = require.resolve(⟦'bullmq/dist/worker'⟧);",
        "import { Client } from ⟦'@elastic/elasticsearch/lib/client'⟧;",
        '',
      ].join('\n'),
      options: SHOP,
    },
    {
      name: 'TypeScript import = require',
      path: 'src/legacy.ts',
      code: "import moment = require(⟦'moment'⟧);\n",
      options: SHOP,
    },
    {
      name: 'child_process running ImageMagick and pdftk that nothing installs',
      path: 'src/invoice.js',
      code: "const { execSync } = require('child_process');\nexecSync(⟦'convert invoice.png invoice.pdf'⟧);\nexecSync(⟦`pdftk invoice.pdf cat 1 output first.pdf`⟧);\n",
      options: SHOP,
      messageIncludes: ['system program', 'apt-get install'],
    },
    {
      name: 'execa spawning ffmpeg with no vendoring package',
      path: 'src/transcode.ts',
      code: "import { execa } from 'execa';\nawait execa(⟦'ffmpeg'⟧, ['-i', 'in.mp4', 'out.webm']);\n",
      options: declared(['execa']),
      messageIncludes: ['ffmpeg-static'],
    },
  ],
};
