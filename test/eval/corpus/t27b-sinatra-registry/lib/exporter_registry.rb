# Exporters register themselves when the app boots; requests only look them up.
class ExporterRegistry
  @@exporters = {} # tfl-eval-not: memory-session-store

  def self.register(name, exporter)
    @@exporters[name] = exporter
  end

  def self.fetch(name)
    @@exporters.fetch(name)
  end

  def self.all
    @@exporters.keys
  end
end
