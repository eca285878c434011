class InvoicePdfUploader < CarrierWave::Uploader::Base
  storage :file # tfl-eval: memory-session-store

  def store_dir
    "uploads/#{model.class.to_s.underscore}/#{mounted_as}/#{model.id}"
  end

  def extension_allowlist
    %w[pdf]
  end
end
