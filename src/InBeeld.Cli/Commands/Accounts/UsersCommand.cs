using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Accounts;

/// <summary>
/// <c>inbeeld users add &lt;name&gt; [--admin]</c>: the first administrator of a new installation
/// (no sign-in needed while there is none), and later any account, by an administrator signed in
/// with two factors. The new account gets a one-time password unless INBEELD_NEW_PASSWORD is set.
/// </summary>
internal static class UsersCommand
{
    public const string NewPasswordVariable = "INBEELD_NEW_PASSWORD";

    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = CliText.Get("Argument_UserName") };
        var displayName = new Option<string?>("--display-name") { Description = CliText.Get("Option_DisplayName") };
        var admin = new Option<bool>("--admin") { Description = CliText.Get("Option_Admin") };
        var add = new Command("add", CliText.Get("UsersAdd_Description")) { name, displayName, admin };
        add.SetAction(async (result, cancellationToken) =>
        {
            await using var db = await context.OpenDatabaseAsync(result, cancellationToken);
            await using var accounts = new StandaloneAccounts(db, context.Time);
            var firstAdministrator = !await accounts.Creator.AdministratorExistsAsync(cancellationToken);
            CliIdentity? identity = null;
            if (!firstAdministrator || context.UserOption(result) is not null)
            {
                identity = await context.SignInAsync(db, result, cancellationToken);
                identity.RequireAdministrator();
            }
            else if (!result.GetValue(admin))
            {
                throw new CliUserException(CliText.Get("UsersAdd_FirstMustBeAdmin"));
            }

            var chosen = Environment.GetEnvironmentVariable(NewPasswordVariable);
            var password = string.IsNullOrEmpty(chosen) ? AccountCreator.OneTimePassword() : chosen;
            var userName = result.GetValue(name)!;
            var (account, errors) = await accounts.Creator.CreateAsync(new NewAccount(
                userName, result.GetValue(displayName) ?? userName, result.GetValue(admin), password, MustChangePassword: string.IsNullOrEmpty(chosen)));
            if (account is null)
            {
                throw new CliUserException(CliText.Get("UsersAdd_Failed", userName, AccountCreator.Describe(errors)));
            }

            db.AuditEntries.Add(new AuditEntry
            {
                At = context.Time.GetUtcNow(), UserId = identity?.Account.Id ?? account.Id, Actor = identity?.Account.UserName ?? account.UserName!,
                Action = AuditActions.AccountCreated, Result = AuditResult.Succeeded, ObjectType = "Account", ObjectId = account.Id, Source = CliIdentity.Source,
            });
            await db.SaveChangesAsync(cancellationToken);
            context.WriteLine(CliText.Get("UsersAdd_Done", account.UserName!));
            if (string.IsNullOrEmpty(chosen))
            {
                context.WriteLine(CliText.Get("UsersAdd_OneTimePassword", password));
            }

            if (account.IsAdministrator)
            {
                context.WriteLine(CliText.Get("UsersAdd_AdminNext"));
            }

            return 0;
        });

        var list = new Command("list", CliText.Get("UsersList_Description"));
        list.SetAction(async (result, cancellationToken) =>
        {
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            identity.RequireAdministrator();
            var table = new Table().AddColumns(CliText.Get("Column_User"), CliText.Get("Column_Name"), CliText.Get("Column_Admin"), CliText.Get("Column_TwoFactor"));
            foreach (var user in db.Users.OrderBy(u => u.UserName).ToList())
            {
                table.AddRow(Markup.Escape(user.UserName ?? ""), Markup.Escape(user.DisplayName), user.IsAdministrator ? CliText.Get("Yes") : CliText.Get("No"), user.TwoFactorEnabled ? CliText.Get("Yes") : CliText.Get("No"));
            }

            context.Console.Write(table);
            return 0;
        });
        return new Command("users", CliText.Get("Users_Description")) { add, list };
    }
}
