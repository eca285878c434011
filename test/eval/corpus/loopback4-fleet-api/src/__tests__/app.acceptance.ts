import { FleetApiApplication } from '../application';
import { TokenServiceBindings } from '@loopback/authentication-jwt';

describe('app', () => {
  it('binds a test secret', async () => {
    const app = new FleetApiApplication();
    app.bind(TokenServiceBindings.TOKEN_SECRET).to('test-secret'); // tfl-eval-not: hardcoded-credential
  });
});
