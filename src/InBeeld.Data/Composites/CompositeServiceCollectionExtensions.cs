using InBeeld.Data.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.Data.Composites;

public static class CompositeServiceCollectionExtensions
{
    /// <summary>Composite journeys: grouping, editing, building and reading them, and their part in erasure.</summary>
    public static IServiceCollection AddInBeeldComposites(this IServiceCollection services)
    {
        services.AddScoped<GroupingService>();
        services.AddScoped<GroupEditor>();
        services.AddScoped<CompositeService>();
        services.AddScoped<CompositeQuery>();
        services.AddScoped<IErasureParticipant, CompositeErasure>();
        return services;
    }
}
