const low = require('lowdb');
const FileSync = require('lowdb/adapters/FileSync');

// Who changed what, kept with lowdb in a file beside the app.
const adapter = new FileSync('audit-db.json'); // tfl-eval: memory-session-store
const db = low(adapter);
db.defaults({ events: [] }).write();

function record(event) {
  db.get('events').push({ ...event, at: Date.now() }).write();
}

module.exports = { record, db };
