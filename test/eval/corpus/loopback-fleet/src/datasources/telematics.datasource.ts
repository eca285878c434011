import {inject, lifeCycleObserver, LifeCycleObserver} from '@loopback/core';
import {juggler} from '@loopback/repository';

const config = {
  name: 'telematics',
  connector: 'rest',
  baseURL: 'https://api.telematics-vendor.com/v2',
  crud: false,
  options: {
    headers: {
      accept: 'application/json',
      'X-Api-Key': '6bbd998f3451a626549300a0dde2ce913c178da6', // tfl-eval: hardcoded-credential
    },
  },
  operations: [
    {
      template: {method: 'GET', url: 'https://api.telematics-vendor.com/v2/vehicles/{id}/position'},
      functions: {position: ['id']},
    },
  ],
};

@lifeCycleObserver('datasource')
export class TelematicsDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'telematics';
  static readonly defaultConfig = config;

  constructor(@inject('datasources.config.telematics', {optional: true}) dsConfig: object = config) {
    super(dsConfig);
  }
}
