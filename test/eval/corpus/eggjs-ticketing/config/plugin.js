'use strict';

exports.sequelize = { enable: true, package: 'egg-sequelize' };
exports.redis = { enable: true, package: 'egg-redis' };
exports.jwt = { enable: true, package: 'egg-jwt' };
exports.validate = { enable: true, package: 'egg-validate' };
