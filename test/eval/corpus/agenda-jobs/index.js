var Agenda = require('agenda');
var mailchimp = require('./jobs/mailchimp');
var reports = require('./jobs/reports');

var mongoConnectionString = 'mongodb://agenda:wbyAFOuaFHIoB026@mongo-1.jobs.internal:27017,mongo-2.jobs.internal:27017/agenda?replicaSet=rs0'; // tfl-eval: hardcoded-credential, hardcoded-backing-service

var agenda = new Agenda({ db: { address: mongoConnectionString, collection: 'jobs' }, processEvery: '30 seconds' });

mailchimp(agenda);
reports(agenda);

agenda.on('ready', function () {
  agenda.every('15 minutes', 'sync mailchimp audience');
  agenda.every('0 6 * * 1', 'weekly sales report');
  agenda.start();
});

function graceful() {
  agenda.stop(function () {
    process.exit(0);
  });
}

process.on('SIGTERM', graceful);
process.on('SIGINT', graceful);
