using InBeeld.Core.Analysis.Gaps;

namespace InBeeld.Core.EventLogs.Comparison;

/// <summary>One pair of the study's organisations: what people told (null: no interview has this handover) next to what the log shows (null: no case has it).</summary>
public sealed record HandoverComparisonRow(Guid From, Guid To, OrganizationGap? Interviews, LogHandover? Log);
