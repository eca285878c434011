import fp from 'fastify-plugin';
import fastifyPostgres from '@fastify/postgres';
import fastifyRedis from '@fastify/redis';

export default fp(async (app) => {
  await app.register(fastifyPostgres, { connectionString: 'postgres://payments:2UDTCUo6ef1EIR1wIlwN@payments-db.internal/payments' }); // tfl-eval: hardcoded-credential, hardcoded-backing-service
  await app.register(fastifyRedis, { host: '127.0.0.1', password: '500IZKPwJrV5aHT0D9f4rkLbWreIiyeV' }); // tfl-eval: hardcoded-credential
});
