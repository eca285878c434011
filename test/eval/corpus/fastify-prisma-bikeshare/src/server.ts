import Fastify from 'fastify';
import sessionPlugin from './plugins/session.js';
import rides from './routes/rides.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    transport: {
      targets: [
        { target: 'pino/file', options: { destination: './logs/bikeshare.log', mkdir: true } }, // tfl-eval: file-logger
        { target: 'pino/file', options: { destination: 1 } }, // tfl-eval-not: file-logger
      ],
    },
  },
  trustProxy: true,
});

await app.register(sessionPlugin);
await app.register(rides, { prefix: '/rides' });

const close = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', close);

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
