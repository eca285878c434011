module Jobs
  class Cleanup
    @queue = :cleanup

    def self.perform(bucket, older_than_days)
      Storage.new(bucket).purge(older_than: older_than_days.to_i)
    end
  end
end
