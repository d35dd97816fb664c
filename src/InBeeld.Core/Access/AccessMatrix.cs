namespace InBeeld.Core.Access;

/// <summary>
/// Which study role holds which permission: the one place the rules live, used by the web app,
/// the CLI and tests alike. Need-to-know: each role gets the least it needs.
/// </summary>
public static class AccessMatrix
{
    private static readonly StudyPermission[] Reader = [StudyPermission.ViewStudy];

    // What chain partners and researchers both read.
    private static readonly StudyPermission[] Patterns = [.. Reader, StudyPermission.ViewPatterns, StudyPermission.ViewOrganizationSteps];

    // Chain partners own actions, so they keep the status of their own organisation's actions current.
    private static readonly StudyPermission[] ChainPartner = [.. Patterns, StudyPermission.UpdateOwnActions];

    // Researchers change actions through the full edit form (EditInterviews); they speak for no organisation.
    private static readonly StudyPermission[] Researcher = [.. Patterns, StudyPermission.ViewInterviews, StudyPermission.EditInterviews];

    // The coordinator holds everything, also what later features add to the enum.
    private static readonly StudyPermission[] Coordinator = Enum.GetValues<StudyPermission>();

    public static bool Allows(StudyRole role, StudyPermission permission) => PermissionsOf(role).Contains(permission);

    public static IReadOnlyList<StudyPermission> PermissionsOf(StudyRole role) => role switch
    {
        StudyRole.Coordinator => Coordinator,
        StudyRole.Researcher => Researcher,
        StudyRole.ChainPartner => ChainPartner,
        StudyRole.Reader => Reader,
        _ => [],
    };
}
