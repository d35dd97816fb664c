using InBeeld.Data;
using InBeeld.Data.Demo;
using InBeeld.Data.Setup;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Setup;

/// <summary>
/// Brings the schema up to date (and loads the demo study into an empty database) before the
/// server accepts requests: <see cref="StartingAsync"/> runs ahead of every hosted service's start,
/// including the web server's.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> demo,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InBeeldDbContext>();
        await SchemaUpgrader.UpgradeAsync(db, cancellationToken);
        logger.LogInformation("Database schema is up to date ({Provider}).", db.Database.ProviderName);
        if (demo.Value.LoadOnEmptyDatabase && await DemoSeeder.SeedIfEmptyAsync(db, time, cancellationToken))
        {
            logger.LogInformation("Empty database: the fictitious demo study was loaded.");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
