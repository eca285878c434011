const Contract = require('../models/contract')

async function seed() {
  await Contract.sync({ force: true }) // tfl-eval-not: startup-migration  (a seed script run by hand)
  await Contract.bulkCreate([{ number: 'C-001' }, { number: 'C-002' }])
}

seed().then(() => process.exit(0))
