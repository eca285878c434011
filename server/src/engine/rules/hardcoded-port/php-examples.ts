import type { Examples } from '../../rule';

export const phpExamples: Examples = {
  valid: [
    { name: 'ReactPHP reads PORT', path: 'server.php', code: `<?php\n$socket = new React\\Socket\\SocketServer('0.0.0.0:' . (getenv('PORT') ?: '8080'));\n` },
    { name: 'Swoole reads PORT', path: 'server.php', code: `<?php\n$server = new Swoole\\Http\\Server('0.0.0.0', (int) (getenv('PORT') ?: 9501));\n` },
    { name: 'a client stream', path: 'src/Probe.php', code: `<?php\n$client = stream_socket_client('tcp://inventory.internal:8080');\n` },
    { name: 'a test server', path: 'tests/ServerTest.php', code: `<?php\n$socket = new React\\Socket\\SocketServer('127.0.0.1:8089');\n` },
    { name: 'a Server that is not a socket server', path: 'src/Mail.php', code: `<?php\n$server = new Server('smtp.internal', 25);\n` },
    {
      name: "Ratchet and amphp reading PORT; another library's factory and expose; a Ratchet server in a test or a scripts/ folder",
      path: 'bin/chat-server.php',
      code: `<?php\nuse Ratchet\\Server\\IoServer;\nuse Amp\\Http\\Server\\SocketHttpServer;\n$server = IoServer::factory($app, (int) (getenv('PORT') ?: 8080));\n$http->expose('0.0.0.0:' . getenv('PORT'));\n$pool = ConnectionFactory::factory($config, 5);\n$metrics->expose(9100);\n`,
    },
    { name: 'a Ratchet server started by a test', path: 'tests/bin/ServerTest.php', code: `<?php\nuse Ratchet\\Server\\IoServer;\nIoServer::factory($app, 18080);\n` },
    { name: 'a one-off script folder', path: 'scripts/ws-probe.php', code: `<?php\nuse Ratchet\\Server\\IoServer;\nIoServer::factory($app, 8080);\n` },
  ],
  invalid: [
    {
      name: 'ReactPHP SocketServer',
      path: 'server.php',
      code: `<?php\n$socket = new React\\Socket\\SocketServer(⟦'0.0.0.0:8080'⟧);\n$http->listen($socket);\n`,
      messageIncludes: ['8080', "getenv('PORT')"],
      output: `<?php\n$socket = new React\\Socket\\SocketServer('0.0.0.0:' . (getenv('PORT') ?: '8080'));\n$http->listen($socket);\n`,
    },
    {
      name: 'Swoole HTTP server',
      path: 'server.php',
      code: `<?php\n$server = new Swoole\\Http\\Server('0.0.0.0', ⟦9501⟧);\n$server->start();\n`,
      output: `<?php\n$server = new Swoole\\Http\\Server('0.0.0.0', (int) (getenv('PORT') ?: 9501));\n$server->start();\n`,
    },
    { name: 'Swoole through a use alias', path: 'server.php', code: `<?php\nuse Swoole\\WebSocket\\Server;\n$server = new Server('0.0.0.0', ⟦9502⟧);\n` },
    { name: 'Workerman', path: 'start.php', code: `<?php\nuse Workerman\\Worker;\n$worker = new Worker(⟦'http://0.0.0.0:2345'⟧);\nWorker::runAll();\n` },
    { name: 'stream_socket_server', path: 'server.php', code: `<?php\n$server = stream_socket_server(⟦'tcp://0.0.0.0:8000'⟧, $errno, $errstr);\n` },
    {
      name: "Ratchet's IoServer::factory port, in bin/ where Ratchet's servers live",
      path: 'bin/chat-server.php',
      code: `<?php\nuse Ratchet\\Server\\IoServer;\n$server = IoServer::factory(new HttpServer(new WsServer(new Chat())), ⟦8080⟧);\n$server->run();\n`,
      output: `<?php\nuse Ratchet\\Server\\IoServer;\n$server = IoServer::factory(new HttpServer(new WsServer(new Chat())), (int) (getenv('PORT') ?: 8080));\n$server->run();\n`,
    },
    {
      name: "amphp's HTTP server exposing an address, or an InternetAddress",
      path: 'server.php',
      code: `<?php\nuse Amp\\Http\\Server\\SocketHttpServer;\nuse Amp\\Socket\\InternetAddress;\n$server = SocketHttpServer::createForDirectAccess($logger);\n$server->expose(⟦'0.0.0.0:1337'⟧);\n$server->expose(new InternetAddress('[::]', ⟦1337⟧));\n`,
    },
  ],
};
