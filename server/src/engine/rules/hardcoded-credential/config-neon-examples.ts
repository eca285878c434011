// Nette's NEON configs (`config/*.neon`), read as YAML with their indenting tabs as spaces. Values are generated.
import type { Examples } from '../../rule';

export const neonExamples: Examples = {
  valid: [
    {
      name: "parameters read from the environment (`%env.X%`, `::getenv('X')`), services and entities",
      path: 'config/common.neon',
      code: "parameters:\n\tdb:\n\t\tpassword: %env.DB_PASSWORD%\n\tsecret: ::getenv('APP_SECRET')\n\napplication:\n\terrorPresenter: Error\n\nservices:\n\t- App\\Model\\UserFacade\n\tauthenticator: App\\Security\\Authenticator(%adminPassword%)\n",
    },
  ],
  invalid: [
    {
      name: 'a mailer password and a database password in a local NEON config',
      path: 'config/local.neon',
      code: "parameters:\n\tmailer:\n\t\thost: smtp.example.cz\n\t\tpassword: ⟦Xq4-smtp.2061⟧\n\ndatabase:\n\tdsn: 'mysql:host=127.0.0.1;dbname=blog'\n\tuser: blog\n\tpassword: ⟦Rt8*Neon*db⟧\n",
    },
  ],
};
