using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Data.Coding;

/// <summary>A quote or step that coders judged, described for the table of differences.</summary>
public sealed record AgreementUnit(Guid Id, CodingTarget Target, Guid InterviewId, string ParticipantCode, int StepPosition, string Text);
