using Scalar.AspNetCore;
using Staffing.Host.Api;
using Staffing.Host.Health;
using Staffing.Host.Hosting;
using Staffing.Host.Portal;
using Staffing.Host.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddStaffingLogging();
builder.AddStaffingSilo();
builder.Services.AddStaffingProblems();
builder.Services.AddStaffingSecurity(builder.Configuration);
builder.Services.AddStaffingHealth();
builder.Services.AddStaffingApi();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaffingRequestLogging();
app.UseStaffingSecurity();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/docs");
app.MapStaffingHealth();
app.MapStaffingApi();
app.MapStaffingPortal();

app.Run();

/// <summary>The host's entry point, visible to functional tests.</summary>
public partial class Program;
