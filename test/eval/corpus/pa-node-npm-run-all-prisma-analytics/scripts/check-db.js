/* eslint-disable no-console */
require('dotenv').config();  // tfl-eval: undeclared-dependency
const { PrismaClient } = require('@prisma/client');
const chalk = require('chalk');
const { execSync } = require('child_process');

const prisma = new PrismaClient();

function success(msg) {
  console.log(chalk.greenBright(`✓ ${msg}`));
}

async function checkEnv() {
  if (!process.env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not defined.');
  }
  success('DATABASE_URL is defined.');
}

async function checkConnection() {
  await prisma.$connect();
  success('Database connection successful.');
}

async function applyMigration() {
  if (!process.env.SKIP_DB_MIGRATION) {
    // tfl-eval-next-line: startup-migration
    console.log(execSync('prisma migrate deploy').toString());
    success('Database is up to date.');
  }
}

(async () => {
  let err = false;
  for (const fn of [checkEnv, checkConnection, applyMigration]) {
    try {
      await fn();
    } catch (e) {
      console.log(chalk.red(`✗ ${e.message}`));
      err = true;
    } finally {
      await prisma.$disconnect();
      if (err) {
        process.exit(1);
      }
    }
  }
})();
