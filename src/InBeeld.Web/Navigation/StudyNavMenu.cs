using InBeeld.Core.Access;

namespace InBeeld.Web.Navigation;

/// <summary>
/// The study navigation grouped along the method cycle (DOMAIN.md): set-up, gathering experiences,
/// analysis, improving, and the study's management. One table, so the view, the tests and a later
/// page all agree on which link sits in which group and what it needs.
/// </summary>
public static class StudyNavMenu
{
    public sealed record Item(string Key, string Page, StudyPermission Permission);

    public sealed record Group(string Key, IReadOnlyList<Item> Items);

    public static IReadOnlyList<Group> Groups { get; } =
    [
        new("Setup", [
            new("Details", "/Studies/Details", StudyPermission.ViewStudy),
            new("Vocabulary", "/Studies/Vocabulary", StudyPermission.ManageStudy),
        ]),
        new("Capture", [
            new("Participants", "/Participants/Index", StudyPermission.ViewInterviews),
            new("Interviews", "/Interviews/Index", StudyPermission.ViewInterviews),
        ]),
        new("Analysis", [
            new("Overview", "/Studies/Overview", StudyPermission.ViewPatterns),
            new("Analysis", "/Analysis/Index", StudyPermission.ViewPatterns),
            new("Codebook", "/Coding/Codebook", StudyPermission.EditInterviews),
            new("Agreement", "/Coding/Agreement", StudyPermission.ViewInterviews),
            new("Composites", "/Composites/Index", StudyPermission.ViewPatterns),
            new("EventLogs", "/EventLogs/Index", StudyPermission.ViewPatterns),
            new("MySteps", "/OrganizationSteps/Index", StudyPermission.ViewOrganizationSteps),
        ]),
        new("Improvement", [
            new("Desired", "/Improvement/DesiredJourneys/Index", StudyPermission.ViewPatterns),
            new("Actions", "/Improvement/Actions/Index", StudyPermission.ViewPatterns),
            new("Glossary", "/Improvement/Glossary/Index", StudyPermission.ViewPatterns),
            new("Remeasurement", "/Improvement/Remeasurement/Index", StudyPermission.ViewPatterns),
        ]),
        new("Management", [
            new("Members", "/Members/Index", StudyPermission.ManageMembers),
            new("Audit", "/Audit/Index", StudyPermission.ViewAuditLog),
        ]),
    ];

    /// <summary>
    /// The groups and links <paramref name="allows"/> lets a person see, in order; a group with no
    /// such link is left out. The current page always stays, so a page reached some other way
    /// (an administrator on the members page) still shows where the person is.
    /// </summary>
    public static IReadOnlyList<Group> Visible(Func<StudyPermission, bool> allows, string current) =>
        Groups
            .Select(g => g with { Items = g.Items.Where(i => i.Key == current || allows(i.Permission)).ToList() })
            .Where(g => g.Items.Count > 0)
            .ToList();

    public static bool Contains(Group group, string current) => group.Items.Any(i => i.Key == current);
}
