'use strict';

// Notes live in this array until the process exits.
const notes = []; // tfl-eval: memory-session-store
let nextId = 1;

function Note(title, body) {
  this.id = nextId++;
  this.title = title;
  this.body = body;
}

Note.prototype.save = function () {
  notes.push(this);
  return this;
};

Note.all = function () {
  return notes.slice();
};

Note.find = function (id) {
  return notes.find((note) => note.id === id);
};

module.exports = Note;
