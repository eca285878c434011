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

export const rubyDevelopmentCodeExamples: Examples = {
  valid: [
    {
      name: "Sinatra's `configure :development` / `:test` blocks and Hanami's `environment :development`: development config by name, this machine or a LAN host silent",
      path: 'app.rb',
      code: 'class Notes < Sinatra::Base\n  configure :development do\n    set :redis, Redis.new(host: "127.0.0.1")\n    set :cache, Dalli::Client.new("192.168.56.10:11211")\n  end\n\n  configure(:development, :test) do\n    set :search, "http://nas.lan:9200"\n    ActiveRecord::Base.establish_connection(adapter: "postgresql", host: "10.0.2.2")\n  end\nend\n\nHanami.configure do\n  environment :development do\n    redis Redis.new(host: "172.17.0.1")\n  end\nend\n',
    },
  ],
  invalid: [
    {
      name: 'a remote host in a development block (a shared staging server), and a LAN host in the production block, are reported',
      path: 'app.rb',
      code: 'class Notes < Sinatra::Base\n  configure :development do\n    set :redis, Redis.new(host: ⟦"redis.staging.example-notes.net"⟧)\n  end\n\n  configure :production, :development do\n    set :cache, Dalli::Client.new(⟦"192.168.56.10:11211"⟧)\n  end\nend\n',
      severity: 'warning',
    },
    inDevelopment(
      'a mail transport in a helper method that only the development branch calls (a mailcatcher on this machine)',
      'app/services/mailer.rb',
      "class Mailer\n  def transport\n    if @environment == 'development'\n      dev_transport\n    else\n      { via: :smtp, via_options: { address: ENV.fetch('SMTP_HOST') } }\n    end\n  end\n\n  private\n\n  def dev_transport\n    { via: :smtp, via_options: { address: ⟦'localhost'⟧, port: 1025 } }\n  end\nend\n",
    ),
    {
      name: 'the same helper also called outside the development branch is reported',
      path: 'app/services/mailer.rb',
      code: "class Mailer\n  def transport\n    return dev_transport if @environment == 'development'\n    dev_transport\n  end\n\n  def dev_transport\n    { via: :smtp, via_options: { address: ⟦'localhost'⟧, port: 1025 } }\n  end\nend\n",
      severity: 'warning',
    },
  ],
};

export const pythonDevelopmentCodeExamples: Examples = {
  valid: [],
  invalid: [
    inDevelopment(
      'an SMTP connection in a helper only the debug branch calls',
      'notify/mail.py',
      'import os\nimport smtplib\n\n\ndef _debug_smtp():\n    return smtplib.SMTP(⟦"localhost"⟧, 1025)\n\n\ndef smtp(app):\n    if app.debug:\n        return _debug_smtp()\n    return smtplib.SMTP(os.environ["SMTP_HOST"], 587)\n',
    ),
  ],
};
