using InBeeld.Web.Resources;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Localization;

/// <summary>Maps a page or input model to its feature's resource (by namespace), with the shared texts behind it.</summary>
internal static class FeatureText
{
    public static IStringLocalizer ForModel(Type modelType, IStringLocalizerFactory factory) =>
        new FallbackStringLocalizer(factory.Create(ResourceFor(modelType)), factory.Create(typeof(SharedText)));

    public static Type ResourceFor(Type modelType) => modelType.Namespace switch
    {
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Studies", StringComparison.Ordinal) => typeof(StudyText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Participants", StringComparison.Ordinal) => typeof(ParticipantText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Interviews", StringComparison.Ordinal) => typeof(InterviewText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Coding", StringComparison.Ordinal) || ns.StartsWith("InBeeld.Web.Pages.Analysis", StringComparison.Ordinal) => typeof(AnalysisPageText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.EventLogs", StringComparison.Ordinal) => typeof(EventLogPageText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Account", StringComparison.Ordinal)
            || ns.StartsWith("InBeeld.Web.Pages.Admin", StringComparison.Ordinal)
            || ns.StartsWith("InBeeld.Web.Pages.Setup", StringComparison.Ordinal)
            || ns.StartsWith("InBeeld.Web.Pages.Members", StringComparison.Ordinal)
            || ns.StartsWith("InBeeld.Web.Pages.Audit", StringComparison.Ordinal) => typeof(AccountText),
        { } ns when ns.StartsWith("InBeeld.Web.Pages.Improvement", StringComparison.Ordinal) => typeof(ImprovementPageText),
        _ => typeof(SharedText),
    };
}
