using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.Data.Setup;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database context for the provider named in configuration.</summary>
    public static IServiceCollection AddInBeeldData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddDbContext<InBeeldDbContext>(builder => DbContextOptionsFactory.Configure(builder, options));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
