namespace InBeeld.Data.Coding;

/// <summary>
/// What deleting a code would touch, shown before the researcher confirms: its codings and the
/// interviews they are in, memos on the code, and sub-codes (which move up a level, keeping theirs).
/// </summary>
public sealed record CodeImpact(Guid CodeId, string Name, int Codings, int Interviews, int Memos, int SubCodes);
