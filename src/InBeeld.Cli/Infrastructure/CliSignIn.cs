using InBeeld.Cli.Localization;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;

namespace InBeeld.Cli.Infrastructure;

/// <summary>Password (and two-factor) sign-in for the command line, with the web app's lockout and audit.</summary>
internal static class CliSignIn
{
    public static async Task<CliIdentity> SignInAsync(CliContext context, InBeeldDbContext db, string? userOption, string? codeOption, CancellationToken cancellationToken)
    {
        var userName = userOption ?? Environment.GetEnvironmentVariable(GlobalOptions.UserVariable);
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new CliUserException(CliText.Get("SignIn_UserNeeded"), CliUserException.UsageError);
        }

        await using var accounts = new StandaloneAccounts(db, context.Time);
        var users = accounts.Users;
        var account = await users.FindByNameAsync(userName.Trim());
        var password = Environment.GetEnvironmentVariable(GlobalOptions.PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = context.Interactive
                ? await new TextPrompt<string>(CliText.Get("SignIn_PasswordPrompt", userName)).Secret().ShowAsync(context.Console, cancellationToken)
                : throw new CliUserException(CliText.Get("SignIn_PasswordNeeded"), CliUserException.UsageError);
        }

        if (account is null)
        {
            await AuditAsync(db, context, null, AuditActions.Login, AuditResult.Failed, cancellationToken);
            throw new CliUserException(CliText.Get("SignIn_Failed"));
        }

        if (await users.IsLockedOutAsync(account))
        {
            await AuditAsync(db, context, account, AuditActions.LockedOut, AuditResult.Denied, cancellationToken);
            throw new CliUserException(CliText.Get("SignIn_LockedOut"));
        }

        if (!await users.CheckPasswordAsync(account, password))
        {
            await users.AccessFailedAsync(account);
            await AuditAsync(db, context, account, AuditActions.Login, AuditResult.Failed, cancellationToken);
            throw new CliUserException(CliText.Get("SignIn_Failed"));
        }

        var secondFactor = false;
        if (account.TwoFactorEnabled)
        {
            var code = codeOption ?? Environment.GetEnvironmentVariable(GlobalOptions.CodeVariable);
            if (string.IsNullOrWhiteSpace(code) && context.Interactive)
            {
                code = await new TextPrompt<string>(CliText.Get("SignIn_CodePrompt")).ShowAsync(context.Console, cancellationToken);
            }

            if (string.IsNullOrWhiteSpace(code) || !await users.VerifyTwoFactorTokenAsync(account, TokenOptions.DefaultAuthenticatorProvider, code.Trim()))
            {
                await users.AccessFailedAsync(account);
                await AuditAsync(db, context, account, AuditActions.LoginTwoFactor, AuditResult.Failed, cancellationToken);
                throw new CliUserException(CliText.Get("SignIn_CodeWrong"));
            }

            secondFactor = true;
        }

        await users.ResetAccessFailedCountAsync(account);
        await AuditAsync(db, context, account, AuditActions.Login, AuditResult.Succeeded, cancellationToken);
        return new CliIdentity(account, secondFactor, context.Time);
    }

    private static async Task AuditAsync(InBeeldDbContext db, CliContext context, UserAccount? account, string action, AuditResult result, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = context.Time.GetUtcNow(), UserId = account?.Id, Actor = account?.UserName ?? "onbekend", Action = action, Result = result,
            ObjectType = "Account", ObjectId = account?.Id, Source = CliIdentity.Source,
        });
        await db.SaveChangesAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
