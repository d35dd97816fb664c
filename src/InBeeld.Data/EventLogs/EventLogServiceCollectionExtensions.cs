using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.Data.EventLogs;

public static class EventLogServiceCollectionExtensions
{
    /// <summary>The stored-log services; the host registers an <see cref="ISecretProtector"/> itself.</summary>
    public static IServiceCollection AddInBeeldEventLogs(this IServiceCollection services)
    {
        services.AddScoped<EventLogStore>();
        services.AddScoped<EventLogSecrets>();
        services.AddScoped<Sql.PostgresLogMiner>();
        services.AddScoped<Sql.PostgresLogFigures>();
        services.AddScoped<Sql.PostgresVariantCases>();
        services.AddScoped<Sql.LogHeaderQuery>();
        services.AddScoped<Sql.PostgresHandovers>();
        services.AddScoped<LogMappingStore>();
        services.AddScoped<HandoverComparisonQuery>();
        return services;
    }
}
