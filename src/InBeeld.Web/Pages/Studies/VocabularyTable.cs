namespace InBeeld.Web.Pages.Studies;

/// <summary>What <c>_VocabularyTable</c> shows for one list.</summary>
public sealed record VocabularyTable(
    VocabularyKind Kind,
    IReadOnlyList<VocabularyModel.Item> Items,
    string Caption,
    string NameHeader,
    string? DetailHeader,
    string EmptyText);
