using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Each host keeps its own logger (not Serilog's static one), so several hosts in one process never share a log.
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext(), preserveStaticLogger: true);

builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.Services.AddFamilyTiesData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddFamilyTiesWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

var seedDemoData = app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment());
if (seedDemoData && app.Environment.IsProduction())
{
    throw new InvalidOperationException("Demo data is never loaded in Production: remove Demo:Seed.");
}
await DatabaseInitializer.InitialiseAsync(app.Services, seedDemoData,
    app.Configuration["Demo:Password"] ?? DemoDefaults.Password);

app.UseFamilyTiesPipeline();
await app.RunAsync();

/// <summary>Visible to the test projects, which host the real app.</summary>
public partial class Program;
