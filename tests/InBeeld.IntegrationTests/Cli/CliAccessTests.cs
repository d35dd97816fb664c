using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Cli;

/// <summary>The command line follows the web app's rules: personal accounts, roles per study, audit.</summary>
public sealed class CliAccessTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Commands_NeedAnAccount_AndAMembershipThatAllowsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);
        var created = await cli.RunAsync("studies", "create", "--title", "Sleutelonderzoek");
        created.ExitCode.ShouldBe(0, created.ToString());
        await using (var db = database.CreateContext())
        {
            await using var accounts = new StandaloneAccounts(db, TimeProvider.System);
            var (reader, _) = await accounts.Creator.CreateAsync(new NewAccount("cli-lezer", "Lezer", false, Web.TestAccounts.Password, false));
            var (outsider, _) = await accounts.Creator.CreateAsync(new NewAccount("cli-buiten", "Buiten", false, Web.TestAccounts.Password, false));
            var study = await db.Studies.SingleAsync();
            db.StudyMembers.Add(new StudyMember { StudyId = study.Id, UserId = reader!.Id, Role = StudyRole.Reader, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            outsider.ShouldNotBeNull();
        }

        var anonymous = await cli.RunAnonymousAsync("export", "Sleutelonderzoek");
        var readerExport = await cli.RunAsync("export", "Sleutelonderzoek", "--user", "cli-lezer");
        var outsiderShow = await cli.RunAsync("studies", "show", "Sleutelonderzoek", "--user", "cli-buiten");
        var outsiderList = await cli.RunAsync("studies", "list", "--user", "cli-buiten");
        var coordinatorExport = await cli.RunAsync("export", "Sleutelonderzoek");

        anonymous.ExitCode.ShouldBe(2, anonymous.ToString());
        anonymous.Error.ShouldContain("--user");
        readerExport.ExitCode.ShouldBe(1, readerExport.ToString());
        readerExport.Error.ShouldContain("Uw rol in dit onderzoek (lezer) staat dit niet toe.");
        outsiderShow.ExitCode.ShouldBe(1);
        outsiderShow.Error.ShouldContain("geen lid");
        outsiderList.Output.ShouldNotContain("Sleutelonderzoek");
        coordinatorExport.ExitCode.ShouldBe(0, coordinatorExport.ToString());
        coordinatorExport.Output.ShouldContain("Sleutelonderzoek");
        await using var check = database.CreateContext();
        (await check.AuditEntries.CountAsync(e => e.Action == AuditActions.AccessDenied && e.Actor == "cli-lezer")).ShouldBe(1);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.Actor == CliRunner.UserName && e.Source!.StartsWith("cli:"))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task FirstAdministrator_IsMadeWithoutSignIn_OnlyOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);

        var first = await cli.RunAnonymousAsync("users", "add", "eerste-beheerder", "--admin");
        var second = await cli.RunAnonymousAsync("users", "add", "tweede-beheerder", "--admin");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("Eenmalig wachtwoord: ");
        second.ExitCode.ShouldBe(2, second.ToString());
        await using var db = database.CreateContext();
        var admin = await db.Users.SingleAsync(u => u.IsAdministrator);
        (admin.UserName, admin.MustChangePassword).ShouldBe(("eerste-beheerder", true));
        (await db.Users.AnyAsync(u => u.UserName == "tweede-beheerder")).ShouldBeFalse();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task WrongPassword_Fails_AndIsLogged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);
        await cli.RunAsync("studies", "list");

        var result = await cli.RunAsync("studies", "list", "--user", "bestaat-niet");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("Inloggen mislukt");
        await using var db = database.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Login && e.Result == AuditResult.Failed)).ShouldBe(1);
    }
}
