import { createServer } from 'node:http';

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ path: req.url }));
});
server.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close());
