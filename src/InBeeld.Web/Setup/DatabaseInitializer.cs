using InBeeld.Data;
using InBeeld.Data.Demo;
using InBeeld.Data.Setup;
using InBeeld.Core.Access;
using InBeeld.Data.Accounts;
using InBeeld.Web.Security;
using Microsoft.EntityFrameworkCore;
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
    SetupCode setupCode,
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
            await CreateDemoResearcherAsync(scope.ServiceProvider, db, cancellationToken);
        }

        var creator = scope.ServiceProvider.GetRequiredService<AccountCreator>();
        if (!await creator.AdministratorExistsAsync(cancellationToken))
        {
            logger.LogWarning(
                "Er is nog geen beheerder. Maak de eerste beheerder op /setup met eenmalige code {SetupCode}, of met: inbeeld users add <naam> --admin",
                setupCode.Value);
        }
    }

    /// <summary>
    /// A researcher on the demo study only, so a newcomer can look around without an
    /// administrator or two-factor set-up. Never an administrator, never on real studies.
    /// </summary>
    private async Task CreateDemoResearcherAsync(IServiceProvider services, InBeeldDbContext db, CancellationToken cancellationToken)
    {
        // The study just seeded is the only one (seeding happens on an empty database only).
        var demoStudy = await db.Studies.Where(s => s.IsFictitious).Select(s => s.Id).FirstAsync(cancellationToken);
        var generated = string.IsNullOrEmpty(demo.Value.ResearcherPassword);
        var password = generated ? AccountCreator.OneTimePassword() : demo.Value.ResearcherPassword!;
        var creator = services.GetRequiredService<AccountCreator>();
        var (account, errors) = await creator.CreateAsync(new NewAccount(DemoOptions.ResearcherUserName, "Demo-onderzoeker", IsAdministrator: false, password, MustChangePassword: false));
        if (account is null)
        {
            logger.LogWarning("Demo-account niet gemaakt: {Reasons}", AccountCreator.Describe(errors));
            return;
        }

        db.StudyMembers.Add(new StudyMember { StudyId = demoStudy, UserId = account.Id, Role = StudyRole.Researcher, AddedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        if (generated)
        {
            // Shown once, on purpose: the account reaches fictitious data only.
            logger.LogWarning("Demo-account: gebruikersnaam {UserName}, wachtwoord {Password} (alleen voor het fictieve demo-onderzoek).", DemoOptions.ResearcherUserName, password);
        }
        else
        {
            logger.LogInformation("Demo-account {UserName} gemaakt met het ingestelde wachtwoord.", DemoOptions.ResearcherUserName);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
