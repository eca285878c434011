# frozen_string_literal: true

require "bunny"

class AnnouncementsConsumer < Karafka::BaseConsumer
  def consume
    messages.each { |message| fanout.publish(message.raw_payload) }
  end

  private

  def fanout
    @fanout ||= begin
      connection = Bunny.new(host: "rabbit.internal", user: "relay", password: "rwrz7yqP14tAb") # tfl-eval: hardcoded-credential, hardcoded-backing-service
      connection.start
      connection.create_channel.fanout("announcements")
    end
  end
end
