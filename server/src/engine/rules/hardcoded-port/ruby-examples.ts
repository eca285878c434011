import type { Examples } from '../../rule';

export const rubyExamples: Examples = {
  valid: [
    { name: "Rails' generated puma.rb", path: 'config/puma.rb', code: `threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }\nport ENV.fetch("PORT") { 3000 }\nenvironment ENV.fetch("RAILS_ENV") { "development" }\n` },
    { name: 'Sinatra reads PORT', path: 'app.rb', code: `require 'sinatra'\nset :port, ENV.fetch("PORT", 4567)\n` },
    { name: 'set :port outside Sinatra', path: 'lib/settings.rb', code: `settings.set :port, 4567\n` },
    { name: 'a spec server', path: 'spec/support/server.rb', code: `server = WEBrick::HTTPServer.new(Port: 8000)\n` },
    { name: 'puma binds $PORT', path: 'config/puma.rb', code: `bind "tcp://0.0.0.0:#{ENV.fetch('PORT', 3000)}"\n` },
    { name: 'a client connecting', path: 'lib/probe.rb', code: `socket = TCPSocket.new("inventory.internal", 8080)\n` },
  ],
  invalid: [
    {
      name: 'Sinatra set :port',
      path: 'app.rb',
      code: `require 'sinatra'\nset :port, ⟦4567⟧\nget('/') { 'hi' }\n`,
      messageIncludes: ['4567', 'ENV.fetch("PORT")'],
      output: `require 'sinatra'\nset :port, ENV.fetch("PORT", 4567)\nget('/') { 'hi' }\n`,
    },
    {
      name: 'a modular Sinatra app run!',
      path: 'app.rb',
      code: `require 'sinatra/base'\nclass App < Sinatra::Base\n  run! port: ⟦4567⟧ if app_file == $0\nend\n`,
      output: `require 'sinatra/base'\nclass App < Sinatra::Base\n  run! port: ENV.fetch("PORT", 4567) if app_file == $0\nend\n`,
    },
    { name: 'WEBrick', path: 'server.rb', code: `server = WEBrick::HTTPServer.new(Port: ⟦8000⟧, DocumentRoot: "public")\nserver.start\n` },
    { name: 'a Rack handler', path: 'server.rb', code: `Rack::Handler::Puma.run(App.new, Port: ⟦9292⟧, Host: "0.0.0.0")\n` },
    { name: 'puma.rb without ENV', path: 'config/puma.rb', code: `workers 2\nport ⟦3000⟧\n`, output: `workers 2\nport ENV.fetch("PORT", 3000)\n` },
    {
      name: 'puma bind',
      path: 'config/puma.rb',
      code: `bind ⟦"tcp://0.0.0.0:3000"⟧\n`,
      output: `bind "tcp://0.0.0.0:#{ENV.fetch("PORT", 3000)}"\n`,
    },
    { name: 'TCPServer through a constant', path: 'server.rb', code: `PORT = 2000\nserver = TCPServer.new("0.0.0.0", ⟦PORT⟧)\n` },
  ],
};
