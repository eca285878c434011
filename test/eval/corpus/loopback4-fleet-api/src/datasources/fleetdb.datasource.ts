import { inject, lifeCycleObserver, LifeCycleObserver } from '@loopback/core';
import { juggler } from '@loopback/repository';

const config = {
  name: 'fleetdb',
  connector: 'postgresql',
  host: process.env.FLEETDB_HOST,
  port: 5432,
  user: 'fleet_api',
  password: '9*IB*k!YhWV%W1-bFb', // tfl-eval: hardcoded-credential
  database: 'fleet',
};

@lifeCycleObserver('datasource')
export class FleetdbDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'fleetdb';
  static readonly defaultConfig = config;

  constructor(@inject('datasources.config.fleetdb', { optional: true }) dsConfig: object = config) {
    super(dsConfig);
  }
}
