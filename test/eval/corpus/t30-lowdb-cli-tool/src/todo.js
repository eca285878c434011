#!/usr/bin/env node
// A to-do list kept in the user's own folder: a command-line tool, one user, one process at a time.
const { program } = require('commander');
const low = require('lowdb');
const FileSync = require('lowdb/adapters/FileSync');

const db = low(new FileSync('todos.json')); // tfl-eval-not: memory-session-store
db.defaults({ todos: [] }).write();

program
  .command('add <text>')
  .action((text) => {
    db.get('todos').push({ text, done: false }).write();
  });

program
  .command('list')
  .action(() => {
    for (const [index, todo] of db.get('todos').value().entries()) console.log(`${index + 1}. ${todo.done ? '[x]' : '[ ]'} ${todo.text}`);
  });

program.parse(process.argv);
