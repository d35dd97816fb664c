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
        return services;
    }
}
