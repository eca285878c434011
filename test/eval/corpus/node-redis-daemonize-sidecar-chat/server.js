const Redis = require('ioredis');
const { Server } = require('socket.io');

const redis = new Redis(process.env.REDIS_URL);
const io = new Server(Number(process.env.PORT || 3000));
io.on('connection', (socket) => socket.on('msg', (m) => redis.publish('chat', m)));
