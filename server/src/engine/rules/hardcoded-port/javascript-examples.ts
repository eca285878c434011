import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const AT_LINE_1 = { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } };

/**
 * What the node layer reads in the modules a server imports (migrationFacts.ts jsPorts): `module.exports = { port: 3050,
 * app: { PORT: 4200 } }` in ./config, `export const PORT = 8088` in ./constants, `port() { return 4100; }` in ./settings.
 */
const CONFIG_PORTS: ScanOptions = {
  importedPorts: [
    { module: './config', name: 'port', port: 3050, path: 'src/config.js', range: AT_LINE_1 },
    { module: './config', name: 'app.PORT', port: 4200, path: 'src/config.js', range: AT_LINE_1 },
    { module: './constants', name: 'PORT', port: 8088, path: 'src/constants.ts', range: AT_LINE_1 },
    { module: './settings', name: 'port', port: 4100, path: 'src/settings.js', range: AT_LINE_1, called: true },
  ],
};

export const javascriptExamples: Examples = {
  valid: [
    {
      name: 'a `let` port written again from the environment: the deploy sets it (probe27)',
      path: 'src/admin.js',
      code: "const express = require('express');\n\nlet adminPort = 3001;\nif (process.env.ADMIN_PORT) adminPort = Number(process.env.ADMIN_PORT);\nexpress().listen(adminPort);\n",
    },
    {
      name: "a Moleculer gateway's port from the environment; a port in a service that mixes in no gateway",
      path: 'services/api.service.js',
      code: `const ApiGateway = require('moleculer-web');\nmodule.exports = { name: 'api', mixins: [ApiGateway], settings: { port: process.env.PORT || 3000 } };\nconst metrics = { name: 'metrics', mixins: [], settings: { port: 3030 } };\n`,
    },
    { name: 'the port comes from the environment', path: 'src/server.js', code: `app.listen(process.env.PORT || 3000);\n` },
    {
      name: 'through a variable that reads the environment',
      path: 'src/server.ts',
      code: `const port = Number(process.env.PORT ?? 3000);\napp.listen(port, () => console.log('up'));\n`,
    },
    { name: 'from a config module', path: 'src/server.js', code: `const config = require('./config');\napp.listen(config.port);\n` },
    {
      name: "a config module's members the node layer found no fixed port in, another module's, and a call where the value is no call",
      path: 'src/server.js',
      code: `const config = require('./config');\nconst other = require('./other');\nconst settings = require('./settings');\napp.listen(config.adminPort);\napp.listen(other.port);\napp.listen(config.port());\napp.listen(settings.port);\n`,
      options: CONFIG_PORTS,
    },
    {
      name: 'a local object named like the import, and a parameter',
      path: 'src/server.ts',
      code: `export function start(app: App, PORT: number) {\n  const config = { port: Number(process.env.PORT) };\n  app.listen(config.port);\n  return app.listen(PORT);\n}\n`,
      options: CONFIG_PORTS,
    },
    { name: 'a builder chain binding the port from the environment', path: 'src/server.js', code: `new Koa().use(router.routes()).listen(process.env.PORT);\n` },
    { name: 'a parameter', path: 'src/start.js', code: `export function start(app, port) {\n  return app.listen(port);\n}\n` },
    { name: 'port 0 asks the OS for a free port', path: 'src/server.js', code: `const server = http.createServer(handler).listen(0);\n` },
    { name: 'a test starts its own server', path: 'test/app.test.js', code: `const server = app.listen(4000);\n` },
    { name: 'a spec file beside the code', path: 'src/app.spec.ts', code: `beforeAll(() => app.listen(4001));\n` },
    { name: 'a mock server script', path: 'scripts/mock-api.js', code: `require('express')().listen(9999);\n` },
    { name: 'a dev-tool config', path: 'webpack.config.js', code: `module.exports = { devServer: { port: 8080 } };\napp.listen(8081);\n` },
    {
      name: 'set on a cache client, not an express app',
      path: 'src/cache.js',
      code: `const cache = new Map();\ncache.set('port', 3000);\n`,
    },
    {
      name: 'fastify options that read the environment',
      path: 'src/server.ts',
      code: `await fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });\n`,
    },
    {
      name: 'a variable declared twice is not followed',
      path: 'src/server.js',
      code: `function a() { const port = 3000; return port; }\nfunction b(app) { const port = process.env.PORT; app.listen(port); }\n`,
    },
    { name: 'Function.prototype.bind is no server', path: 'src/handlers.js', code: `const PORT = 50051;\nconst handler = charge.bind(null, \`0.0.0.0:\${PORT}\`);\n` },
    {
      name: 'a gRPC server bound to the platform port',
      path: 'src/server.js',
      code: `const grpc = require('@grpc/grpc-js');\nconst server = new grpc.Server();\nserver.bindAsync(\`0.0.0.0:\${process.env.PORT}\`, grpc.ServerCredentials.createInsecure(), () => server.start());\n`,
    },
  ],
  invalid: [
    {
      name: "the port of the imported config module: app.listen(config.port) with module.exports = { port: 3050 }, the value related",
      path: 'src/server.js',
      code: `const express = require('express');\nconst config = require('./config');\n\nconst app = express();\nconst server = app.listen(⟦config.port⟧);\n`,
      options: CONFIG_PORTS,
      messageIncludes: ['hardcoded port 3050', 'src/config.js exports it as port'],
      relatedFiles: ['src/config.js'],
    },
    {
      name: "a nested member through a variable, its fallback never used: const port = config.app.PORT || 3000",
      path: 'src/server.js',
      code: `const config = require('./config');\nconst port = config.app.PORT || 3000;\napp.listen(⟦port⟧);\n`,
      options: CONFIG_PORTS,
      relatedFiles: ['src/config.js'],
    },
    {
      name: 'a named import in a fastify options object: listen({ port: PORT }) with export const PORT = 8088',
      path: 'src/main.ts',
      code: `import Fastify from 'fastify';\nimport { PORT } from './constants';\n\nawait app.listen({ port: ⟦PORT⟧, host: '0.0.0.0' });\n`,
      options: CONFIG_PORTS,
      relatedFiles: ['src/constants.ts'],
    },
    {
      name: "an imported function's return: settings.port(), port() { return 4100; }",
      path: 'src/main.ts',
      code: `import settings from './settings';\n\nawait app.listen(⟦settings.port()⟧);\n`,
      options: CONFIG_PORTS,
      messageIncludes: ['port() returns it, in src/settings.js'],
      relatedFiles: ['src/settings.js'],
    },
    {
      name: "a gRPC server's address built from a fixed port (`bindAsync`, microservices-demo)",
      path: 'src/paymentservice/server.js',
      code: `const grpc = require('@grpc/grpc-js');\nconst PORT = 31337;\nconst server = new grpc.Server();\nserver.bindAsync(\`0.0.0.0:\${⟦PORT⟧}\`, grpc.ServerCredentials.createInsecure(), () => server.start());\n`,
      messageIncludes: ['31337', 'process.env.PORT'],
    },
    {
      name: "the legacy grpc package's `bind` with a literal address",
      path: 'src/server.js',
      code: `const grpc = require('grpc');\nconst server = new grpc.Server();\nserver.bind(⟦'[::]:50051'⟧, grpc.ServerCredentials.createInsecure());\nserver.start();\n`,
    },
    {
      name: 'a Moleculer service mixing in moleculer-web with a literal settings.port',
      path: 'services/api.service.js',
      code: `const ApiGateway = require('moleculer-web');\nmodule.exports = {\n  name: 'api',\n  mixins: [ApiGateway],\n  settings: { port: ⟦3000⟧, routes: [{ path: '/api' }] },\n};\n`,
      messageIncludes: ['Factor VII'],
    },
    {
      name: 'express app.listen(3000)',
      path: 'src/server.js',
      code: `const app = require('express')();\napp.listen(⟦3000⟧, () => console.log('listening'));\n`,
      messageIncludes: ['3000', 'process.env.PORT'],
      output: `const app = require('express')();\napp.listen(process.env.PORT ?? 3000, () => console.log('listening'));\n`,
    },
    {
      name: 'the end of a builder chain that starts at a `new` (Elysia, Koa)',
      path: 'src/index.ts',
      code: `import { Elysia } from 'elysia';\n\nnew Elysia()\n  .use(cors())\n  .get('/health', () => 'ok')\n  .listen(⟦3000⟧);\n`,
      output: `import { Elysia } from 'elysia';\n\nnew Elysia()\n  .use(cors())\n  .get('/health', () => 'ok')\n  .listen(Number(process.env.PORT ?? 3000));\n`,
    },
    {
      name: 'TypeScript keeps a number',
      path: 'src/main.ts',
      code: `const app = await NestFactory.create(AppModule);\nawait app.listen(⟦3000⟧);\n`,
      output: `const app = await NestFactory.create(AppModule);\nawait app.listen(Number(process.env.PORT ?? 3000));\n`,
    },
    {
      name: 'through a constant: reported at the listen, fixed at the constant',
      path: 'src/server.js',
      code: `const PORT = 8080;\nconst server = http.createServer(handler);\nserver.listen(⟦PORT⟧);\nconsole.log(\`on \${PORT}\`);\n`,
      output: `const PORT = Number(process.env.PORT ?? 8080);\nconst server = http.createServer(handler);\nserver.listen(PORT);\nconsole.log(\`on \${PORT}\`);\n`,
    },
    {
      name: 'a string port',
      path: 'src/server.js',
      code: `app.listen(⟦'3000'⟧);\n`,
      output: `app.listen(process.env.PORT ?? '3000');\n`,
    },
    {
      name: 'fastify listen options',
      path: 'src/server.ts',
      code: `await fastify.listen({ port: ⟦3000⟧, host: '0.0.0.0' });\n`,
      output: `await fastify.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });\n`,
    },
    {
      name: 'hono on node',
      path: 'src/index.ts',
      code: `import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: ⟦8787⟧ });\n`,
    },
    { name: 'Bun.serve', path: 'src/index.ts', code: `Bun.serve({ port: ⟦3000⟧, fetch: () => new Response('ok') });\n` },
    { name: 'hapi', path: 'src/server.js', code: `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: ⟦3000⟧, host: 'localhost' });\n` },
    { name: 'a ws server', path: 'src/socket.js', code: `const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: ⟦8080⟧ });\n` },
    {
      name: "express-generator's app.set('port')",
      path: 'src/app.js',
      code: `const express = require('express');\nconst app = express();\napp.set('port', ⟦3000⟧);\n`,
      output: `const express = require('express');\nconst app = express();\napp.set('port', Number(process.env.PORT ?? 3000));\n`,
    },
    {
      name: 'files that read process.env with brackets keep that style',
      path: 'src/server.ts',
      code: `const host = process.env['HOST'];\napp.listen(⟦3000⟧, host);\n`,
      output: `const host = process.env['HOST'];\napp.listen(Number(process.env['PORT'] ?? 3000), host);\n`,
    },
  ],
};
