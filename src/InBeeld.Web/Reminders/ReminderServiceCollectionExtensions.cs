using InBeeld.Data.Reminders;

namespace InBeeld.Web.Reminders;

public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddInBeeldReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.SectionName));
        services.AddScoped<ReminderDigest>();
        services.AddScoped<SmtpReminderSender>();
        services.AddScoped<ReminderLog>();
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderJob>();
        return services;
    }
}
