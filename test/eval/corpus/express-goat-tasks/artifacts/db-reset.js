#!/usr/bin/env node
// Drops the tasks database and loads the tutorial's users and allocations again.
'use strict';

const { MongoClient } = require('mongodb');
const bcrypt = require('bcrypt-nodejs');
const config = require('../config/config');

const USERS_TO_INSERT = [
  {
    _id: 1,
    userName: 'admin',
    firstName: 'Node Goat',
    lastName: 'Admin',
    password: 'Admin_123', // tfl-eval-not: hardcoded-credential
    isAdmin: true,
  },
  {
    _id: 2,
    userName: 'user1',
    firstName: 'John',
    lastName: 'Doe',
    benefitStartDate: '2030-01-10',
    password: 'User1_123', // tfl-eval-not: hardcoded-credential
  },
  {
    _id: 3,
    userName: 'user2',
    firstName: 'Will',
    lastName: 'Smith',
    benefitStartDate: '2025-11-30',
    password: bcrypt.hashSync('User2_123', bcrypt.genSaltSync()), // tfl-eval-not: hardcoded-credential
  },
];

async function reset() {
  const client = await MongoClient.connect(config.db);
  const db = client.db();
  await db.dropDatabase();
  await db.collection('users').insertMany(USERS_TO_INSERT);
  await db.collection('counters').insertOne({ _id: 'userId', seq: 3 });
  console.log('Database reset performed successfully');
  await client.close();
}

reset().catch((err) => {
  console.error(err);
  process.exit(1);
});
