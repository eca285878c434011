import { inject, lifeCycleObserver, LifeCycleObserver } from '@loopback/core';
import { juggler } from '@loopback/repository';

const config = {
  name: 'telemetry',
  connector: 'mongodb',
  url: 'mongodb+srv://telemetry:NKDtj9k4FXAg5FmwKmu2@fleet-cluster.x1y2z.mongodb.net/telemetry', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  useNewUrlParser: true,
};

@lifeCycleObserver('datasource')
export class TelemetryDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'telemetry';
  constructor(@inject('datasources.config.telemetry', { optional: true }) dsConfig: object = config) {
    super(dsConfig);
  }
}
