var nodemailer = require('nodemailer');
var db = require('../lib/db');

var transporter = nodemailer.createTransport({
  service: 'Mailjet',
  auth: {
    user: '40f01fb0d5be5938b1a4df8b0ffe51cc', // tfl-eval-not: hardcoded-credential
    pass: 'c4442ce90debaa447a3c511b020bb294' // tfl-eval: hardcoded-credential
  }
});

module.exports = function (agenda) {
  agenda.define('weekly sales report', function (job, done) {
    db.weeklySales(function (err, rows) {
      if (err) return done(err);
      transporter.sendMail({
        from: 'reports@shopfloor.io',
        to: 'owners@shopfloor.io',
        subject: 'Weekly sales',
        text: rows.map(function (r) { return r.day + ': ' + r.total; }).join('\n')
      }, done);
    });
  });
};
