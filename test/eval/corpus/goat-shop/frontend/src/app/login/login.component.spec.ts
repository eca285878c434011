import { LoginComponent } from './login.component';

describe('LoginComponent', () => {
  it('forwards the credentials', () => {
    const component = new LoginComponent();
    component.passwordControl.setValue('password'); // tfl-eval-not: hardcoded-credential
    component.emailControl.setValue('x@y.z');
    component.login();
  });
});
