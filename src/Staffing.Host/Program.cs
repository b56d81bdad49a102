using Scalar.AspNetCore;
using Staffing.Host.Api;
using Staffing.Host.Health;
using Staffing.Host.Hosting;
using Staffing.Host.Observability;
using Staffing.Host.Portal;
using Staffing.Host.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddStaffingLogging();
builder.AddStaffingTelemetry();
builder.AddStaffingSilo();
builder.Services.AddStaffingProblems();
builder.Services.AddStaffingLoadShedding(builder.Configuration);
builder.Services.AddStaffingSecurity(builder.Configuration);
builder.Services.AddStaffingHealth();
builder.Services.AddStaffingApi();
builder.Services.AddOpenApi();

var app = builder.Build();

// Request logging outermost, so it records the status the client got (a 503 or 409 mapped from an exception).
app.UseStaffingRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaffingLoadShedding();
app.UseStaffingSecurity();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/docs");
app.MapStaffingHealth();
app.MapStaffingApi();
app.MapClusterApi();
app.MapStaffingDashboard();
app.MapStaffingPortal();

app.Run();

/// <summary>The host's entry point, visible to functional tests.</summary>
public partial class Program;
