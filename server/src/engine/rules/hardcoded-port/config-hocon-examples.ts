import type { Examples } from '../../rule';

export const hoconExamples: Examples = {
  valid: [
    { name: "Ktor's generated config", path: 'src/main/resources/application.conf', code: `ktor {\n    deployment {\n        port = 8080\n        port = \${?PORT}\n    }\n    application {\n        modules = [ com.example.ApplicationKt.module ]\n    }\n}\n` },
    { name: 'the port only from the environment', path: 'src/main/resources/application.conf', code: `ktor.deployment.port = \${PORT}\n` },
    { name: 'a port that is not Ktor’s', path: 'src/main/resources/application.conf', code: `database {\n  port = 5432\n}\n` },
    { name: 'a test config', path: 'src/test/resources/application.test.conf', code: `ktor.deployment.port = 8081\n` },
  ],
  invalid: [
    {
      name: 'a literal port with no override',
      path: 'src/main/resources/application.conf',
      code: `ktor {\n    deployment {\n        port = ⟦8080⟧\n    }\n}\n`,
      messageIncludes: ['8080', '${?PORT}'],
      output: `ktor {\n    deployment {\n        port = 8080\n        port = \${?PORT}\n    }\n}\n`,
    },
    {
      name: 'a dotted key',
      path: 'src/main/resources/application.conf',
      code: `ktor.deployment.port = ⟦8080⟧ # the app\n`,
      output: `ktor.deployment.port = 8080 # the app\nktor.deployment.port = \${?PORT}\n`,
    },
    { name: 'a one-line block gets no fix', path: 'src/main/resources/application.conf', code: `ktor { deployment { port = ⟦8080⟧ } }\n` },
  ],
};
