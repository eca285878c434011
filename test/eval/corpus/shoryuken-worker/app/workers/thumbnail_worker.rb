class ThumbnailWorker
  include Shoryuken::Worker
  shoryuken_options queue: 'thumbnails', auto_delete: true

  SIGNING_KEY_ID = '1NJDBVuvCNS8HJOv86bMtCQa' # tfl-eval-not: hardcoded-credential

  def perform(_sqs_msg, video_id)
    video = Video.find(video_id)
    token = JWT.encode({ sub: video.playback_id, aud: 't', exp: 1.hour.from_now.to_i, kid: SIGNING_KEY_ID },
                       OpenSSL::PKey::RSA.new(Base64.decode64(ENV.fetch('MUX_SIGNING_PRIVATE_KEY'))), 'RS256')
    video.update!(thumbnail_url: "https://image.mux.com/#{video.playback_id}/thumbnail.webp?token=#{token}")
  end
end
