import knexFactory from 'knex';
import config from '../knexfile.js';

export const knex = knexFactory(config);
