const express = require('express');
const { Patient, syncModels } = require('./models');

const app = express();
app.use(express.json());

app.get('/patients', async (req, res) => {
  res.json(await Patient.findAll({ limit: 50 }));
});

async function start() {
  await syncModels(); // tfl-eval: startup-migration
  const server = app.listen(Number(process.env.PORT) || 3000);
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

start();
