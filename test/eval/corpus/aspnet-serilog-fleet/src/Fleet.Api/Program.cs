using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((ctx, services, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();
