using InBeeld.Data.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.Data.Coding;

public static class CodingServiceCollectionExtensions
{
    /// <summary>The codebook, coding, memo, suggestion and agreement services, fragment realignment, and their part in erasure.</summary>
    public static IServiceCollection AddCoding(this IServiceCollection services)
    {
        services.AddScoped<Codebook>();
        services.AddScoped<CodingStore>();
        services.AddScoped<MemoStore>();
        services.AddScoped<CodeSuggestions>();
        services.AddScoped<CodingAgreementQuery>();
        services.AddScoped<FragmentCodingRealigner>();
        services.AddScoped<IErasureParticipant, CodingErasure>();
        return services;
    }
}
