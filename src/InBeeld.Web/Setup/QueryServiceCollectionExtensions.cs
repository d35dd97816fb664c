using InBeeld.Data.Studies;

namespace InBeeld.Web.Setup;

internal static class QueryServiceCollectionExtensions
{
    /// <summary>Read models shared with other front ends live in InBeeld.Data; pages get them from DI.</summary>
    public static IServiceCollection AddInBeeldQueries(this IServiceCollection services)
    {
        services.AddScoped<StudyOverviewQuery>();
        services.AddScoped<Pages.EventLogs.LogImporter>();
        services.AddSingleton<Pages.EventLogs.StoredLogCache>();
        services.AddScoped<Pages.EventLogs.LogMining>();
        services.AddOptions<Pages.EventLogs.LogMiningOptions>().BindConfiguration(Pages.EventLogs.LogMiningOptions.SectionName)
            .Validate(o => o.IsValid(), "EventLogs:InMemoryEventLimit must be 0 or more.").ValidateOnStart();
        return services;
    }
}
