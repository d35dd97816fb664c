namespace InBeeld.Data.Coding;

/// <summary>What a merge did: codings moved to the target, codings folded into one the same coder already had there, codes merged away.</summary>
public sealed record CodeMergeResult(int CodingsMoved, int CodingsFolded, int CodesMerged);
