using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace InBeeld.Data.Accounts;

/// <summary>
/// The account services outside the web app (CLI, tests): the same UserManager with the same
/// rules, working on a given context. Dispose it with the context.
/// </summary>
public sealed class StandaloneAccounts : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public StandaloneAccounts(InBeeldDbContext db, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(time);
        services.AddSingleton(db);
        services.AddInBeeldAccounts()
            .AddTokenProvider<AuthenticatorTokenProvider<UserAccount>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<AccountCreator>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public UserManager<UserAccount> Users => _scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();

    public AccountCreator Creator => _scope.ServiceProvider.GetRequiredService<AccountCreator>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
