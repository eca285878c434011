require 'socket'

module SensuChecks
  class Graphite
    def initialize(host: ENV.fetch('GRAPHITE_HOST', 'graphite.internal'), port: 2003)
      @host = host
      @port = port
    end

    def send_metric(path, value, time = Time.now.to_i)
      TCPSocket.open(@host, @port) { |s| s.puts("#{path} #{value} #{time}") }
    end
  end
end
