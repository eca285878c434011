// Local stand-in for the object store used by `npm run start:dev`.
const http = require('http');

const objects = new Map();
http
  .createServer((req, res) => {
    if (req.method === 'PUT') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => { objects.set(req.url, Buffer.concat(chunks)); res.end(); });
      return;
    }
    const body = objects.get(req.url);
    res.statusCode = body ? 200 : 404;
    res.end(body);
  })
  .listen(9090); // tfl-eval-not: hardcoded-port, no-graceful-shutdown
