var request = require('request');

var MAILCHIMP_KEY = '0c9fb41b7778dfc059af630e202f3101-us21'; // tfl-eval: hardcoded-credential
var LIST_ID = '7eabde8f58';

module.exports = function (agenda) {
  agenda.define('sync mailchimp audience', function (job, done) {
    request.get({
      url: 'https://us21.api.mailchimp.com/3.0/lists/' + LIST_ID + '/members?count=1000',
      auth: { user: 'anystring', pass: MAILCHIMP_KEY },
      json: true
    }, function (err, res, body) {
      if (err) return done(err);
      job.attrs.data = { members: body.total_items };
      done();
    });
  });
};
