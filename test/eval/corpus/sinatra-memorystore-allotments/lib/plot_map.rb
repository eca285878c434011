require "active_support"
require "active_support/cache"

# The rendered site map: built from the plots table, the same on every instance, cheap to rebuild.
module PlotMap
  CACHE = ActiveSupport::Cache::MemoryStore.new(size: 8.megabytes) # tfl-eval-not: memory-session-store

  def self.svg(db)
    CACHE.fetch("plot-map", expires_in: 300) do
      plots = db[:plots].select(:number, :x, :y).all
      "<svg>#{plots.map { |p| %(<rect x="#{p[:x]}" y="#{p[:y]}"/>) }.join}</svg>"
    end
  end
end
