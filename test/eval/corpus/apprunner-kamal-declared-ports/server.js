const http = require('node:http');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const server = http.createServer((req, res) => res.end('ok'));
server.listen(port);
process.on('SIGTERM', () => server.close());
