// Notes typed into the form.
const notes = []; // tfl-eval: memory-session-store
let nextId = 1;

class Note {
  constructor(title, body) {
    this.id = nextId++;
    this.title = title;
    this.body = body;
  }

  save() {
    notes.push(this);
    return this;
  }

  static all() {
    return notes.slice();
  }
}

module.exports = Note;
