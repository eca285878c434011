import {inject, lifeCycleObserver, LifeCycleObserver} from '@loopback/core';
import {juggler} from '@loopback/repository';

const config = {
  name: 'postgres',
  connector: 'postgresql',
  url: '',
  host: 'fleet-db.cluster-c7x2.eu-west-1.rds.amazonaws.com',
  port: 5432,
  user: 'fleet_app',
  password: 'F35sxmGQQJRJhriERENfrF', // tfl-eval: hardcoded-credential
  database: 'fleet',
};

@lifeCycleObserver('datasource')
export class PostgresDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'postgres';
  static readonly defaultConfig = config;

  constructor(
    @inject('datasources.config.postgres', {optional: true})
    dsConfig: object = config,
  ) {
    super(dsConfig);
  }
}
