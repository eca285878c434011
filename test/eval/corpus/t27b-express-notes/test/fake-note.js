const saved = []; // tfl-eval-not: memory-session-store
class FakeNote {
  save() { saved.push(this); }
  static all() { return saved; }
}
module.exports = FakeNote;
