// A committed env template loaded as the app's config (example-env-loads.ts), in each language it occurs in.
import type { Examples } from '../../rule';

export const exampleEnvJavaScriptExamples: Examples = {
  invalid: [
    {
      name: "dotenv's config given the template, through require and path.resolve, and Node's own loadEnvFile",
      path: 'src/config.js',
      code: `const path = require('path');\nrequire('dotenv').config({ path: path.resolve(__dirname, ⟦'../.env.example'⟧) });\nprocess.loadEnvFile(⟦'.env.sample'⟧);\nmodule.exports = { port: process.env.PORT };\n`,
      messageIncludes: ['committed env template'],
      severity: 'warning',
    },
    {
      name: 'an imported config() whose path falls back to the template when no .env exists',
      path: 'src/env.ts',
      code: `import fs from 'node:fs';\nimport { config } from 'dotenv';\n\nconfig({ path: fs.existsSync('.env') ? '.env' : ⟦'.env.example'⟧ });\n`,
    },
  ],
  valid: [
    {
      name: "dotenv-safe's example option (only the names it must find), the default .env, another file, and a test",
      path: 'src/index.js',
      code: `const dotenvSafe = require('dotenv-safe');\nconst dotenv = require('dotenv');\ndotenvSafe.config({ example: '.env.example' });\ndotenv.config();\ndotenv.config({ path: '.env.production.local' });\nconst templatePath = '.env.example';\nconsole.log(templatePath);\n`,
    },
    { name: 'a test loading the template on purpose', path: 'test/setup.js', code: `require('dotenv').config({ path: '.env.example' });\n` },
  ],
};

export const exampleEnvPythonExamples: Examples = {
  invalid: [
    {
      name: "python-dotenv's load_dotenv given the template (positional, joined path, keyword), django-environ's read_env",
      path: 'inventory/__init__.py',
      code: `import os\n\nimport environ\nfrom dotenv import load_dotenv\n\nbasedir = os.path.dirname(__file__)\nload_dotenv(os.path.join(basedir, ⟦".env.sample"⟧))\nload_dotenv(dotenv_path=⟦'.env.example'⟧, override=True)\nenviron.Env.read_env(⟦".env.template"⟧)\n`,
    },
  ],
  valid: [
    {
      name: 'the default .env, dotenv_values read for comparison, another file',
      path: 'app/settings.py',
      code: `from dotenv import dotenv_values, load_dotenv\n\nload_dotenv()\nload_dotenv(".env.local")\nEXPECTED = dotenv_values(".env.example")\n`,
    },
    { name: "a test's conftest", path: 'tests/conftest.py', code: `from dotenv import load_dotenv\n\nload_dotenv(".env.example")\n` },
  ],
};

export const exampleEnvGoExamples: Examples = {
  invalid: [
    {
      name: 'godotenv.Load and Overload given the template',
      path: 'main.go',
      code: `package main\n\nimport "github.com/joho/godotenv"\n\nfunc main() {\n\t_ = godotenv.Load(".env", ⟦".env.example"⟧)\n\t_ = godotenv.Overload(⟦\`example.env\`⟧)\n}\n`,
    },
  ],
  valid: [
    {
      name: 'godotenv.Load of the default file and of a local one',
      path: 'main.go',
      code: `package main\n\nimport "github.com/joho/godotenv"\n\nfunc main() {\n\t_ = godotenv.Load()\n\t_ = godotenv.Load(".env.local")\n\tprintln(".env.example")\n}\n`,
    },
  ],
};

export const exampleEnvRubyExamples: Examples = {
  invalid: [
    {
      name: 'Dotenv.load and overload! given the template',
      path: 'app.rb',
      code: `require "dotenv"\n\nDotenv.load(File.expand_path(⟦".env.example"⟧, __dir__))\nDotenv.overload!(⟦'.env.sample'⟧)\n`,
    },
  ],
  valid: [
    {
      name: 'Dotenv.load of the real files, and a spec helper',
      path: 'app.rb',
      code: `require "dotenv"\n\nDotenv.load(".env.local", ".env")\nTEMPLATE = ".env.example"\n`,
    },
    { name: 'a spec helper', path: 'spec/spec_helper.rb', code: `require "dotenv"\nDotenv.load(".env.example")\n` },
  ],
};
