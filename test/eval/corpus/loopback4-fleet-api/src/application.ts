import { BootMixin } from '@loopback/boot';
import { ApplicationConfig } from '@loopback/core';
import { RepositoryMixin } from '@loopback/repository';
import { RestApplication } from '@loopback/rest';
import { AuthenticationComponent } from '@loopback/authentication';
import { JWTAuthenticationComponent, TokenServiceBindings } from '@loopback/authentication-jwt';

export class FleetApiApplication extends BootMixin(RepositoryMixin(RestApplication)) {
  constructor(options: ApplicationConfig = {}) {
    super(options);
    this.component(AuthenticationComponent);
    this.component(JWTAuthenticationComponent);
    this.bind(TokenServiceBindings.TOKEN_SECRET).to('r*V#Q9sVENaaxGz08nXpeZ15MkJoS18OxcEJNGYW'); // tfl-eval: hardcoded-credential
    this.bind(TokenServiceBindings.TOKEN_EXPIRES_IN).to('3600');
    this.projectRoot = __dirname;
  }
}
