'use strict';

const Hapi = require('@hapi/hapi');
const Settings = require('./settings');

const init = async () => {
    const server = Hapi.server({
        port: Settings.serverPort(), // tfl-eval: hardcoded-port
        host: '0.0.0.0'
    });
    server.route({ method: 'GET', path: '/bookings', handler: () => [] });
    await server.start();
    process.on('SIGTERM', () => server.stop());
};

init();
