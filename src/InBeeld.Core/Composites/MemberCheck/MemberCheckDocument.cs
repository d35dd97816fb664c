namespace InBeeld.Core.Composites.MemberCheck;

/// <summary>
/// A participant's own route in plain Dutch (B1), to print and check with them: a short
/// introduction, one numbered block of short sentences per step, and the question whether it is right.
/// </summary>
public sealed record MemberCheckDocument(
    string Title,
    string Introduction,
    IReadOnlyList<MemberCheckStep> Steps,
    string Question,
    string AnswerYes,
    string AnswerNo,
    string Closing);

/// <summary>One step told in short sentences; <see cref="Heading"/> is "Stap 3".</summary>
public sealed record MemberCheckStep(int Number, string Heading, IReadOnlyList<string> Sentences);
