// Android's value resources (`res/values/strings.xml`, `google_maps_api.xml`): UI text by default, so
// a name counts only for a generated value; a key known by its format counts everywhere. Values are generated.
import type { Examples } from '../../rule';

export const androidResourceExamples: Examples = {
  valid: [
    {
      name: 'UI strings about passwords and tokens, in the default and a translated resource',
      path: 'app/src/main/res/values/strings.xml',
      code: '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="password">Password</string>\n    <string name="login_password">password</string>\n    <string name="api_key_title">API key</string>\n    <string name="secret_question">What was the name of your first pet?</string>\n</resources>\n',
    },
    {
      name: 'a translation',
      path: 'app/src/main/res/values-de/strings.xml',
      code: '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="password">Kennwort</string>\n    <string name="token">Zugangs-Token</string>\n</resources>\n',
    },
  ],
  invalid: [
    {
      name: 'a generated key under a key name, and a Google API key by its format',
      path: 'app/src/main/res/values/google_maps_api.xml',
      code: '<resources>\n    <string name="weather_api_key" translatable="false">⟦xeQ9rLpXp6vCGXEC0ZH0prrTpg5J⟧</string>\n    <string name="google_maps_key" translatable="false">⟦AIzaSyB3kQm7Xr2Vt9Lp4Nw8Jd6Hf1Gs5Ce0Ua⟧</string>\n</resources>\n',
      messageIncludes: ['local.properties'],
    },
    {
      name: 'a generated key in strings.xml marked translatable="false": config, not a translation, so an error',
      path: 'app/src/main/res/values/strings.xml',
      code: '<resources>\n    <string name="app_name">Pantry</string>\n    <string name="recipe_api_key" translatable="false">⟦qIs7ChXogi0JYqW0r1LHqc7kYzVbag7p⟧</string>\n</resources>\n',
      severity: 'error',
    },
    {
      name: 'the same key in a translatable string of strings.xml: a guess in translations, information',
      path: 'app/src/main/res/values/strings.xml',
      code: '<resources>\n    <string name="recipe_api_key">⟦qIs7ChXogi0JYqW0r1LHqc7kYzVbag7p⟧</string>\n</resources>\n',
      severity: 'info',
    },
  ],
};
