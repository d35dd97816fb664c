using InBeeld.Web.Reminders;
using InBeeld.Data;
using InBeeld.Data.Setup;
using InBeeld.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Setup;

public static class WebApplicationBuilderExtensions
{
    /// <summary>Registers everything the web app needs: data, options, localization, pages, health checks.</summary>
    public static WebApplicationBuilder AddInBeeldWeb(this WebApplicationBuilder builder)
    {
        // INBEELD_DATABASE__PROVIDER and friends: the same variables the CLI reads.
        builder.Configuration.AddEnvironmentVariables("INBEELD_");
        var services = builder.Services;
        services.AddInBeeldData(builder.Configuration);
        UseBuildStaticAssetsOutsideDevelopment(builder);

        services.AddOptions<ThemeOptions>()
            .BindConfiguration(ThemeOptions.SectionName)
            .Validate(o => o.IsValid(), "Theme:ClassName must be a CSS class name and Theme:StylesheetUrl a site-relative path or an https URL.")
            .ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        services.AddOptions<RequestLimitOptions>()
            .BindConfiguration(RequestLimitOptions.SectionName)
            .Validate(o => o.IsValid(), "RequestLimits values must be positive.")
            .ValidateOnStart();

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<RequestLimitOptions>>((form, limits) =>
        {
            form.ValueLengthLimit = limits.Value.MaxFormValueBytes;
            form.ValueCountLimit = limits.Value.MaxFormFields;
            form.MultipartBodyLengthLimit = limits.Value.MaxRequestBodyBytes;
        });

        services.AddOptions<Pages.EventLogs.LogUploadOptions>()
            .BindConfiguration(Pages.EventLogs.LogUploadOptions.SectionName)
            .Validate(o => o.IsValid(), "EventLogs:MaxUploadBytes must be positive.")
            .ValidateOnStart();

        services.AddInBeeldLocalization();
        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = FeatureText.ForModel);
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddInBeeldSecurity(builder.Configuration, builder.Environment);

        services.AddHealthChecks().AddDbContextCheck<InBeeldDbContext>("database");
        services.AddHostedService<DatabaseInitializer>();
        services.AddInBeeldQueries();
        services.AddInBeeldReminders(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// A build that was not published (dotnet run without the launch profile, the built dll) finds its
    /// stylesheets only through the build's runtime manifest, which ASP.NET reads by default in
    /// Development alone; elsewhere it would answer with empty files. A published app has no such
    /// manifest and serves wwwroot as usual.
    /// </summary>
    private static void UseBuildStaticAssetsOutsideDevelopment(WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
    }
}
