using InBeeld.Data.Access;
using InBeeld.Data.Auditing;
using InBeeld.Data.Coding;
using InBeeld.Data.Composites;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Journeys;
using InBeeld.Data.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<InBeeldDbContext>((provider, builder) =>
            DbContextOptionsFactory.Configure(builder, options, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<JourneySetCache>();
        services.AddScoped<StudyOverviewQuery>();
        services.AddScoped<StudyAccess>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<InBeeld.Data.Privacy.ParticipantEraser>();
        services.AddScoped<InBeeld.Data.Retention.RetentionService>();
        services.AddScoped<InBeeld.Data.Privacy.ParticipantDataExport>();
        services.AddScoped<InBeeld.Data.Privacy.IErasureParticipant, InBeeld.Data.DesiredJourneys.ImprovementErasure>();
        services.AddScoped<InBeeld.Data.Actions.ActionStore>();
        services.AddScoped<InBeeld.Data.Actions.ReviewMeetingStore>();
        services.AddScoped<InBeeld.Data.Actions.PlanQuery>();
        services.AddScoped<InBeeld.Data.DesiredJourneys.DesiredJourneyStore>();
        services.AddScoped<InBeeld.Data.Glossary.GlossaryStore>();
        services.AddScoped<InBeeld.Data.Calendar.CalendarFeedService>();
        services.AddScoped<InBeeld.Data.Remeasurement.RemeasurementQuery>();
        services.AddCoding();
        services.AddInBeeldComposites();
        services.AddInBeeldEventLogs();
        return services;
    }
}
