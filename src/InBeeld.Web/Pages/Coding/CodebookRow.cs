using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Web.Pages.Coding;

/// <summary>One code in the codebook table: its depth in the tree, how much it is used, and its memos.</summary>
public sealed record CodebookRow(Code Code, int Depth, int Codings, int Interviews, IReadOnlyList<MemoView> Memos);

/// <summary>A memo as shown: author's name, and whether the reader wrote it (and so may delete it).</summary>
public sealed record MemoView(Memo Memo, string Author, bool Mine);
