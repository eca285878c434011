const { program } = require('commander');

program.command('start').action(() => require('../loader'));
program.command('upgrade').action(async () => {
  const upgrade = require('./upgrade');
  await upgrade.runSchemaUpgrades();
  await require('./build').buildAll();
});
program.parse();
