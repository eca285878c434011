const http = require('http');
const argv = require('minimist')(process.argv.slice(2));

const server = http.createServer((req, res) => res.end('ok'));
server.listen(argv.port || process.env.PORT);
process.on('SIGTERM', () => server.close());
