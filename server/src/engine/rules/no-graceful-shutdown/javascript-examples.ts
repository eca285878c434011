import type { Examples } from '../../rule';

export const javascriptExamples: Examples = {
  valid: [
    {
      name: 'a SIGTERM handler that closes the pool before exiting, and a named handler (trusted)',
      path: 'src/server.js',
      code: `app.listen(port);\nprocess.on('SIGTERM', async () => {\n  await pool.end();\n  process.exit(0);\n});\nprocess.on('SIGINT', shutdown);\n`,
    },
    {
      name: 'a SIGTERM handler closes the server',
      path: 'src/server.js',
      code: `const server = app.listen(process.env.PORT);\nprocess.on('SIGTERM', () => server.close(() => process.exit(0)));\n`,
    },
    {
      name: 'signals subscribed in a loop',
      path: 'src/server.ts',
      code: `const server = app.listen(port);\nfor (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, shutdown);\n`,
    },
    { name: 'http-terminator', path: 'src/server.js', code: `const { createHttpTerminator } = require('http-terminator');\nconst server = app.listen(port);\nconst terminator = createHttpTerminator({ server });\n` },
    { name: '@godaddy/terminus', path: 'src/server.ts', code: `import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, { signal: 'SIGTERM', onSignal });\nserver.listen(port);\n` },
    { name: 'NestJS shutdown hooks', path: 'src/main.ts', code: `const app = await NestFactory.create(AppModule);\napp.enableShutdownHooks();\nawait app.listen(port);\n` },
    { name: 'the server is exported for an entry file to manage', path: 'src/app.js', code: `module.exports = app.listen(port);\n` },
    { name: 'started in an exported function', path: 'src/start.ts', code: `export function start(app) {\n  return app.listen(process.env.PORT);\n}\n` },
    {
      name: "a method of an exported class, and a helper of a module's exported function (compiled TypeScript): the entry that imports them handles SIGTERM",
      path: 'dist/extension/frontend.js',
      code: `class Frontend {\n    async start() {\n        this.server.listen(this.port);\n    }\n}\nexports.Frontend = Frontend;\nclass Identification {\n    constructor(port) {\n        net.createServer(handle).listen({ port });\n    }\n}\nexports.Identification = Identification;\nasync function startOnboardingServer(port) {\n    server.listen(port);\n}\nasync function onboard() {\n    await startOnboardingServer(8080);\n}\nexports.onboard = onboard;\n`,
    },
    { name: 'a test server', path: 'test/api.test.js', code: `const server = app.listen(0);\n` },
    {
      name: "a language server's JSON-RPC connection is not a network server",
      path: 'src/server.ts',
      code: `const connection = createConnection(ProposedFeatures.all);\ndocuments.listen(connection);\nconnection.listen();\n`,
    },
    { name: 'a file with no server', path: 'src/worker.js', code: `queue.process(async (job) => handle(job));\n` },
  ],
  invalid: [
    {
      name: 'one server started in either branch of `if (process.env.IP)` (NodeGoat): one finding, the other start related',
      path: 'server.js',
      code: "const app = require('express')();\nconst port = process.env.PORT || 4000;\nif (process.env.IP) {\n  ⟦app.listen⟧(port, process.env.IP);\n} else {\n  ⟪app.listen⟫(port);\n}\n",
    },
    {
      name: 'a SIGTERM handler that only logs and exits: the open requests are cut as with none (no fix: the new handler would never run)',
      path: 'src/server.js',
      code: `const app = express();\n⟦app.listen⟧(process.env.PORT || 3000);\n⟪process.on⟫('SIGTERM', () => {\n  console.log('SIGTERM received, exiting');\n  process.exit(0);\n});\n`,
      messageIncludes: ['exits at once', 'server.close()'],
    },
    {
      name: 'an exported start function this file also calls: the file is the entry',
      path: 'src/server.ts',
      code: `export async function start() {\n  await db.connect();\n  ⟦app.listen⟧(process.env.PORT);\n}\n\nstart().catch((error) => {\n  console.error(error);\n  process.exit(1);\n});\n`,
      messageIncludes: ['Factor IX'],
    },
    {
      name: "express-generator's port setting: app.set('port', …) then app.listen(app.get('port'), …), and node-config's config.get('server.port')",
      path: 'app.js',
      code: "const express = require('express');\nconst config = require('config');\nconst app = express();\napp.set('port', process.env.PORT || 3000);\n⟦app.listen⟧(app.get('port'), () => console.log('listening'));\nconst admin = express();\n⟦admin.listen⟧(config.get('admin.port'));\n",
      messageIncludes: ['SIGTERM'],
    },
    {
      name: 'express with no SIGTERM handler',
      path: 'src/server.js',
      code: `const express = require('express');\nconst app = express();\n⟦app.listen⟧(process.env.PORT ?? 3000);\n`,
      messageIncludes: ['SIGTERM'],
      output: `const express = require('express');\nconst app = express();\nconst server = app.listen(process.env.PORT ?? 3000);\n\nprocess.on('SIGTERM', () => {\n  server.close(() => process.exit(0));\n});\n`,
    },
    {
      name: 'an http server kept in a variable',
      path: 'src/index.ts',
      code: `import http from 'node:http';\nconst httpServer = http.createServer(handler);\nconst running = ⟦httpServer.listen⟧(port);\n`,
      output: `import http from 'node:http';\nconst httpServer = http.createServer(handler);\nconst running = httpServer.listen(port);\n\nprocess.on('SIGTERM', () => {\n  running.close(() => process.exit(0));\n});\n`,
    },
    {
      name: 'inside a start function: reported, no fix',
      path: 'src/server.js',
      code: `async function start() {\n  await db.connect();\n  ⟦app.listen⟧(config.port);\n}\nstart();\n`,
    },
    {
      name: "a module's helper that its own entry check starts (`require.main === module`), and a method of a class the file keeps",
      path: 'src/server.js',
      code: `function listen() {\n  ⟦app.listen⟧(process.env.PORT);\n}\nclass Worker {\n  run() {\n    ⟦this.server.listen⟧(9090);\n  }\n}\nif (require.main === module) listen();\nmodule.exports = { app };\n`,
    },
    {
      name: "a chained start (Polka, Express): the finding is on the listen that starts the server, not the chain's first line",
      path: 'server.js',
      code: `polka()\n  .use(json())\n  .use('/quiz', quiz)\n  .⟦listen⟧(3000, () => console.log('up'));\n`,
    },
    { name: 'fastify', path: 'src/server.ts', code: `const fastify = Fastify();\nawait ⟦fastify.listen⟧({ port: Number(process.env.PORT) });\n` },
    { name: 'hono on node', path: 'src/index.ts', code: `import { serve } from '@hono/node-server';\n⟦serve⟧({ fetch: app.fetch, port: Number(process.env.PORT) });\n` },
  ],
};
