using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.Web;

/// <summary>Accounts for tests, made through the app's own account service and signed in through the real login page.</summary>
public static class TestAccounts
{
    public const string Password = "een lange testzin voor iedereen";

    public static async Task<UserAccount> CreateAsync(InBeeldWebFactory factory, string userName, bool administrator = false, bool twoFactor = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<AccountCreator>();
        var (account, errors) = await creator.CreateAsync(new NewAccount(userName, userName, administrator, Password, MustChangePassword: false));
        account.ShouldNotBeNull(AccountCreator.Describe(errors));
        if (twoFactor)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            await users.ResetAuthenticatorKeyAsync(account);
            await users.SetTwoFactorEnabledAsync(account, true);
        }

        return account;
    }

    public static async Task<string> AuthenticatorKeyAsync(InBeeldWebFactory factory, Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByIdAsync(userId.ToString());
        return (await users.GetAuthenticatorKeyAsync(user!))!;
    }

    public static async Task GrantAsync(InBeeldWebFactory factory, Guid studyId, Guid userId, StudyRole role, Guid? organizationId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InBeeldDbContext>();
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, UserId = userId, Role = role, OrganizationId = organizationId, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Signs in with user name and password on the login page; for two-factor accounts also with a fresh TOTP code.</summary>
    public static async Task SignInAsync(Browser browser, string userName, string? authenticatorKey = null)
    {
        var login = await browser.GetAsync("/account/login");
        var next = await browser.SubmitAsync(login, "form.inbeeld-form", Scenario.Fields(("Input.UserName", userName), ("Input.Password", Password)));
        if (authenticatorKey is not null)
        {
            next = await browser.SubmitAsync(next, "form.inbeeld-form", Scenario.Fields(("Input.Code", Totp.Now(authenticatorKey))));
        }

        Browser.UrlOf(next).AbsolutePath.ShouldNotStartWith("/account/login", customMessage: $"sign-in of {userName} failed");
    }
}
