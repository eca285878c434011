// Description:
//   Trigger Jenkins deploy jobs from chat.
//
// Commands:
//   hubot deploy <app> to <env> - queues the deploy job of <app>
//
// Author:
//   ops-team

var jenkinsUrl = 'https://ci.ops.brightline-logistics.net';
var jenkinsUser = 'hubot';
var jenkinsToken = '112afd5f19aa1d526b04f47f665f7e6528'; // tfl-eval: hardcoded-credential

module.exports = function(robot) {
  robot.respond(/deploy (\S+) to (\S+)/i, function(msg) {
    var app = msg.match[1];
    var env = msg.match[2];
    var auth = 'Basic ' + new Buffer(jenkinsUser + ':' + jenkinsToken).toString('base64');
    robot.http(jenkinsUrl + '/job/' + app + '-deploy/buildWithParameters?ENV=' + env)
      .header('Authorization', auth)
      .post()(function(err, res, body) {
        if (err || res.statusCode >= 400) {
          return msg.reply('Jenkins said no: ' + (err || res.statusCode));
        }
        msg.reply('Deploying ' + app + ' to ' + env);
      });
  });
};
