using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Velvena.Api;
using Velvena.Api.Authentication;
using Velvena.Api.BackgroundJobs;
using Velvena.Api.Hosting;
using Velvena.Api.Webhooks;
using Velvena.Application;
using Velvena.Infrastructure;
using Velvena.Infrastructure.Health;
using Velvena.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment)
    .AddApi(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<OrganizationProvisioningMiddleware>();

app.MapControllers();
app.MapCalendlyWebhooks();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthCheckTags.Ready) }).AllowAnonymous();
app.MapHangfireDashboard("/hangfire", new DashboardOptions
{
    DashboardTitle = "Velvena × Calendly jobs",
    DisplayStorageConnectionString = false,
    AsyncAuthorization = [new HangfireDashboardAuthorizationFilter(app.Environment.IsDevelopment())],
}).AllowAnonymous();

StartupBanner.PrintWhenStarted(app);

await app.RunAsync();
