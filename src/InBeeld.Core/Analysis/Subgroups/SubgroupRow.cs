using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Hartslag;

namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>One subgroup: its interviews and steps, the experience told in them and its handovers.</summary>
/// <param name="Handovers">Steps per handover kind, indexed by the HandoverKind value (niet vastgelegd, warm, koud, geen).</param>
/// <param name="TooSmall">Fewer interviews than <see cref="Statistics.SmallSampleRule.MinimumGroupSize"/>: too few to conclude anything.</param>
public sealed record SubgroupRow(string Group, int Interviews, int Steps, ExperienceSummary Experience, IReadOnlyList<int> Handovers, bool TooSmall, EvidenceFilter Evidence);
