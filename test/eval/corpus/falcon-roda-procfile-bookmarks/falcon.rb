#!/usr/bin/env -S falcon host
# Used only by `falcon host` on a developer's machine.
load :rack, :supervisor

hostname = File.basename(__dir__)
rack hostname do
  endpoint Async::HTTP::Endpoint.parse("http://localhost:#{ENV.fetch('PORT', '9292')}")
end

supervisor
