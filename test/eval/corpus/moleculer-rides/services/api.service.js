'use strict';

const ApiGateway = require('moleculer-web');
const jwt = require('jsonwebtoken');

const AUTH_HEADER = 'authorization';
const BEARER = 'Bearer ';

module.exports = {
  name: 'api',
  mixins: [ApiGateway],
  settings: {
    port: 3000, // tfl-eval: hardcoded-port
    ip: '0.0.0.0',
    routes: [
      {
        path: '/api',
        authorization: true,
        aliases: { 'POST /rides': 'rides.request', 'GET /rides/:id': 'rides.get', 'POST /login': 'users.login' },
        bodyParsers: { json: true },
      },
    ],
  },
  methods: {
    async authorize(ctx, route, req) {
      const header = req.headers[AUTH_HEADER];
      if (!header || !header.startsWith(BEARER)) return null;
      ctx.meta.user = jwt.verify(header.slice(BEARER.length), process.env.JWT_SECRET);
      return ctx.meta.user;
    },
  },
};
