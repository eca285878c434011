require "shrine"
require "shrine/storage/file_system"

# X-ray images and lab reports uploaded by the front desk.
Shrine.storages = {
  cache: Shrine::Storage::FileSystem.new("public", prefix: "uploads/cache"),
  store: Shrine::Storage::FileSystem.new("public", prefix: "uploads/store"), # tfl-eval: memory-session-store
}

Shrine.plugin :activerecord
Shrine.plugin :cached_attachment_data
Shrine.plugin :restore_cached_data
