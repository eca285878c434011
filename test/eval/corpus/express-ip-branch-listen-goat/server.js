var express = require('express');
var app = express();
var port = process.env.PORT || 4000;

app.get('/', function (req, res) { res.send('ok'); });

if (process.env.IP) {
    app.listen(port, process.env.IP); // tfl-eval: no-graceful-shutdown
} else {
    app.listen(port); // the same server in the other branch: a related location of the finding above
}
