'use strict';

exports.serverPort = function () {
    return 9090;
};

exports.databaseUrl = function () {
    return process.env.DATABASE_URL;
};
