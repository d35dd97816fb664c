using InBeeld.Core.Access;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Web.Security;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>
/// A desired journey copied from an interview still carries that interview's words, so it is shown
/// only to those who may read interviews; one made from a composite journey (fictitious person)
/// is shown to everyone who sees the study's patterns.
/// </summary>
internal static class DesiredJourneyAccess
{
    public static async Task<bool> CanViewAsync(CurrentMembership membership, DesiredSourceKind kind, CancellationToken cancellationToken) =>
        kind != DesiredSourceKind.Interview || await membership.AllowsAsync(StudyPermission.ViewInterviews, cancellationToken);
}
