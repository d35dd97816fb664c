using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Core.Analysis.Gaps;

/// <summary>
/// A handover from one organisation to the next in routes: how it went (warm / koud / geen), how
/// long people waited, and how many routes stop right after it without an outcome.
/// </summary>
/// <param name="Handovers">Times one step with <see cref="From"/> was directly followed by one with <see cref="To"/>.</param>
/// <param name="Interviews">Interviews with this handover at least once, of all interviews analysed.</param>
/// <param name="ColdOrNoneInterviews">Interviews with at least one koud or geen handover here.</param>
/// <param name="StoppedAfter">Routes whose last handover is this one and that end without an outcome; 0 when no outcome was defined.</param>
/// <param name="AffectedInterviews">Interviews with a koud or geen handover here or stopped after it: what the gaps are ranked by.</param>
public sealed record OrganizationGap(
    Guid From, Guid To, int Handovers, Proportion Interviews, int Warm, int Cold, int None, int NotRecorded,
    int ColdOrNoneInterviews, WaitingTime Waiting, int StoppedAfter, int AffectedInterviews)
{
    public EvidenceFilter Evidence => new() { Organization = new Match(From), NextOrganization = new Match(To) };

    public EvidenceFilter ColdOrNoneEvidence => Evidence with { Handovers = [InBeeld.Core.Interviews.HandoverKind.Cold, InBeeld.Core.Interviews.HandoverKind.None] };

    public EvidenceFilter StoppedEvidence => Evidence with { LastHandover = true, WithoutOutcome = true };
}
