module Mirror
  Result = Struct.new(:name, :ok)

  class Report
    def initialize(results)
      @results = results
    end

    def summary
      user = ENV.fetch("USER", "cron")
      pass = @results.count(&:ok) # tfl-eval-not: hardcoded-credential
      status = pass == @results.size ? "pass" : "fail" # tfl-eval-not: hardcoded-credential
      "#{user}: #{pass}/#{@results.size} files (#{status})"
    end
  end
end
