Rails.application.configure do
  config.require_master_key = true
  config.active_storage.service = :amazon
  config.force_ssl = true
end
