const express = require('express');
const database = require('./db');
const cache = require('./cache');
const tasks = require('./routes/tasks');

const app = express();
app.use(express.json());
app.use('/tasks', tasks);

const port = Number(process.env.PORT) || 3000;

async function main() {
  await cache.init(); // tfl-eval-not: startup-migration
  await database.init(); // tfl-eval: startup-migration
  app.listen(port, () => console.log(`listening on ${port}`)); // tfl-eval: no-graceful-shutdown
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
