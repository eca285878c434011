class AvatarUploader < CarrierWave::Uploader::Base
  # tfl-eval-not: memory-session-store (object storage)
  storage :fog

  def store_dir
    "avatars/#{model.id}"
  end
end
