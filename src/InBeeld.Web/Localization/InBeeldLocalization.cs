using System.Globalization;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Localization;

internal static class InBeeldLocalization
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Dutch by default, English on request: from ?culture= or the cookie the language switch sets.
    /// The browser's Accept-Language is ignored on purpose, so a shared office PC shows what the team expects.
    /// </summary>
    public static IServiceCollection AddInBeeldLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Dutch);
            o.SupportedCultures = [Dutch, English];
            o.SupportedUICultures = [Dutch, English];
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((mvc, factory) =>
        {
            var text = factory.Create(typeof(SharedText));
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["AttemptedValueIsInvalid", value, field]);
            messages.SetValueIsInvalidAccessor(value => text["ValueIsInvalid", value]);
            messages.SetValueMustBeANumberAccessor(field => text["ValueMustBeANumber", field]);
            messages.SetMissingBindRequiredValueAccessor(field => text["Required", field]);
            messages.SetValueMustNotBeNullAccessor(field => text["Required", field]);
            messages.SetMissingKeyOrValueAccessor(() => text["ValueIsMissing"]);
            messages.SetUnknownValueIsInvalidAccessor(field => text["UnknownValueIsInvalid", field]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["ValueIsInvalid", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["ValueIsMissing"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["ValueMustBeANumberNoField"]);
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        return services;
    }
}
