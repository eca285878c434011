import { juggler } from '@loopback/repository';

const config = {
  name: 'geocoder',
  connector: 'rest',
  baseURL: 'https://geo.partner.example/v1',
  crud: false,
  options: {
    headers: {
      accept: 'application/json',
      'x-api-key': 'sfvAg5mVCcFgBddSlJ9Sc6OZyCDpQE3L', // tfl-eval: hardcoded-credential
    },
  },
  operations: [{ template: { method: 'GET', url: 'https://geo.partner.example/v1/reverse', query: { lat: '{lat}', lon: '{lon}' } }, functions: { reverse: ['lat', 'lon'] } }],
};

export class GeocoderDataSource extends juggler.DataSource {
  static dataSourceName = 'geocoder';
  constructor(dsConfig: object = config) {
    super(dsConfig);
  }
}
