import { setWorldConstructor, World } from '@cucumber/cucumber';

class ShopWorld extends World {
  apiToken = 'bdd-world-api-token'; // tfl-eval-not: hardcoded-credential
}

setWorldConstructor(ShopWorld);
