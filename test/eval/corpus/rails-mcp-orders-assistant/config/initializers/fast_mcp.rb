require "fast_mcp"

FastMcp.mount_in_rails(
  Rails.application,
  name: "orders-assistant",
  version: "1.0.0",
  path_prefix: "/mcp",
  allowed_origins: ["localhost", "127.0.0.1", "assistant.acme.io"],
  authenticate: true,
  auth_token: "da8992d372995271c2fc3f661e150181f1a64dbff8693ea0" # tfl-eval: hardcoded-credential
) do |server|
  Rails.application.config.after_initialize do
    server.register_tools(*ApplicationTool.descendants)
    server.register_resources(*ApplicationResource.descendants)
  end
end
