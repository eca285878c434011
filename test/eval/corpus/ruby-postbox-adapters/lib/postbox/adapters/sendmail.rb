# frozen_string_literal: true

module Postbox
  module Adapters
    class Sendmail
      def initialize(location: "/usr/sbin/sendmail")
        @location = location
      end

      def deliver(message)
        IO.popen([@location, "-t"], "w") { |io| io.write(message.to_s) }
      end

      def to_s
        "smtp://sendmail" # tfl-eval-not: hardcoded-backing-service
      end

      def inspect = "#<Postbox::Adapters::Sendmail smtp://sendmail>"
    end

    class Test
      def deliver(message) = deliveries << message
      def deliveries = (@deliveries ||= [])
      def to_s = "redis://test-adapter" # tfl-eval-not: hardcoded-backing-service
    end
  end
end
