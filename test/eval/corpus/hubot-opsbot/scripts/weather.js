// Description:
//   Weather at the depots.
var request = require('request');

var OWM_KEY = process.env.HUBOT_OWM_KEY || '728cd484e3c740943ebe94e5b7d02f88'; // tfl-eval: hardcoded-credential

module.exports = function(robot) {
  robot.hear(/weather in (\w+)/i, function(res) {
    var city = res.match[1];
    request('https://api.openweathermap.org/data/2.5/weather?units=metric&q=' + city + '&appid=' + OWM_KEY, function(err, resp, body) {
      if (err) return res.send('no weather today');
      var data = JSON.parse(body);
      res.send(city + ': ' + data.weather[0].description + ', ' + data.main.temp + '°C');
    });
  });
};
