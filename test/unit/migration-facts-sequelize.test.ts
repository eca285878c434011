// Factor XII across JS modules, for Sequelize's sync reached through the app's models module (issue #9): a re-exported
// bound sync (`sync: sequelize.sync.bind(sequelize)`), a model exported as it is defined, and an exported app factory
// that calls a db module's migrating function. The call the entry makes is reported, the module's sync related.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startupMigration } from '../../server/src/engine/rules/startup-migration';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const audit = (root: string) => auditWith([startupMigration], root, 1);

describe('startup-migration: Sequelize sync through another module', () => {
  it("reports models.sync() where the models module re-exports the instance's bound sync", async () => {
    const root = tree({
      'package.json': '{ "name": "shop", "scripts": { "start": "node src/app.js" } }\n',
      'src/models/index.js': "const { Sequelize } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nmodule.exports = { sequelize, sync: sequelize.sync.bind(sequelize) };\n",
      'src/app.js': "const models = require('./models');\nconst app = require('express')();\nmodels.sync().then(() => app.listen(process.env.PORT));\n",
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['src/app.js:3 -> src/models/index.js:3']);
  });

  it("reports Contract.sync() on a model its module exports as it defines it; not a seed script's, nor a finder", async () => {
    const root = tree({
      'package.json': '{ "name": "contracts", "scripts": { "start": "node index.js" } }\n',
      'models/contract.js': "const { DataTypes } = require('sequelize');\nconst sequelize = require('./db');\nmodule.exports = sequelize.define('Contract', { number: DataTypes.STRING });\n",
      'index.js': "const Contract = require('./models/contract');\nconst app = require('express')();\napp.get('/', async (req, res) => res.json(await Contract.findAll()));\nasync function main() {\n  await Contract.sync({ alter: true });\n  app.listen(process.env.PORT);\n}\nmain();\n",
      'scripts/seed.js': "const Contract = require('../models/contract');\nContract.sync({ force: true }).then(() => process.exit(0));\n",
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['index.js:5 -> models/contract.js:3']);
  });

  it("reports an exported app factory's call of a db module's function that syncs (server.js -> app.js -> db.js); not a model's finder", async () => {
    const root = tree({
      'package.json': '{ "name": "tasks", "scripts": { "start": "node server.js" } }\n',
      'server.js': "const { createApp } = require('./src/app');\ncreateApp().then((app) => app.listen(process.env.PORT));\n",
      'src/app.js': "const express = require('express');\nconst db = require('./lib/db');\n\nasync function createApp() {\n  await db.connect();\n  const app = express();\n  app.get('/tasks', async (req, res) => res.json(await db.Task.findAll()));\n  return app;\n}\n\nmodule.exports = { createApp };\n",
      'src/lib/db.js': "const { Sequelize, DataTypes } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nconst Task = sequelize.define('Task', { title: DataTypes.STRING });\nasync function connect() {\n  await sequelize.authenticate();\n  await sequelize.sync({ alter: true });\n}\nmodule.exports = { connect, Task };\n",
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['src/app.js:5 -> src/lib/db.js:6']);
  });
});
