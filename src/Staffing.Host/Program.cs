using Scalar.AspNetCore;
using Staffing.Host.Health;
using Staffing.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddStaffingLogging();
builder.AddStaffingSilo();
builder.Services.AddStaffingProblems();
builder.Services.AddStaffingHealth();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaffingRequestLogging();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/docs");
app.MapStaffingHealth();

app.Run();

/// <summary>The host's entry point, visible to functional tests.</summary>
public partial class Program;
