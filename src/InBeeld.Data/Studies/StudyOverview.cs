using InBeeld.Core.Interviews;

namespace InBeeld.Data.Studies;

/// <summary>
/// The figures on a study's overview page. Step figures count only interviews with consent
/// (<see cref="InterviewsCounted"/>); the others are shown as a number, never analysed.
/// </summary>
public sealed record StudyOverview
{
    public required Guid StudyId { get; init; }
    public required string Title { get; init; }
    public required int Participants { get; init; }
    public required int Interviews { get; init; }
    public required int InterviewsWithoutConsent { get; init; }
    public int InterviewsCounted => Interviews - InterviewsWithoutConsent;
    public required int Steps { get; init; }
    public required IReadOnlyList<GroupCount> StepsPerOrganization { get; init; }
    public required IReadOnlyList<GroupCount> StepsPerPhase { get; init; }
    public required IReadOnlyList<CellCount> StepsPerOrganizationAndPhase { get; init; }
    public required IReadOnlyList<PhaseExperience> ExperiencePerPhase { get; init; }
    public required IReadOnlyList<HandoverCount> Handovers { get; init; }
}

/// <summary>
/// Steps in one group (an organisation or a phase; <see cref="Id"/> null = not filled in), and in how
/// many distinct interviews they occur — the n behind "12 van 36".
/// </summary>
public sealed record GroupCount(Guid? Id, string? Name, int Order, int Steps, int Interviews);

public sealed record CellCount(Guid? OrganizationId, Guid? PhaseId, int Steps);

/// <summary>Mean experience (−2…+2) of the steps in a phase; <see cref="N"/> counts steps with an experience.</summary>
public sealed record PhaseExperience(Guid? PhaseId, string? Name, int Order, double? Mean, int N);

public sealed record HandoverCount(HandoverKind Kind, int Count);
