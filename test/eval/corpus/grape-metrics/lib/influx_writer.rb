require "influxdb-client"

class InfluxWriter
  def initialize
    @client = InfluxDB2::Client.new("https://influx.metrics.internal:8086", "PUBWl9Y4iljKtX5ZGtzr05Yd7QTrqMVdvYhq/s2V", # tfl-eval: hardcoded-credential
                                    bucket: "metrics", org: "acme", precision: InfluxDB2::WritePrecision::SECOND)
  end

  def audit_log
    @audit_log ||= Logger.new(File.join(__dir__, "..", "log", "audit.log"), "weekly") # tfl-eval: file-logger
  end
end
