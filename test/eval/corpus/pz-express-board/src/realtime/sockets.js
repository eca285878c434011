const { WebSocketServer } = require('ws');

// The open socket of each signed-in user on this process.
const userSockets = new Map(); // tfl-eval-not: memory-session-store

function attachSockets(server) {
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket, req) => {
    const userId = new URL(req.url, 'http://x').searchParams.get('user');
    userSockets.set(userId, socket);
    socket.on('close', () => userSockets.delete(userId));
  });
}

function notify(userId, payload) {
  const target = userSockets.get(userId);
  if (target) target.send(JSON.stringify(payload));
}

module.exports = { attachSockets, notify };
