// An address on this machine in code only a development or debug run reaches (rules/development-code.ts) is
// information in every language: a Spring bean under the dev profile, gin's debug mode. The same address under the
// prod profile, and a remote host in the debug branch, are reported as ever.
import type { Examples, InvalidExample } from '../../rule';

const NOTE = 'on this machine in code only a development or debug run reaches';

const inDevelopment = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [NOTE] });

export const javaDevelopmentCodeExamples: Examples = {
  valid: [],
  invalid: [
    inDevelopment(
      'a DataSource bean Spring creates only under the dev profile',
      'src/main/java/org/tidewater/dock/config/DevDataSourceConfig.java',
      'package org.tidewater.dock.config;\n\n@Configuration\n@Profile("dev")\npublic class DevDataSourceConfig {\n    @Bean\n    public DataSource dataSource() {\n        return DataSourceBuilder.create().url(⟦"jdbc:postgresql://localhost:5432/dock"⟧).build();\n    }\n}\n',
    ),
    {
      name: 'the same bean under the prod profile is reported',
      path: 'src/main/java/org/tidewater/dock/config/ProdDataSourceConfig.java',
      code: 'package org.tidewater.dock.config;\n\n@Configuration\n@Profile("prod")\npublic class ProdDataSourceConfig {\n    @Bean\n    public DataSource dataSource() {\n        return DataSourceBuilder.create().url(⟦"jdbc:postgresql://localhost:5432/dock"⟧).build();\n    }\n}\n',
      severity: 'warning',
    },
  ],
};

export const goDevelopmentCodeExamples: Examples = {
  valid: [],
  invalid: [
    inDevelopment(
      "a Redis address on this machine only gin's debug mode dials",
      'cmd/api/main.go',
      'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"github.com/redis/go-redis/v9"\n)\n\nfunc main() {\n\tif gin.IsDebugging() {\n\t\t_ = redis.NewClient(&redis.Options{Addr: ⟦"127.0.0.1:6379"⟧})\n\t}\n}\n',
    ),
    {
      name: 'a shared remote host in the same debug branch is no laptop default',
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"github.com/redis/go-redis/v9"\n)\n\nfunc main() {\n\tif gin.IsDebugging() {\n\t\t_ = redis.NewClient(&redis.Options{Addr: ⟦"10.0.4.20:6379"⟧})\n\t}\n}\n',
      severity: 'warning',
    },
  ],
};
