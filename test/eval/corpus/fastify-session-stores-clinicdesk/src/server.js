import Fastify from 'fastify';
import kioskSession from './plugins/kiosk-session.js';
import patientSession from './plugins/patient-session.js';
import staffSession from './plugins/staff-session.js';

const app = Fastify({ logger: true });
await app.register(staffSession);
await app.register(kioskSession);
await app.register(patientSession);
app.get('/healthz', async () => 'ok');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.close().then(() => process.exit(0)));
await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
